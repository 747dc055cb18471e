namespace Trygghet.Rules.Scenarios;

using Trygghet.Rules.Allocation;
using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Decisions;
using Trygghet.Rules.Parameters;

/// <summary>
/// Runs a round under several scenarios and compares them with the baseline: the totals side by side and the applications
/// whose decision changes.
/// </summary>
/// <remarks>
/// The round is assessed once; a scenario that changes only the budget, the constraints, partial funding or the measures
/// funded reuses that assessment and only allocates again. A scenario that overrides parameters is assessed again with the
/// same compiled rules. Each scenario's result is the one <see cref="RoundRunner.Allocate(RoundAssessment, RunOptions?, CancellationToken)"/> gives for the round changed by
/// the scenario, so the baseline's equals <see cref="RoundRunner.Run"/> with the same options. A runner is thread-safe.
/// </remarks>
public sealed class ScenarioRunner
{
    private readonly MeasureExclusion exclusion;

    /// <summary>Initializes a new scenario runner.</summary>
    /// <param name="runner">The round runner, whose compiled rule set and optimizer every scenario shares.</param>
    /// <param name="options">
    /// The options for every scenario's run, or <see langword="null"/> for <see cref="DefaultOptions"/>.
    /// </param>
    public ScenarioRunner(RoundRunner runner, RunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(runner);
        Runner = runner;
        Options = options ?? DefaultOptions;
        exclusion = new MeasureExclusion(runner.Assessor.Messages);
    }

    /// <summary>
    /// Gets the default options: those of <see cref="RunOptions.Default"/> without the frontier, the counterfactuals and the
    /// greedy comparisons, which a comparison of scenarios does not show.
    /// </summary>
    public static RunOptions DefaultOptions { get; } = RunOptions.Default with { ComputeFrontier = false, ComputeCounterfactuals = false, CompareGreedy = false };

    /// <summary>Gets the round runner.</summary>
    public RoundRunner Runner { get; }

    /// <summary>Gets the options for every scenario's run.</summary>
    public RunOptions Options { get; }

    /// <summary>Runs the round as it is and under each scenario.</summary>
    /// <param name="round">The round.</param>
    /// <param name="scenarios">The scenarios, in the order to show them; the baseline is added first.</param>
    /// <param name="cancellationToken">A token to cancel the run.</param>
    /// <returns>The baseline's outcome first, then each scenario's.</returns>
    /// <exception cref="ArgumentException">
    /// A scenario does not fit the round: a repeated name or the baseline's, a negative amount, a board or district area the
    /// round does not have; the message lists every problem.
    /// </exception>
    /// <exception cref="AllocationInfeasibleException">
    /// The constraints of the round or of a scenario cannot all hold; the message names the scenario and the inner exception
    /// holds the conflicts.
    /// </exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public ScenarioComparison Run(Round round, IReadOnlyList<Scenario> scenarios, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(scenarios);
        Validate(round, scenarios);
        var baseAssessment = Assess(Runner.Assessor, round, cancellationToken);
        var outcomes = new List<ScenarioOutcome>(scenarios.Count + 1);
        var baseline = Allocate(Scenario.Baseline, baseAssessment, cancellationToken);
        outcomes.Add(new ScenarioOutcome(Scenario.Baseline, baseline, Row(Scenario.Baseline, baseline, 0), []));
        foreach (var scenario in scenarios)
        {
            var assessment = scenario.ChangesAssessment ? Assess(AssessorFor(scenario, round), round, cancellationToken) : baseAssessment;
            var result = Allocate(scenario, assessment, cancellationToken);
            var changes = Changes(baseline, result);
            outcomes.Add(new ScenarioOutcome(scenario, result, Row(scenario, result, changes.Count), changes));
        }

