using Trygghet.Rules.Allocation;
using Trygghet.Rules.Allocation.Internal;

namespace Trygghet.Rules.Tests.Allocation.Internal;

public sealed class ParetoDpTests
{
    [Theory]
    [InlineData(3, 1)]
    [InlineData(11, 2_000)]
    public void Run_SplittingLargeSteps_GivesTheSameListChainsAndNodesAsOneThread(int seed, int step)
    {
        // Forced to split whatever the machine, so the two-half merge is checked even where only one core runs it.
        var (units, max) = Units(seed, step);

        var (one, oneArena) = Run(units, max, 1);
        var (two, twoArena) = Run(units, max, 2);

        Assert.True((long)one.Count * 4 >= ParetoMerge.SplitCandidates, $"{one.Count} states: too few to split");
        Assert.Equal(one.W.AsSpan(0, one.Count).ToArray(), two.W.AsSpan(0, two.Count).ToArray());
        Assert.Equal(one.P.AsSpan(0, one.Count).ToArray(), two.P.AsSpan(0, two.Count).ToArray());
        Assert.Equal(one.Node.AsSpan(0, one.Count).ToArray(), two.Node.AsSpan(0, two.Count).ToArray());
        Assert.Equal(oneArena.Count, twoArena.Count);
        var a = new int[units.Count];
        var b = new int[units.Count];
        for (var i = 0; i < one.Count; i++)
        {
            oneArena.Decode(one.Node[i], a);
            twoArena.Decode(two.Node[i], b);
            Assert.Equal(a, b);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Run_PastAQuarterOfItsLimit_CallsTheLongListActionOnceAndGivesTheSameList(int degree)
    {
        var (units, max) = Units(5, 1);
        var (whole, _) = Run(units, max, 1);

        var calls = 0;
        var limit = whole.Count * 2L;
        var list = ParetoDp.Run(units, max, new StateArena(), new SearchBudget(null), limit, degree, () => calls++)!;
        var tight = ParetoDp.Run(units, max, new StateArena(), new SearchBudget(null), whole.Count - 1L, degree, () => calls += 10);

        Assert.Equal(1 + 10, calls);
        Assert.Null(tight);
        Assert.Equal(whole.W.AsSpan(0, whole.Count).ToArray(), list.W.AsSpan(0, list.Count).ToArray());
        Assert.Equal(whole.P.AsSpan(0, whole.Count).ToArray(), list.P.AsSpan(0, list.Count).ToArray());
        Assert.Equal(whole.Node.AsSpan(0, whole.Count).ToArray(), list.Node.AsSpan(0, list.Count).ToArray());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1_000)]
    public void Merge_WithAMostCount_StopsOneStatePastIt_TheStatesBeforeAsWithoutIt(int most)
    {
        // A list that outgrows its limit is thrown away, so its merge stops once it has made one state more.
        var (units, max) = Units(5, 1);
        var (list, arena) = Run([.. units.Take(units.Count - 1)], max, 1);
        var last = units[^1];
        var options = Enumerable.Range(0, last.Count).ToArray();

        var whole = Merge(new CapFilter(max, arena));
        var stopped = Merge(new CapFilter(max, arena, most));

        Assert.True(whole.Count > most + 1, $"{whole.Count} states");
        Assert.Equal(most + 1, stopped.Count);
        Assert.Equal(whole.W.AsSpan(0, most + 1).ToArray(), stopped.W.AsSpan(0, most + 1).ToArray());
        Assert.Equal(whole.P.AsSpan(0, most + 1).ToArray(), stopped.P.AsSpan(0, most + 1).ToArray());

        ParetoList Merge(CapFilter filter)
        {
            var stage = arena.AddStage(last, 0);
            var dst = new ParetoList();
            ParetoMerge.Run(list, last, options, last.Count, stage, arena, dst, ref filter, new ParetoMerge.Workspace());
            return dst;
        }
    }

    /// <summary>The units of a generated round and the cost of its dearest allocation, the frontier's ceiling.</summary>
    private static (List<Unit> Units, long Max) Units(int seed, int step)
    {
        var problem = Generated(seed, step);
        var canon = CanonicalProblem.Create(problem);
        var max = problem.Classes.Sum(c => c.Options.Max(o => o.Cost));
        return (UnitCompiler.Compile(canon, Restriction.Root(canon), max, new SearchBudget(null), prune: false, out _)!, max);
    }

    private static (ParetoList List, StateArena Arena) Run(IReadOnlyList<Unit> units, long max, int degree)
    {
        var arena = new StateArena();
        return (ParetoDp.Run(units, max, arena, new SearchBudget(null), long.MaxValue, degree)!, arena);
    }

    private static AllocationProblem Generated(int seed, int step)
    {
        var rng = new Random(seed);
        var classes = Enumerable.Range(0, 44).Select(i =>
        {
            var options = Enumerable.Range(0, 4).Select(k => (Cost: rng.Next(100_000, 1_000_000) / step * step, Key: k))
                .Select(o => new AllocationOption(o.Cost, (o.Cost + rng.Next(-o.Cost / 10, o.Cost / 10)) / step * step, o.Key)).ToList();
            return new AllocationClass($"A{i:000}", "board", "district", options);
        }).ToArray();
        return new AllocationProblem { Budget = 0, Classes = classes };
    }
}
