using Trygghet.Rules.Allocation;
using Trygghet.Rules.Allocation.Internal;
using static Trygghet.Rules.Tests.Allocation.Problems;

namespace Trygghet.Rules.Tests.Allocation;

public sealed class MckpOptimizerFrontierTests
{
    private static readonly MckpOptimizer Optimizer = new();

    [Fact]
    public void ComputeFrontier_SmallRound_ListsEveryBreakpointWithItsChanges()
    {
        var problem = Of(0, App("a", (300_000, 5), (600_000, 8)), App("b", (400_000, 7)));
        var frontier = Optimizer.ComputeFrontier(problem);
        Assert.True(frontier.IsComplete);
        Assert.Equal(FrontierMethod.ParetoList, frontier.Method);
        Assert.Equal(1_000_000, frontier.MaxBudget);
        Assert.Equal(
            [(0L, 0L), (300_000L, 5L), (400_000L, 7L), (600_000L, 8L), (700_000L, 12L), (1_000_000L, 15L)],
            frontier.Breakpoints.Select(b => (b.Budget, b.Impact)));
        var atSeven = frontier.Breakpoints[4];
        Assert.Equal(["a", "b"], atSeven.Changes.Select(c => c.Id));
        Assert.Equal([0, 0], atSeven.Changes.Select(c => c.OptionIndex));
        Assert.Equal(12, frontier.ImpactAt(999_999));
        Assert.Equal([1, 0], frontier.ChoicesAt(1_000_000)!.Select(c => c.OptionIndex));
    }

    [Fact]
    public void ComputeFrontier_WithMustFund_StartsAtTheCheapestFeasibleBudget()
    {
        var problem = Of(0, App("a", (300_000, 5)), App("b", (400_000, 7))) with { MustFund = ["a"] };
        var frontier = Optimizer.ComputeFrontier(problem);
        Assert.Equal(300_000, frontier.Breakpoints[0].Budget);
        Assert.Null(frontier.ImpactAt(299_999));
        Assert.Null(frontier.ChoicesAt(0));
    }

    [Fact]
    public void ComputeFrontier_WithDistrictMinimums_SolvesEachBreakpoint()
    {
        var problem = Of(0, App("a", "b", "Farsta", (300_000, 5)), App("b", "b", "Bromma", (400_000, 7))) with
        {
            DistrictMinimums = [new DistrictMinimumConstraint("Farsta", 100_000)],
        };
        var frontier = Optimizer.ComputeFrontier(problem);
        Assert.Equal(FrontierMethod.SolvedBreakpoints, frontier.Method);
        Assert.True(frontier.IsComplete);
        Assert.Equal([(300_000L, 5L), (700_000L, 12L)], frontier.Breakpoints.Select(b => (b.Budget, b.Impact)));
    }

    [Fact]
    public void ComputeFrontier_TooLargeForTheParetoList_FallsBackToSampledBudgets()
    {
        var classes = Enumerable.Range(0, 30).Select(i => App($"A{i:00}", (100_000L + (i * 7_919), 1_000L + (i * 13)), (250_000L + (i * 3_571), 2_100L + (i * 29)))).ToArray();
        var problem = Of(0, classes);
        var frontier = Optimizer.ComputeFrontier(problem, new FrontierOptions { MaxParetoStates = 50, SampledBudgets = 8 });
        Assert.Equal(FrontierMethod.SampledBudgets, frontier.Method);
        Assert.False(frontier.IsComplete);
        foreach (var bp in frontier.Breakpoints)
        {
            Assert.Equal(Optimizer.Solve(problem.WithBudget(bp.Budget)).TotalImpact, bp.Impact);
        }
    }