        return new ScenarioComparison { Round = round, Outcomes = outcomes };
    }

    private RoundAssessment Assess(RoundAssessor assessor, Round round, CancellationToken cancellationToken) => assessor.Assess(
        round,
        new AssessmentOptions { IncludeTrace = Options.IncludeTrace, MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism },
        cancellationToken);

    private RoundAssessor AssessorFor(Scenario scenario, Round round)
    {
        var assessor = Runner.Assessor;
        var reference = new ParameterReference("scenario '" + scenario.Name + "'", "parameters");
        var parameters = scenario.Parameters.Aggregate(assessor.RuleSet.Parameters, (set, o) => o.ApplyTo(set, round.AssessmentDate, reference));
        return new RoundAssessor(assessor.RuleSet.WithParameters(parameters), assessor.Messages);
    }

    private RoundResult Allocate(Scenario scenario, RoundAssessment assessment, CancellationToken cancellationToken)
    {
        var round = assessment.Round;
        var changed = round with
        {
            BudgetCeiling = scenario.Budget ?? round.BudgetCeiling,
            AllowPartialFunding = scenario.AllowPartialFunding ?? round.AllowPartialFunding,
            Constraints = scenario.BoardCaps.Count == 0 && scenario.DistrictMinimums.Count == 0
                ? round.Constraints
                : round.Constraints with
                {
                    BoardCaps = [.. round.Constraints.BoardCaps, .. scenario.BoardCaps],
                    DistrictMinimums = [.. round.Constraints.DistrictMinimums, .. scenario.DistrictMinimums],
                },
        };
        var applications = scenario.ExcludedMeasures.IsEmpty
            ? assessment.Applications
            : [.. assessment.Applications.Select(a => exclusion.Apply(a, scenario.ExcludedMeasures, scenario.Name))];
        var scenarioAssessment = new RoundAssessment(changed, assessment.RuleSetId, assessment.Parameters, applications);
        try
        {
            return Runner.Allocate(scenarioAssessment, Options, cancellationToken);
        }
        catch (AllocationInfeasibleException e)
        {
            throw new AllocationInfeasibleException($"The scenario '{scenario.Name}' cannot be allocated: {e.Message}", e);
        }
    }

    private static ScenarioRow Row(Scenario scenario, RoundResult result, int changed) => new(
        scenario.Name,
        result.Round.BudgetCeiling,
        result.Summary.Granted,
        result.Summary.GrantedAmount,
        result.Summary.ExpectedImpact,
        result.Allocation.Optimal,
        changed);

    private static List<DecisionChange> Changes(RoundResult baseline, RoundResult result)
    {
        var changes = new List<DecisionChange>();
        for (var i = 0; i < result.Decisions.Count; i++)
        {
            var (before, after) = (baseline.Decisions[i], result.Decisions[i]);
            if (before.Status != after.Status || before.Granted != after.Granted)
            {
                changes.Add(new DecisionChange(after.Application.Id, before.Status, after.Status, before.Granted, after.Granted));
            }
        }

        return changes;
    }

    private static void Validate(Round round, IReadOnlyList<Scenario> scenarios)
    {
        var problems = new List<string>();
        var names = new HashSet<string>(StringComparer.Ordinal) { Scenario.BaselineName };
        var areas = round.Applications.Select(a => a.Site.DistrictArea)
            .Concat(round.Boards.Select(b => b.DistrictArea)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var scenario in scenarios)
        {
            ArgumentNullException.ThrowIfNull(scenario, nameof(scenarios));
            var name = scenario.Name;
            if (!names.Add(name))
            {
                problems.Add(string.Equals(name, Scenario.BaselineName, StringComparison.Ordinal)
                    ? $"A scenario is named '{name}', the name of the round as it is."
                    : $"The scenario name '{name}' is used more than once.");
            }

            if (scenario.Budget is { IsNegative: true } budget)
            {
                problems.Add($"The scenario '{name}' has a negative budget ({budget}).");
            }

            foreach (var cap in scenario.BoardCaps)
            {
                if (round.FindBoard(cap.BoardId) is null)
                {
                    problems.Add($"The scenario '{name}' caps the board '{cap.BoardId}', which is not in the round.");
                }

                if (cap.Max.IsNegative)
                {
                    problems.Add($"The scenario '{name}' caps the board '{cap.BoardId}' at a negative amount ({cap.Max}).");
                }
            }

            foreach (var minimum in scenario.DistrictMinimums)
            {
                if (!areas.Contains(minimum.DistrictArea))
                {
                    problems.Add($"The scenario '{name}' sets a minimum for the district area '{minimum.DistrictArea}', which no board or site of the round lies in.");
                }

                if (minimum.Min.IsNegative)
                {
                    problems.Add($"The scenario '{name}' sets a negative minimum for '{minimum.DistrictArea}' ({minimum.Min}).");
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(Environment.NewLine, problems), nameof(scenarios));
        }
    }
}
