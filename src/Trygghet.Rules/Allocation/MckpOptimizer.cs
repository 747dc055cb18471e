using Trygghet.Rules.Allocation.Internal;

namespace Trygghet.Rules.Allocation;

/// <summary>
/// The exact allocation optimizer: a multiple-choice knapsack solved by an expanding-core dynamic programme over
/// sparse Pareto states, at one-krona resolution, with the round's side constraints. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// Among allocations that meet every constraint the optimizer returns the best by this chain, so that the same
/// problem, with its applications in any order, always gives the same allocation:
/// </para>
/// <list type="number">
/// <item><description>the largest total impact;</description></item>
/// <item><description>then the lowest total cost;</description></item>
/// <item><description>then the lexicographically smallest set of funded application ids: list every id in ordinal
/// order with a mark for funded, and the allocation that funds the first id on which the two differ wins;</description></item>
/// <item><description>then, for the same set, the smaller option cost at the first application (in ordinal id
/// order) where the two choose different options;</description></item>
/// <item><description>then, between options of identical cost and impact, the lower index.</description></item>
/// </list>
/// <para>
/// Side constraints are exact: mutually exclusive groups become one class; must-fund removes the "nothing" choice;
/// a binding board cap turns the board into one class whose options are its Pareto-optimal allocations under the
/// cap; district minimums (and exclusive groups that overlap or span capped boards) are enforced by branch and bound.
/// Conflicts found before the search throw <see cref="AllocationInfeasibleException"/> naming them.
/// </para>
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "An instance is registered as a service and can be mocked; it holds no state.")]
public sealed partial class MckpOptimizer
{
    /// <summary>The name and version reported in <see cref="AllocationResult.Solver"/>.</summary>
    public const string SolverName = "mckp-core-dp 1.0";

    /// <summary>Finds the best allocation of the problem's budget.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="options">Limits on the search, or <see langword="null"/> for none.</param>
    /// <returns>The allocation; <see cref="AllocationResult.Optimal"/> tells whether it is proven.</returns>
    /// <exception cref="ArgumentException">The problem is not valid (duplicate ids, unknown ids, non-positive costs, ...).</exception>
    /// <exception cref="AllocationInfeasibleException">No allocation meets the constraints.</exception>
    /// <exception cref="AllocationLimitException">A limit stopped the search before any allocation meeting the constraints was found.</exception>
    public AllocationResult Solve(AllocationProblem problem, AllocationOptions? options = null)
    {
        var canon = CanonicalProblem.Create(problem);
        return SolveCanonical(canon, canon.Budget, new SearchBudget(options));
    }

    internal static AllocationResult SolveCanonical(CanonicalProblem canon, long budget, SearchBudget search)
    {
        var outcome = SolveOutcome(canon, budget, search);
        return ToResult(canon, budget, outcome.Positions, outcome.Optimal, outcome.UpperBound, search, outcome.CoreSize, SolverNameFor(canon));
    }

    internal static SolveOutcome SolveOutcome(CanonicalProblem canon, long budget, SearchBudget search)
    {
        var conflicts = Presolver.FindConflicts(canon, budget);
        if (conflicts.Count > 0)
        {
            throw new AllocationInfeasibleException(conflicts);
        }

        return BranchAndBound.Solve(canon, budget, search) ?? throw new AllocationInfeasibleException(
        [
            new AllocationConflict(
                AllocationConflictKind.NoFeasibleAllocation,
                $"No allocation of {Kr.Format(budget)} meets all the constraints together ({Describe(canon)}).",
                []),
        ]);
    }

    internal static string SolverNameFor(CanonicalProblem canon) => canon.HasDeferred ? SolverName + " + branch-and-bound" : SolverName;

    internal static AllocationResult ToResult(CanonicalProblem canon, long budget, int[] positions, bool optimal, long upperBound, SearchBudget search, int coreSize, string solver)
    {
        var choices = new ClassChoice[canon.Count];
        for (var r = 0; r < canon.Count; r++)
        {
            var pos = positions[r];
            choices[canon.InputIndex[r]] = pos < 0
                ? new ClassChoice(canon.Ids[r], -1, 0, 0)
                : new ClassChoice(canon.Ids[r], canon.Original[r][pos], canon.Cost[r][pos], canon.Impact[r][pos]);
        }

        var (cost, impact) = canon.Totals(positions);
        return new AllocationResult
        {
            Budget = budget,
            Choices = choices,
            TotalCost = cost,
            TotalImpact = impact,
            Optimal = optimal,
            UpperBound = optimal ? null : upperBound,
            Gap = optimal || upperBound <= 0 ? 0 : (double)(upperBound - impact) / upperBound,
            TieBreakComplete = !search.TieBreakCut,
            Solver = solver,
            Statistics = new AllocationStatistics(search.States, search.Nodes, coreSize),
        };
    }

    private static string Describe(CanonicalProblem canon)
    {
        var parts = new List<string>();
        if (canon.MustFund.Any(m => m))
        {
            parts.Add("must-fund " + string.Join(", ", canon.Ids.Where((_, r) => canon.MustFund[r])));
        }

        parts.AddRange(canon.Districts.Where((_, d) => canon.DistrictMin[d] > 0).Select((name, _) => $"district minimum for {name} ({Kr.Format(canon.DistrictMin[Array.IndexOf(canon.Districts, name)])})"));
        parts.AddRange(canon.BoardIds.Where((_, b) => canon.BoardCap[b] != long.MaxValue).Select(name => $"board cap of {name} ({Kr.Format(canon.BoardCap[Array.IndexOf(canon.BoardIds, name)])})"));
        parts.AddRange(canon.Groups.Select(g => "exclusive group " + string.Join("/", g.Select(r => canon.Ids[r]))));
        return parts.Count == 0 ? "no side constraints" : string.Join("; ", parts);
    }
}
