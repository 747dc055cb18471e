namespace Trygghet.Rules.Serialization;

using System.Text.Json.Serialization;

/// <summary>One point of the budget–impact frontier: the best expected impact reachable within a budget.</summary>
public sealed record ResultFrontierPoint
{
    /// <summary>Gets the budget ceiling of this point, in whole kronor.</summary>
    public required long BudgetSek { get; init; }

    /// <summary>Gets the cost of the best allocation within that budget, in whole kronor.</summary>
    public required long CostSek { get; init; }

    /// <summary>Gets the best expected impact within that budget, in person-years of avoided insecurity.</summary>
    [JsonConverter(typeof(ImpactConverter))]
    public required double ExpectedImpact { get; init; }

    /// <summary>Gets the number of applications funded at this point.</summary>
    public required int FundedCount { get; init; }

    /// <summary>
    /// Gets the applications whose grant changes at this point (at the first point, every funded one), with the new
    /// grant; replaying them from the first point gives the funded applications at any point.
    /// </summary>
    public required IReadOnlyList<ResultFrontierChange> Changes { get; init; }
}
