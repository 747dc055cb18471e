using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Trygghet.Rules.Allocation;
using Trygghet.Rules.Allocation.Internal;
using static Trygghet.Rules.Tests.Allocation.Problems;

namespace Trygghet.Rules.Tests.Allocation.Internal;

[Properties(EndSize = 1_000_000)]
public sealed class StepCountBoundTests
{
    private static bool Proves(AllocationProblem problem, long impact, long cost)
    {
        var canon = CanonicalProblem.Create(problem);
        var leaves = UnitCompiler.Leaves(canon, Restriction.Root(canon), problem.Budget)!;
        return StepCountBound.Proves(canon, leaves, problem.Budget, impact, cost);
    }

    private static AllocationProblem Draw(int seed) => (seed % 3) switch
    {
        0 => SmallInstances.StronglyCorrelated(seed),
        1 => SmallInstances.CappedBoards(seed),
        _ => SmallInstances.Create(seed) with { DistrictMinimums = [] },
    };

    [Property(MaxTest = 500)]
    public Property Proves_NothingThatAnAllocationBeats(int seed)
    {
        // The optimum has more impact than one krona less, and as much impact at less cost than one krona more: the
        // bound must never prove either.
        var problem = Draw(seed);
        if (ReferenceSolver.Solve(problem) is not { } optimum)
        {
            return true.Label("infeasible");
        }

        var (cost, impact) = ReferenceSolver.Totals(problem, optimum);
        return (!Proves(problem, impact - 1, cost) && !Proves(problem, impact, cost + 1))
            .Label($"seed {seed}: optimum ({cost}, {impact})");
    }

    [Property(MaxTest = 200)]
    public Property Proves_TheOptimumOfAStronglyCorrelatedProblemWhoseBudgetTheSmallestStepsFill(int seed, NonNegativeInt take)
    {
        // Not a vacuous law: with the budget what the k smallest steps cost, the optimum takes k steps and fills it to
        // the krona, and counting steps proves it (the linear bound alone would not).
        var problem = SmallInstances.StronglyCorrelated(seed) with { BoardCaps = [] };
        var steps = problem.Classes
            .SelectMany(c => c.Options.Select((o, k) => o.Cost - (k == 0 ? 0 : c.Options[k - 1].Cost)))
            .Order()
            .ToArray();
        problem = problem with { Budget = steps.Take(take.Get % (steps.Length + 1)).Sum() };
        var (cost, impact) = ReferenceSolver.Totals(problem, ReferenceSolver.Solve(problem)!);
        return (cost == problem.Budget && Proves(problem, impact, cost)).Label($"seed {seed}: optimum ({cost}, {impact}) of budget {problem.Budget}");
    }

    [Fact]
    public void Proves_AnExactFill_CountingTheStepsThatFitTogether()
    {
        // Steps 10 and 20, 15 and 25, and 12, each worth 100 beyond its cost: 10 + 12 + 15 fills 37 with three steps.
        var problem = Of(37, App("A", (10, 110), (30, 230)), App("B", (15, 115), (40, 240)), App("C", (12, 112)));

        Assert.True(Proves(problem, 337, 37));
        Assert.False(Proves(problem, 336, 37));
        Assert.False(Proves(problem, 337, 38));
    }

    [Fact]
    public void Proves_AnOptimumThatOnlyTheBoardCapExplains()
    {
        // Steps of 3 and 4 on board X would fill 7 with two steps (impact up to 207), but X's cap of 6 lets only one of
        // them in; funding B alone (107) is the optimum, and only counting against the cap proves it.
        var problem = Of(7, App("A", "X", "d", (3, 103)), App("C", "X", "d", (4, 104)), App("B", "Y", "d", (7, 107))) with
        {
            BoardCaps = [new BoardCapConstraint("X", 6)],
        };

        Assert.True(Proves(problem, 107, 7));
        Assert.False(Proves(problem, 106, 7));
        Assert.False(Proves(problem with { BoardCaps = [] }, 107, 7));
    }
}
