using Trygghet.Rules.Allocation;
using Trygghet.Rules.Allocation.Internal;

namespace Trygghet.Rules.Tests.Allocation.Internal;

public sealed class CoreRetainTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 5)]
    [InlineData(3, 40)]
    [InlineData(4, 1_000)]
    public void RetainDroppingTies_KeepsWhatARetainAndASecondOneOnceTheAllowanceIsSpentKeep(int seed, int allowance)
    {
        // A gradient of one both ways, and an incumbent at the capacity: a state whose impact less its cost is the
        // incumbent's can at best tie it, one above can beat it, one below cannot reach it. With a small allowance the
        // ties run out part way through the pass.
        var rng = new Random(seed);
        var list = new ParetoList();
        for (var i = 0; i < 300; i++)
        {
            var w = rng.Next(0, 1_000);
            list.Add(w, w - 500 + rng.Next(-2, 3), i);
        }

        var (twoPasses, twoBudget, twoLeast) = Run(allowance, (filter, budget) =>
        {
            var first = new ParetoList();
            CoreSolver.Retain(list, first, ref filter);
            if (!budget.TieBreakCut)
            {
                return (first, filter.LeastReach);
            }

            var second = new ParetoList();
            CoreSolver.Retain(first, second, ref filter);
            return (second, filter.LeastReach);
        });
        var (fused, fusedBudget, fusedLeast) = Run(allowance, (filter, budget) =>
        {
            var target = new ParetoList();
            var spent = CoreSolver.RetainDroppingTies(list, target, ref filter, budget);
            Assert.Equal(budget.TieBreakCut, spent);
            return (target, filter.LeastReach);
        });

        Assert.Equal(allowance < 1_000, twoBudget.TieBreakCut);
        Assert.Equal(twoBudget.TieBreakCut, fusedBudget.TieBreakCut);
        Assert.Equal(twoBudget.TieStates, fusedBudget.TieStates);
        Assert.Equal(twoLeast, fusedLeast);
        Assert.Equal(twoPasses.Node.AsSpan(0, twoPasses.Count).ToArray(), fused.Node.AsSpan(0, fused.Count).ToArray());
        Assert.Equal(twoPasses.W.AsSpan(0, twoPasses.Count).ToArray(), fused.W.AsSpan(0, fused.Count).ToArray());
        Assert.Equal(twoPasses.P.AsSpan(0, twoPasses.Count).ToArray(), fused.P.AsSpan(0, fused.Count).ToArray());
        Assert.InRange(fused.Count, 50, 250);
    }

    private static (ParetoList List, SearchBudget Budget, long Least) Run(int allowance, Func<CoreFilter, SearchBudget, (ParetoList, long)> retain)
    {
        var budget = new SearchBudget(new AllocationOptions { MaxTieStates = allowance });
        var filter = new CoreFilter(1_000, new StateArena(), budget)
        {
            Bound = new CoreBound(new Slope(1, 1), 1, new Slope(1, 1), 1),
            BestImpact = 500,
            BestCost = 1_000,
            BestNode = -1,
        };
        var (list, least) = retain(filter, budget);
        return (list, budget, least);
    }
}
