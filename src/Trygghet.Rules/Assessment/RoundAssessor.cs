namespace Trygghet.Rules.Assessment;

using Trygghet.Rules.Applications;
using Trygghet.Rules.Criteria;

/// <summary>
/// Assesses every application of a round against a rule set: one NRules session per application (or small batch),
/// in parallel, with the results in input order.
/// </summary>
/// <remarks>
/// The rules are compiled once per rule set (<see cref="RuleSet.Compile"/>); an assessor is thread-safe and meant to be
/// shared. The result is deterministic: it depends neither on the degree of parallelism nor on the order of the
/// applications. The assessment date comes from the round.
/// </remarks>
public sealed class RoundAssessor
{
    private readonly CompiledRuleSet compiled;

    /// <summary>Initializes a new assessor, compiling the rule set unless it already is.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="messages">The message templates, or <see langword="null"/> for the rule set's (<see cref="RuleSet.Messages"/>).</param>
    public RoundAssessor(RuleSet ruleSet, MessageCatalogue? messages = null)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        RuleSet = ruleSet;
        Messages = messages ?? ruleSet.Messages;
        compiled = ruleSet.Compile();
    }

    /// <summary>Gets the rule set.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>Gets the message templates.</summary>
    public MessageCatalogue Messages { get; }

    /// <summary>Assesses every application of a round.</summary>
    /// <param name="round">The round; its <see cref="Round.RuleSet"/> must be this assessor's rule set.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="AssessmentOptions.Default"/>.</param>
    /// <param name="cancellationToken">A token to cancel the assessment.</param>
    /// <returns>One assessment per application, in the round's order.</returns>
    /// <exception cref="ArgumentException">The round names another rule set, or an option is out of range.</exception>
    /// <exception cref="InvalidOperationException">A parameter has no value on the round's assessment date.</exception>
    /// <exception cref="OperationCanceledException">The assessment was cancelled.</exception>
    public RoundAssessment Assess(Round round, AssessmentOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(round);
        options ??= AssessmentOptions.Default;
        if (!string.Equals(round.RuleSet, RuleSet.Id, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The round names the rule set '{round.RuleSet}', but this assessor runs '{RuleSet.Id}'.", nameof(round));
        }

        if (options.MaxDegreeOfParallelism is <= 0 || options.BatchSize < 0)
        {
            throw new ArgumentException("The degree of parallelism and the batch size must be positive.", nameof(options));
        }

        var parameters = RuleSet.Parameters.AsOf(round.AssessmentDate);
        var context = new AssessmentContext(round.Boards, parameters, Messages);
        var applications = round.Applications;
        var results = new ApplicationAssessment[applications.Count];
        var batchSize = options.BatchSizeFor(applications.Count);
        var batches = (applications.Count + batchSize - 1) / batchSize;
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? -1 };
        Parallel.For(0, batches, parallel, batch =>
        {
            var start = batch * batchSize;
            AssessBatch(applications, start, Math.Min(applications.Count, start + batchSize), context, options.IncludeTrace, results, cancellationToken);
        });
        return new RoundAssessment(round, RuleSet.Id, parameters, results);
    }

    private void AssessBatch(
        IReadOnlyList<Application> applications,
        int start,
        int end,
        AssessmentContext context,
        bool includeTrace,
        ApplicationAssessment[] results,
        CancellationToken cancellationToken)
    {
        var session = compiled.SessionFactory.CreateSession();
        var recorder = includeTrace ? new TraceRecorder(session, compiled) : null;
        var subjects = new ApplicationFact[end - start];
        var facts = new List<object>((end - start) * 4);
        for (var i = start; i < end; i++)
        {
            var subject = new ApplicationFact(applications[i], context, i);
            subjects[i - start] = subject;
            facts.Add(subject);
            facts.AddRange(subject.Components);
        }

        session.InsertAll(facts);
        session.Fire(cancellationToken);
        var findings = new List<FindingFact>[subjects.Length];
        for (var i = 0; i < findings.Length; i++)
        {
            findings[i] = new List<FindingFact>(16);
        }

        foreach (var finding in session.Query<FindingFact>())
        {
            findings[finding.Subject.Index - start].Add(finding);
        }

        for (var i = 0; i < subjects.Length; i++)
        {
            EffectOverrides.Apply(RuleSet.Effects, subjects[i], findings[i]);
            results[start + i] = AssessmentFolder.Fold(subjects[i], findings[i], recorder?.TraceOf(subjects[i]));
        }
    }
}
