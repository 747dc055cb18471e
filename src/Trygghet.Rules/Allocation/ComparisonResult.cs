namespace Trygghet.Rules.Allocation;

/// <summary>An allocation made another way (a greedy rule or a person's proposal), set against the optimum.</summary>
public sealed record ComparisonResult
{
    /// <summary>Gets the allocation compared.</summary>
    public required AllocationResult Allocation { get; init; }

    /// <summary>Gets the optimal allocation at the same budget.</summary>
    public required AllocationResult Optimum { get; init; }

    /// <summary>Gets the impact the allocation gives up against the optimum (negative only if it breaks constraints to get more).</summary>
    public long ImpactGap => Optimum.TotalImpact - Allocation.TotalImpact;

    /// <summary>Gets <see cref="ImpactGap"/> relative to the optimum's impact, zero when the optimum is zero.</summary>
    public double RelativeGap => Optimum.TotalImpact == 0 ? 0 : (double)ImpactGap / Optimum.TotalImpact;

    /// <summary>Gets the constraints the allocation breaks, one sentence each; empty when it is feasible.</summary>
    public required IReadOnlyList<string> Violations { get; init; }

    /// <summary>Gets the applications the optimum funds and the allocation does not, in input order.</summary>
    public IReadOnlyList<string> OptimumFundsInstead => Optimum.FundedIds.Except(Allocation.FundedIds, StringComparer.Ordinal).ToArray();

    /// <summary>Gets the applications the allocation funds and the optimum does not, in input order.</summary>
    public IReadOnlyList<string> FundedOnlyHere => Allocation.FundedIds.Except(Optimum.FundedIds, StringComparer.Ordinal).ToArray();
}