    [Fact]
    public void ComputeFrontier_SampledUnderAStateLimit_SharesItAndListsOnlyProvenOptima()
    {
        var problem = WeaklyCorrelated(40, seed: 5);
        var sampled = new FrontierOptions { MaxParetoStates = 50, SampledBudgets = 16 };
        var unlimited = Optimizer.ComputeFrontier(problem, sampled);

        // Enough states for any one sampled solve, not for all of them together.
        var most = unlimited.Breakpoints.Max(b => Optimizer.Solve(problem.WithBudget(b.Budget)).Statistics.States);
        var limited = Optimizer.ComputeFrontier(problem, sampled with { Search = new AllocationOptions { MaxStates = most } });

        Assert.Equal(FrontierMethod.SampledBudgets, limited.Method);
        Assert.False(limited.IsComplete);
        Assert.NotEmpty(limited.Breakpoints);
        Assert.True(limited.Breakpoints.Count < unlimited.Breakpoints.Count, $"{limited.Breakpoints.Count} of {unlimited.Breakpoints.Count}");
        foreach (var bp in limited.Breakpoints)
        {
            Assert.Equal(Optimizer.Solve(problem.WithBudget(bp.Budget)).TotalImpact, bp.Impact);
        }
    }

    [Fact]
    public void ComputeFrontier_WithDistrictMinimumsUnderANodeLimit_StopsTheWalkAndListsOnlyProvenOptima()
    {
        var problem = WeaklyCorrelated(10, seed: 3) with { DistrictMinimums = [new DistrictMinimumConstraint("d1", 500_000)] };
        var full = Optimizer.ComputeFrontier(problem);
        Assert.Equal(FrontierMethod.SolvedBreakpoints, full.Method);
        Assert.True(full.IsComplete);

        // Every solve takes at least one node, so the walk cannot reach the bottom on half as many.
        var limited = Optimizer.ComputeFrontier(problem, new FrontierOptions { Search = new AllocationOptions { MaxNodes = full.Breakpoints.Count / 2 } });

        Assert.False(limited.IsComplete);
        Assert.True(limited.Breakpoints.Count < full.Breakpoints.Count, $"{limited.Breakpoints.Count} of {full.Breakpoints.Count}");
        foreach (var bp in limited.Breakpoints)
        {
            Assert.Equal(full.ImpactAt(bp.Budget), bp.Impact);
        }
    }

    [Fact]
    public void ComputeFrontier_ChangesShareOneChoicePerApplicationAndOption()
    {
        var problem = WeaklyCorrelated(12, seed: 9);
        var frontier = Optimizer.ComputeFrontier(problem);
        var choices = frontier.Breakpoints.SelectMany(b => b.Changes).ToList();
        Assert.Equal(choices.Distinct().Count(), choices.Distinct(ReferenceEqualityComparer.Instance).Count());
        Assert.Equal(frontier.Breakpoints.Select(b => (b.Budget, b.Impact)), frontier.Breakpoints.Select(b => Totals(frontier.ChoicesAt(b.Budget)!)));
    }

    [Theory]
    [InlineData(1, 40, 1)]
    [InlineData(7, 60, 2_000)]
    public void ComputeFrontier_OnSeveralThreads_GivesTheSameBreakpointsAsOnOne(int seed, int n, int step)
    {
        // Large enough that the Pareto list's steps are merged in two halves at once and its breakpoints written in
        // chunks on two threads, the last chunk part-full (on a machine with two cores; ParetoDpTests forces the split
        // anywhere); costs and impacts in whole steps make many states of equal cost and impact, settled by the
        // tie-break within a half.
        var problem = WeaklyCorrelated(n, seed, step);
        var one = Optimizer.ComputeFrontier(problem, FrontierOptions.Default with { MaxDegreeOfParallelism = 1 });
        var all = Optimizer.ComputeFrontier(problem);

        Assert.True(one.Breakpoints.Count > 6_000, $"{one.Breakpoints.Count} breakpoints");
        Assert.NotEqual(0, one.Breakpoints.Count % BreakpointList.ChunkSize);
        Assert.Equal(FrontierMethod.ParetoList, all.Method);
        Assert.Equal(Describe(one), Describe(all));
    }

