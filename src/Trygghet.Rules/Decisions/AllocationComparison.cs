namespace Trygghet.Rules.Decisions;

using Trygghet.Rules.Amounts;

/// <summary>Another way of allocating the same budget, measured against the optimum.</summary>
/// <param name="Name">The allocation rule, for example <c>greedy-impact-per-krona</c>, or the proposal's name.</param>
/// <param name="Impact">Its expected impact, in person-years.</param>
/// <param name="Cost">What it spends.</param>
/// <param name="Gap">Its gap to the optimum, as a share of the optimum (0 = as good).</param>
/// <param name="Funded">The applications it funds.</param>
/// <param name="OptimumFundsInstead">The applications the optimum funds that it does not.</param>
/// <param name="Violations">Constraints it breaks, if any.</param>
public sealed record AllocationComparison(
    string Name,
    double Impact,
    Sek Cost,
    double Gap,
    IReadOnlyList<string> Funded,
    IReadOnlyList<string> OptimumFundsInstead,
    IReadOnlyList<string> Violations);
