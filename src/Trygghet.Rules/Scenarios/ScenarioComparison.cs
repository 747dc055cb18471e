namespace Trygghet.Rules.Scenarios;

using Trygghet.Rules.Applications;

/// <summary>A round run under several scenarios: the baseline first, then each scenario in the order given.</summary>
public sealed record ScenarioComparison
{
    /// <summary>Gets the round as given, before any scenario changes it.</summary>
    public required Round Round { get; init; }

    /// <summary>Gets the outcome of every scenario; the first is the baseline, the round as it is.</summary>
    public required IReadOnlyList<ScenarioOutcome> Outcomes { get; init; }

    /// <summary>Gets the baseline's outcome: the round as it is.</summary>
    public ScenarioOutcome Baseline => Outcomes[0];

    /// <summary>Gets one row of totals per scenario, the baseline first, for a side-by-side table.</summary>
    public IReadOnlyList<ScenarioRow> Rows => [.. Outcomes.Select(o => o.Row)];

    /// <summary>Finds a scenario's outcome by name.</summary>
    /// <param name="name">The scenario's name; <see cref="Scenario.BaselineName"/> for the baseline.</param>
    /// <returns>The outcome, or <see langword="null"/>.</returns>
    public ScenarioOutcome? Find(string name) => Outcomes.FirstOrDefault(o => string.Equals(o.Scenario.Name, name, StringComparison.Ordinal));
}