    [Fact]
    public void ComputeFrontier_SampledOnSeveralThreads_GivesTheSameBreakpointsAsOnOne()
    {
        // Without limits the sampled budgets are solved side by side (on a machine with two cores).
        var problem = WeaklyCorrelated(40, seed: 5);
        var sampled = new FrontierOptions { MaxParetoStates = 50, SampledBudgets = 24 };
        var one = Optimizer.ComputeFrontier(problem, sampled with { MaxDegreeOfParallelism = 1 });
        var all = Optimizer.ComputeFrontier(problem, sampled);

        Assert.Equal(FrontierMethod.SampledBudgets, all.Method);
        Assert.True(one.Breakpoints.Count > 10, $"{one.Breakpoints.Count} breakpoints");
        Assert.Equal(Describe(one), Describe(all));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void ComputeFrontier_ListThatFitsAfterTheSampledSolvesStarted_GivesTheSameParetoListAsOneThread(int times)
    {
        // A limit a few times the final list: past a quarter of it the sampled solves start beside the list (on a machine
        // with two cores), and are abandoned when it fits.
        var problem = WeaklyCorrelated(30, seed: 3);
        var one = Optimizer.ComputeFrontier(problem, FrontierOptions.Default with { MaxDegreeOfParallelism = 1 });
        var fits = new FrontierOptions { MaxParetoStates = (long)one.Breakpoints.Count * times };
        var all = Optimizer.ComputeFrontier(problem, fits);

        Assert.Equal(FrontierMethod.ParetoList, all.Method);
        Assert.True(all.IsComplete);
        Assert.True(one.Breakpoints.Count > 500, $"{one.Breakpoints.Count} breakpoints");
        Assert.Equal(Describe(one), Describe(all));
    }

    [Fact]
    public void ComputeFrontier_ListThatOutgrowsItsLimitAfterTheSampledSolvesStarted_GivesTheSameBudgetsAsOneThread()
    {
        // The list passes a quarter of its limit a few steps before it outgrows it: the sampled solves started then are
        // the ones used, together with those the calling thread takes on afterwards.
        var problem = WeaklyCorrelated(30, seed: 3);
        var whole = Optimizer.ComputeFrontier(problem, FrontierOptions.Default with { MaxDegreeOfParallelism = 1 });
        var sampled = new FrontierOptions { MaxParetoStates = whole.Breakpoints.Count / 2, SampledBudgets = 40 };
        var one = Optimizer.ComputeFrontier(problem, sampled with { MaxDegreeOfParallelism = 1 });
        var all = Optimizer.ComputeFrontier(problem, sampled);

        Assert.Equal(FrontierMethod.SampledBudgets, all.Method);
        Assert.False(all.IsComplete);
        Assert.True(one.Breakpoints.Count > 20, $"{one.Breakpoints.Count} breakpoints");
        Assert.Equal(Describe(one), Describe(all));
        Assert.All(all.Breakpoints, b => Assert.Equal(whole.ImpactAt(b.Budget), b.Impact));
    }

    [Fact]
    public void ComputeFrontier_WithANonPositiveDegreeOfParallelism_Throws()
    {
        var problem = Of(0, App("a", (300_000, 5)));
        var error = Assert.Throws<ArgumentException>(() => Optimizer.ComputeFrontier(problem, FrontierOptions.Default with { MaxDegreeOfParallelism = 0 }));
        Assert.Equal("options", error.ParamName);
    }

    private static IEnumerable<string> Describe(FrontierResult frontier) =>
        frontier.Breakpoints.Select(b => $"{b.Budget} {b.Impact}: {string.Join(' ', b.Changes.Select(c => $"{c.Id}/{c.OptionIndex}"))}");

    private static (long Cost, long Impact) Totals(IEnumerable<ClassChoice> choices) =>
        (choices.Sum(c => c.Cost), choices.Sum(c => c.Impact));

    private static AllocationProblem WeaklyCorrelated(int n, int seed, int step = 1)
    {
        var rng = new Random(seed);
        var classes = Enumerable.Range(0, n).Select(i =>
        {
            var options = Enumerable.Range(0, 3).Select(_ => rng.Next(100_000, 1_000_000) / step * step)
                .Select(c => ((long)c, (long)((c + rng.Next(-c / 10, c / 10)) / step * step))).ToArray();
            return App($"A{i:000}", $"b{i % 3}", $"d{i % 2}", options);
        }).ToArray();
        return Of(0, classes);
    }
}
