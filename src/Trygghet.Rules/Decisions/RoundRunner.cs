namespace Trygghet.Rules.Decisions;

using Trygghet.Rules.Allocation;
using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Criteria;
using Trygghet.Rules.Impact;

/// <summary>
/// Runs a round end to end: assesses every application against the rule set, estimates the impact of each funding
/// option, allocates the budget exactly, and writes a decision with its motivation for every application.
/// </summary>
/// <remarks>
/// A runner is thread-safe and meant to be shared: the rule set is compiled once, when the runner is created.
/// The same round always gives the same result, whatever the order of its applications.
/// </remarks>
public sealed class RoundRunner
{
    private readonly MotivationWriter motivations;

    /// <summary>Initializes a new runner for a rule set.</summary>
    /// <param name="ruleSet">The rule set; compiled here, once.</param>
    /// <param name="messages">The message templates, or <see langword="null"/> for the rule set's (<see cref="RuleSet.Messages"/>).</param>
    public RoundRunner(RuleSet ruleSet, MessageCatalogue? messages = null)
        : this(new RoundAssessor(ruleSet, messages), new MckpOptimizer())
    {
    }

    /// <summary>Initializes a new runner from an assessor and an optimizer.</summary>
    /// <param name="assessor">The assessor.</param>
    /// <param name="optimizer">The optimizer.</param>
    public RoundRunner(RoundAssessor assessor, MckpOptimizer optimizer)
    {
        ArgumentNullException.ThrowIfNull(assessor);
        ArgumentNullException.ThrowIfNull(optimizer);
        Assessor = assessor;
        Optimizer = optimizer;
        motivations = new MotivationWriter(assessor.Messages);
    }

    /// <summary>Gets the assessor.</summary>
    public RoundAssessor Assessor { get; }

    /// <summary>Gets the optimizer.</summary>
    public MckpOptimizer Optimizer { get; }

