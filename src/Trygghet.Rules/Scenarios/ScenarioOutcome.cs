namespace Trygghet.Rules.Scenarios;

using Trygghet.Rules.Decisions;

/// <summary>One scenario's result, its totals and the decisions that differ from the baseline's.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Result">The round's result under the scenario; its <see cref="RoundResult.Round"/> carries the scenario's budget and constraints.</param>
/// <param name="Row">The totals.</param>
/// <param name="Changes">The applications whose status or granted amount differs from the baseline's, in the round's order; empty for the baseline.</param>
public sealed record ScenarioOutcome(Scenario Scenario, RoundResult Result, ScenarioRow Row, IReadOnlyList<DecisionChange> Changes);
