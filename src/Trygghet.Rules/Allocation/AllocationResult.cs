namespace Trygghet.Rules.Allocation;

/// <summary>An allocation: one choice per application, its totals and how sure the optimizer is of it.</summary>
public sealed record AllocationResult
{
    /// <summary>Gets the budget the allocation was made for.</summary>
    public required long Budget { get; init; }

    /// <summary>Gets one choice per application, in the input order.</summary>
    public required IReadOnlyList<ClassChoice> Choices { get; init; }

    /// <summary>Gets the total cost in kronor.</summary>
    public required long TotalCost { get; init; }

    /// <summary>Gets the total impact.</summary>
    public required long TotalImpact { get; init; }

    /// <summary>
    /// Gets a value indicating whether the allocation is proven optimal: no allocation meeting the constraints has more
    /// impact, or as much impact at a lower cost. Whether the remaining id tie-break was also settled is
    /// <see cref="TieBreakComplete"/>.
    /// </summary>
    public required bool Optimal { get; init; }

    /// <summary>
    /// Gets a value indicating whether, among allocations of equal impact and equal cost, this is proven to be the one the
    /// documented id tie-break prefers; <see langword="false"/> when <see cref="AllocationOptions.MaxTieStates"/> cut that
    /// search short (the allocation is then still deterministic and, when <see cref="Optimal"/>, still optimal).
    /// </summary>
    public bool TieBreakComplete { get; init; } = true;

    /// <summary>Gets a proven upper bound on the optimal impact when the allocation is not proven optimal.</summary>
    public long? UpperBound { get; init; }

    /// <summary>Gets the relative gap <c>(UpperBound - TotalImpact) / UpperBound</c>, zero when optimal.</summary>
    public double Gap { get; init; }

    /// <summary>Gets the name and version of the method that produced the allocation.</summary>
    public required string Solver { get; init; }

    /// <summary>Gets counters describing the work done.</summary>
    public required AllocationStatistics Statistics { get; init; }

    /// <summary>Gets the ids of the funded applications, in the input order.</summary>
    public IEnumerable<string> FundedIds => Choices.Where(c => c.IsFunded).Select(c => c.Id);
}
