namespace Trygghet.Rules.Assessment;

using System.Text.RegularExpressions;
using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;

/// <summary>
/// Writes the motivation (<c>motivering</c>) for one application in the voice of the appendix: the proposed amount,
/// the criteria that decided it and each reduction with its reason, in Swedish and English.
/// </summary>
public sealed partial class MotivationWriter
{
    /// <summary>Initializes a new writer.</summary>
    /// <param name="messages">The message templates, or <see langword="null"/> for <see cref="MessageCatalogue.Default"/>.</param>
    public MotivationWriter(MessageCatalogue? messages = null) => Messages = messages ?? MessageCatalogue.Default;

    /// <summary>Gets the message templates.</summary>
    public MessageCatalogue Messages { get; }

    /// <summary>Writes the motivation for an assessed application and the amount proposed for it.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="proposed">
    /// The amount the allocation grants: zero for an eligible application the budget leaves out, and zero for a rejected
    /// or incomplete one; when only assessing, the eligible amount.
    /// </param>
    /// <returns>The motivation in Swedish and English.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The proposed amount is negative, above the eligible amount, or not zero for an application that is not eligible.</exception>
    public LocalizedText Write(ApplicationAssessment assessment, Sek proposed)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        if (proposed.IsNegative || proposed > assessment.Eligible)
        {
            throw new ArgumentOutOfRangeException(nameof(proposed), proposed, $"The proposed amount must be between zero and the eligible amount {assessment.Eligible}.");
        }

        return assessment.Status switch
        {
            AssessmentStatus.Eligible => WriteEligible(assessment, proposed),
            AssessmentStatus.Rejected => WriteRejected(assessment),
            _ => Render("Motivation.Incomplete", Reasons(assessment, f => f.Consequence == FindingConsequence.ReturnsApplication)),
        };
    }

    private LocalizedText WriteEligible(ApplicationAssessment assessment, Sek proposed)
    {
        var excludedComponents = assessment.Findings
            .Where(f => f.Consequence == FindingConsequence.ExcludesComponent).Select(f => f.ComponentId).ToHashSet(StringComparer.Ordinal);
        var reductions = Sentences(assessment.Findings.Where(f =>
            f.Consequence == FindingConsequence.ExcludesComponent
            || (f.Consequence == FindingConsequence.CapsComponent && !excludedComponents.Contains(f.ComponentId))));
        var notes = Sentences(assessment.Findings.Where(f => f.Outcome == FindingOutcome.Warning));
        var key = proposed == Sek.Zero ? "Motivation.NotFunded"
            : proposed < assessment.Eligible ? "Motivation.PartlyFunded"
            : assessment.Eligible < assessment.Requested ? "Motivation.Reduced"
            : "Motivation.Granted";
        return Render(
            key,
            new MessageArgument("proposed", Millions(proposed)),
            new MessageArgument("eligible", Millions(assessment.Eligible)),
            new MessageArgument("requested", Millions(assessment.Requested)),
            new MessageArgument("reductions", reductions),
            new MessageArgument("notes", notes));
    }

    private LocalizedText WriteRejected(ApplicationAssessment assessment)
    {
        var gates = assessment.Findings.Where(f => f.Consequence == FindingConsequence.RejectsApplication).ToList();
        if (gates.Count == 0)
        {
            return Render("Motivation.NothingEligible", Reasons(assessment, f => f.Consequence == FindingConsequence.ExcludesComponent));
        }

        var criteria = gates.Select(f => f.CriterionId).Distinct(StringComparer.Ordinal)
            .Select(id => Messages.Render("Motivation.Criterion", [
                new MessageArgument("name", Messages.Contains("Criterion." + id) ? Messages.Render("Criterion." + id, []) : new LocalizedText(id, id)),
                new MessageArgument("id", id)]))
            .ToList();
        var list = Messages.Render(criteria.Count == 1 ? "Motivation.CriteriaOne" : "Motivation.CriteriaMany", [new MessageArgument("criteria", criteria)]);
        return Render("Motivation.Rejected", new MessageArgument("criteria", list), Reasons(assessment, f => f.Consequence == FindingConsequence.RejectsApplication));
    }

    private static MessageArgument Reasons(ApplicationAssessment assessment, Func<Finding, bool> selected) =>
        new("reasons", Sentences(assessment.Findings.Where(selected)));

    private static LocalizedText Sentences(IEnumerable<Finding> findings)
    {
        var messages = findings.Select(f => f.Message).Distinct().ToList();
        return new LocalizedText(string.Join(" ", messages.Select(m => m.Swedish)), string.Join(" ", messages.Select(m => m.English)));
    }

    private static LocalizedText Millions(Sek amount) =>
        new(amount.ToMillionsString(ReportLanguage.Swedish), amount.ToMillionsString(ReportLanguage.English));

    private LocalizedText Render(string key, params MessageArgument[] arguments)
    {
        var text = Messages.Render(key, arguments);
        return new LocalizedText(Tidy(text.Swedish), Tidy(text.English));
    }

    private static string Tidy(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(" {2,}")]
    private static partial Regex Spaces();
}
