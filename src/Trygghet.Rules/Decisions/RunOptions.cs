namespace Trygghet.Rules.Decisions;

using Trygghet.Rules.Allocation;

/// <summary>Options for running a round: assessment, allocation and the explanations around it.</summary>
public sealed record RunOptions
{
    /// <summary>Gets the default options.</summary>
    public static RunOptions Default { get; } = new();

    /// <summary>Gets a value indicating whether each decision carries the trace of the rules that fired.</summary>
    public bool IncludeTrace { get; init; }

    /// <summary>
    /// Gets a value overriding the round's <see cref="Applications.Round.AllowPartialFunding"/>; <see langword="null"/> follows the round.
    /// </summary>
    public bool? AllowPartialFunding { get; init; }

    /// <summary>Gets a value indicating whether to compute the frontier: the optimum for every budget up to the total eligible amount.</summary>
    public bool ComputeFrontier { get; init; } = true;

    /// <summary>Gets a value indicating whether to compute, for each eligible application left out, what would have funded it.</summary>
    public bool ComputeCounterfactuals { get; init; } = true;

    /// <summary>
    /// Gets the largest number of eligible applications for which the frontier is computed; its work grows with the
    /// square of the round's size (about 20 s at 1 000 applications on two cores), so larger rounds skip it unless
    /// this is raised.
    /// </summary>
    public int MaxFrontierApplications { get; init; } = 500;

    /// <summary>
    /// Gets the largest number of eligible applications for which counterfactuals are computed; each needs one solve per
    /// funding option, so larger rounds skip them.
    /// </summary>
    public int MaxCounterfactualApplications { get; init; } = 500;

    /// <summary>Gets a value indicating whether to measure the greedy allocation rules against the optimum.</summary>
    public bool CompareGreedy { get; init; } = true;

    /// <summary>Gets the optimizer's limits (time, states) and cancellation.</summary>
    public AllocationOptions Allocation { get; init; } = AllocationOptions.Default;

    /// <summary>Gets the most threads a run uses (applications assessed at once, and the frontier's merge), or <see langword="null"/> for one per core.</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
