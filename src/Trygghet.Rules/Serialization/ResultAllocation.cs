namespace Trygghet.Rules.Serialization;

using System.Text.Json.Serialization;

/// <summary>How the budget allocation was solved.</summary>
public sealed record ResultAllocation
{
    /// <summary>Gets a value indicating whether the allocation is proven optimal.</summary>
    public required bool Optimal { get; init; }

    /// <summary>
    /// Gets <see langword="false"/> when the id tie-break among allocations of equal impact and equal cost was cut short
    /// by the tie allowance; <see langword="null"/> (absent) when it was settled.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? TieBreakComplete { get; init; }

    /// <summary>Gets the name of the solver that produced the allocation.</summary>
    public required string Solver { get; init; }

    /// <summary>Gets the objective value: the total expected impact of the chosen options.</summary>
    [JsonConverter(typeof(ImpactConverter))]
    public required double Objective { get; init; }

    /// <summary>Gets the total granted, in whole kronor.</summary>
    public required long BudgetUsedSek { get; init; }

    /// <summary>
    /// Gets the relative gap between the objective and the best proven bound when a limit stopped the search
    /// (so <see cref="Optimal"/> is false); <see langword="null"/> when optimal or unknown.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Gap { get; init; }
}
