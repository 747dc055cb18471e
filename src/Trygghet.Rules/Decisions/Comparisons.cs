namespace Trygghet.Rules.Decisions;

using Trygghet.Rules.Allocation;
using Trygghet.Rules.Amounts;
using Trygghet.Rules.Impact;

/// <summary>Measures other allocation rules against the optimum.</summary>
internal static class Comparisons
{
    /// <summary>The name of the greedy rule that ranks by impact per krona.</summary>
    public const string GreedyImpactPerKrona = "greedy-impact-per-krona";

    /// <summary>The name of the greedy rule that ranks by impact, as a manual ranking does.</summary>
    public const string GreedyImpact = "greedy-impact";

    public static IReadOnlyList<AllocationComparison> Greedy(MckpOptimizer optimizer, AllocationProblem problem, AllocationOptions options) =>
    [
        From(GreedyImpactPerKrona, optimizer.Greedy(problem, GreedyRule.ImpactPerKrona, options)),
        From(GreedyImpact, optimizer.Greedy(problem, GreedyRule.Impact, options)),
    ];

    public static AllocationComparison From(string name, ComparisonResult comparison) => new(
        name,
        ImpactUnits.ToPersonYears(comparison.Allocation.TotalImpact),
        Sek.FromKronor(comparison.Allocation.TotalCost),
        comparison.RelativeGap,
        [.. comparison.Allocation.FundedIds],
        comparison.OptimumFundsInstead,
        comparison.Violations);
}