    /// <summary>Runs a round: assessment, impact, allocation and decisions.</summary>
    /// <param name="round">The round.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="RunOptions.Default"/>.</param>
    /// <param name="cancellationToken">A token to cancel the run.</param>
    /// <returns>One decision per application, in input order, with the totals.</returns>
    /// <exception cref="AllocationInfeasibleException">The round's constraints cannot all hold; the message names the conflict.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public RoundResult Run(Round round, RunOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(round);
        options ??= RunOptions.Default;
        var assessment = Assessor.Assess(
            round,
            new AssessmentOptions { IncludeTrace = options.IncludeTrace, MaxDegreeOfParallelism = options.MaxDegreeOfParallelism },
            cancellationToken);
        return Allocate(assessment, options, cancellationToken);
    }

    /// <summary>Allocates the budget for an assessed round and writes the decisions.</summary>
    /// <param name="assessment">The round's assessment.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="RunOptions.Default"/>.</param>
    /// <param name="cancellationToken">A token to cancel the run.</param>
    /// <returns>One decision per application, in input order, with the totals.</returns>
    /// <exception cref="AllocationInfeasibleException">The round's constraints cannot all hold; the message names the conflict.</exception>
    public RoundResult Allocate(RoundAssessment assessment, RunOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        options ??= RunOptions.Default;
        var (optionSets, problem) = Prepare(assessment, options, cancellationToken);
        return Allocate(assessment, optionSets, problem, options, cancellationToken);
    }

    private RoundResult Allocate(
        RoundAssessment assessment, ApplicationOptions[] optionSets, AllocationProblem problem, RunOptions options, CancellationToken cancellationToken)
    {
        var round = assessment.Round;
        var allocationOptions = options.Allocation with { CancellationToken = cancellationToken };
        var allocation = Optimizer.Solve(problem, allocationOptions);
        cancellationToken.ThrowIfCancellationRequested();

        var frontier = options.ComputeFrontier && problem.Classes.Count > 0 && problem.Classes.Count <= options.MaxFrontierApplications
            ? Optimizer.ComputeFrontier(problem, FrontierOptions.Default with { Search = allocationOptions, MaxDegreeOfParallelism = options.MaxDegreeOfParallelism })
            : null;
        var counterfactuals = options.ComputeCounterfactuals && problem.Classes.Count <= options.MaxCounterfactualApplications
            ? CounterfactualsFrom(frontier is null
                ? Optimizer.Counterfactuals(problem, allocationOptions)
                : Optimizer.Counterfactuals(problem, allocation, frontier, allocationOptions))
            : null;

        var chosenKeys = ChosenOptionKeys(problem, allocation);
        var decisions = new Decision[assessment.Applications.Count];
        for (var i = 0; i < decisions.Length; i++)
        {
            var applicationAssessment = assessment.Applications[i];
            var id = applicationAssessment.Application.Id;
            decisions[i] = Decide(
                applicationAssessment,
                optionSets[i],
                chosenKeys.TryGetValue(id, out var key) ? key : null,
                counterfactuals is not null && counterfactuals.TryGetValue(id, out var counterfactual) ? counterfactual : null);
        }

        return new RoundResult
        {
            Round = round,
            RuleSetId = assessment.RuleSetId,
            Messages = Assessor.Messages,
            Decisions = decisions,
            Summary = Summarise(round, decisions),
            Allocation = new AllocationSummary
            {
                Optimal = allocation.Optimal,
                TieBreakComplete = allocation.TieBreakComplete,
                Solver = allocation.Solver,
                Objective = ImpactUnits.ToPersonYears(allocation.TotalImpact),
                ObjectiveUnits = allocation.TotalImpact,
                BudgetUsed = Sek.FromKronor(allocation.TotalCost),
                BudgetCeiling = round.BudgetCeiling,
                Gap = allocation.Gap,
                UpperBound = allocation.UpperBound is { } bound ? ImpactUnits.ToPersonYears(bound) : null,
            },
            Frontier = frontier is null ? [] : FrontierPoints.From(frontier),
            Comparisons = options.CompareGreedy ? Comparisons.Greedy(Optimizer, problem, allocationOptions) : [],
        };
    }

    /// <summary>Measures a person's own proposal against the optimum for the same round.</summary>
    /// <param name="round">The round.</param>
    /// <param name="proposal">The proposal: an amount per application.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="RunOptions.Default"/>.</param>
    /// <param name="cancellationToken">A token to cancel the run.</param>
    /// <returns>The optimum, the proposal's impact and gap, and what the optimum funds instead.</returns>
    /// <exception cref="ArgumentException">The proposal names applications that are not in the round, or a negative amount; the message lists them all.</exception>
    /// <exception cref="AllocationInfeasibleException">The round's constraints cannot all hold.</exception>
    public ProposalComparison Compare(Round round, Proposal proposal, RunOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(proposal);
        options ??= RunOptions.Default;
        var ids = round.Applications.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var problems = proposal.Amounts
            .Where(kv => !ids.Contains(kv.Key)).Select(kv => $"The proposal names application '{kv.Key}', which is not in the round.")
            .Concat(proposal.Amounts.Where(kv => kv.Value.IsNegative).Select(kv => $"The proposal's amount for '{kv.Key}' is negative."))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(Environment.NewLine, problems), nameof(proposal));
        }

        var assessment = Assessor.Assess(round, new AssessmentOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism }, cancellationToken);
        var (optionSets, problem) = Prepare(assessment, options, cancellationToken);
        var optimum = Allocate(assessment, optionSets, problem, options with { ComputeCounterfactuals = false, CompareGreedy = false }, cancellationToken);
        var classIds = problem.Classes.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var evaluation = Optimizer.EvaluateProposal(
            problem,
            proposal.Amounts.Where(kv => classIds.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value.Kronor, StringComparer.Ordinal),
            options.Allocation with { CancellationToken = cancellationToken });
        var notEligible = proposal.Amounts
            .Where(kv => !classIds.Contains(kv.Key) && kv.Value > Sek.Zero)
            .Select(kv => $"grants {kv.Value.ToKronorString(ReportLanguage.English)} to {kv.Key}, which the rules do not find eligible")
            .Order(StringComparer.Ordinal);
        var measured = Comparisons.From(proposal.Name, evaluation.Comparison);
        var comparison = measured with { Violations = [.. measured.Violations, .. notEligible] };
        var byId = evaluation.Lines.ToDictionary(l => l.Id, StringComparer.Ordinal);
        var lines = proposal.Amounts.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv =>
        {
            if (!byId.TryGetValue(kv.Key, out var line))
            {
                return new ProposalLineReading(kv.Key, kv.Value, Sek.Zero, 0, "not eligible");
            }

            var note = line.Mapping switch
            {
                ProposalMapping.Exact => "exact option",
                ProposalMapping.BestBelow => "read as the best option below the amount",
                ProposalMapping.BelowCheapest => "below the cheapest option: funds nothing",
                _ => "funds nothing",
            };
            return new ProposalLineReading(kv.Key, kv.Value, Sek.FromKronor(line.Choice.Cost), ImpactUnits.ToPersonYears(line.Choice.Impact), note);
        }).ToList();
        return new ProposalComparison(proposal, optimum, comparison, lines);
    }

    private static (ApplicationOptions[] OptionSets, AllocationProblem Problem) Prepare(RoundAssessment assessment, RunOptions options, CancellationToken cancellationToken)
    {
        var round = assessment.Round;
        var builder = new FundingOptionBuilder(
            new ImpactModel(ImpactParametersFrom.Resolved(assessment.Parameters)),
            FundingOptionsSettings.Default with { AllowPartialFunding = options.AllowPartialFunding ?? round.AllowPartialFunding });
        var optionSets = BuildOptions(builder, assessment.Applications, options, cancellationToken);
        return (optionSets, ProblemBuilder.Build(round, assessment.Applications, optionSets));
    }

    private static ApplicationOptions[] BuildOptions(
        FundingOptionBuilder builder, IReadOnlyList<ApplicationAssessment> assessments, RunOptions options, CancellationToken cancellationToken)
    {
        var optionSets = new ApplicationOptions[assessments.Count];
        Parallel.For(
            0,
            assessments.Count,
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? -1 },
            i => optionSets[i] = builder.Build(assessments[i]));
        return optionSets;
    }

    private static Dictionary<string, int> ChosenOptionKeys(AllocationProblem problem, AllocationResult allocation)
    {
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < problem.Classes.Count; i++)
        {
            if (allocation.Choices[i] is { OptionIndex: >= 0 } choice)
            {
                keys[choice.Id] = problem.Classes[i].Options[choice.OptionIndex].Key;
            }
        }

        return keys;
    }

    private Decision Decide(ApplicationAssessment assessment, ApplicationOptions options, int? chosenKey, Counterfactual? counterfactual)
    {
        var chosen = chosenKey is { } key ? options.Options[key] : null;
        var granted = chosen?.Cost ?? Sek.Zero;
        var status = assessment.Status switch
        {
            AssessmentStatus.Rejected => DecisionStatus.Rejected,
            AssessmentStatus.Incomplete => DecisionStatus.Incomplete,
            _ when chosen is null => DecisionStatus.NotFunded,
            _ when granted == assessment.Requested => DecisionStatus.Granted,
            _ => DecisionStatus.PartiallyGranted,
        };
        return new Decision
        {
            Assessment = assessment,
            Status = status,
            Granted = granted,
            FundedComponents = chosen?.ComponentIds ?? [],
            FundingOptions = options.Options,
            ExpectedImpact = chosen?.ExpectedImpact ?? 0,
            ImpactUnits = chosen?.ImpactUnits ?? 0,
            Findings = [.. assessment.Findings, .. options.Findings],
            Motivation = motivations.Write(assessment, granted),
            Counterfactual = status == DecisionStatus.NotFunded ? counterfactual : null,
        };
    }

    private static Dictionary<string, Counterfactual> CounterfactualsFrom(CounterfactualResult result) =>
        result.Classes.ToDictionary(
            c => c.Id,
            c => new Counterfactual(
                c.BudgetIncrease is { } increase ? Sek.FromKronor(increase) : null,
                c.Easiest?.RequiredImpact is { } needed ? ImpactUnits.ToPersonYears(needed) : null),
            StringComparer.Ordinal);

    private static RoundSummary Summarise(Round round, Decision[] decisions)
    {
        var districtBoards = round.Boards.Count(b => b.Kind == BoardKind.District);
        return new RoundSummary
        {
            Applications = decisions.Length,
            Boards = round.Boards.Count,
            DistrictBoards = districtBoards,
            SpecialistBoards = round.Boards.Count - districtBoards,
            Requested = Sek.Sum(decisions.Select(d => d.Assessment.Requested)),
            Eligible = Sek.Sum(decisions.Select(d => d.Assessment.Eligible)),
            Granted = decisions.Count(d => d.Status is DecisionStatus.Granted or DecisionStatus.PartiallyGranted),
            PartiallyGranted = decisions.Count(d => d.Status == DecisionStatus.PartiallyGranted),
            GrantedAmount = Sek.Sum(decisions.Select(d => d.Granted)),
            NotFunded = decisions.Count(d => d.Status == DecisionStatus.NotFunded),
            Rejected = decisions.Count(d => d.Status == DecisionStatus.Rejected),
            Incomplete = decisions.Count(d => d.Status == DecisionStatus.Incomplete),
            ExpectedImpact = ImpactUnits.ToPersonYears(decisions.Sum(d => d.ImpactUnits)),
        };
    }
}
