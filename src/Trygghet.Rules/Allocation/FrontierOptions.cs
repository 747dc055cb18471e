namespace Trygghet.Rules.Allocation;

/// <summary>Limits for <see cref="MckpOptimizer.ComputeFrontier(AllocationProblem, FrontierOptions?)"/>.</summary>
public sealed record FrontierOptions
{
    /// <summary>Gets options with the default limits.</summary>
    public static FrontierOptions Default { get; } = new();

    /// <summary>Gets the largest Pareto list the exact frontier may build before it falls back to sampled budgets.</summary>
    public long MaxParetoStates { get; init; } = 200_000;

    /// <summary>Gets the number of budgets solved, evenly spread, when the exact list would be too large.</summary>
    public int SampledBudgets { get; init; } = 64;

    /// <summary>Gets the most breakpoints found one solve at a time when branch and bound is needed (district minimums).</summary>
    public int MaxSolvedBreakpoints { get; init; } = 2_000;

    /// <summary>
    /// Gets the most threads one frontier uses, or <see langword="null"/> for one per core. The exact Pareto list merges
    /// its larger steps in two halves at once, and sampled budgets are solved side by side when <see cref="Search"/>
    /// sets no limit (starting on the other threads once the list passes a quarter of <see cref="MaxParetoStates"/>,
    /// and dropped if it fits); the frontier is the same whatever the degree.
    /// </summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>
    /// Gets the limits on the solves that stand in for the Pareto list, all together: each sampled budget is solved on an
    /// equal share of what is left, each solved breakpoint on all that is left, and the time limit counts from the start
    /// of the frontier. A solve that a limit stopped gives no breakpoint.
    /// </summary>
    public AllocationOptions Search { get; init; } = AllocationOptions.Default;
}
