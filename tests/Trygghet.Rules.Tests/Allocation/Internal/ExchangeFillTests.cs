using Trygghet.Rules.Allocation.Internal;

namespace Trygghet.Rules.Tests.Allocation.Internal;

public sealed class ExchangeFillTests
{
    private const long Bonus = 1_000;

    [Fact]
    public void Find_OneExchangeSpendsTheSlack_MovesOneUnitUpAndAnotherDown()
    {
        // Steps 100 | 130: the first unit up (130) for the second down (100) adds 30.
        var units = Units([100, 130], [100, 100]);
        var lpOpt = new[] { 1, 1 };

        var options = ExchangeFill.Find(units, lpOpt, Counts(units), All(units), All(units), 30, out var gain);

        Assert.Equal<int[]>([2, 0], options);
        Assert.Equal(30, gain);
    }

    [Fact]
    public void Find_OnlyTwoExchangesSpendTheSlack_MovesFourUnits()
    {
        // Exchanges add 10 (units 0 for 1), 20 (2 for 3) and others; none adds 30 alone.
        var units = Units([100, 110], [100, 100], [200, 220], [200, 200]);
        var lpOpt = new[] { 1, 1, 1, 1 };

        var options = ExchangeFill.Find(units, lpOpt, Counts(units), All(units), All(units), 30, out var gain);

        Assert.NotNull(options);
        Assert.Equal(30, Spent(units, lpOpt, options));
        Assert.Equal(30, gain);
        Assert.Equal(4, options.Where((o, i) => o != lpOpt[i]).Count());
    }

    [Fact]
    public void Find_OnlyThreeExchangesSpendTheSlack_MovesSixUnits()
    {
        // Exchanges within pairs add 1, 10 and 100; across pairs they add more than the slack (or less than nothing).
        var units = Units([1_000, 1_001], [1_000, 1_000], [2_000, 2_010], [2_000, 2_000], [3_000, 3_100], [3_000, 3_000]);
        var lpOpt = new[] { 1, 1, 1, 1, 1, 1 };

        var options = ExchangeFill.Find(units, lpOpt, Counts(units), All(units), All(units), 111, out var gain);

        Assert.Equal<int[]>([2, 0, 2, 0, 2, 0], options);
        Assert.Equal(111, gain);
    }

    [Fact]
    public void Find_TwoExchangesThatShareAUnit_AreNotTaken()
    {
        // With three units every two exchanges share one: exchanges add 0, 10 (unit 0 up) and 20 (unit 2 up), none 30.
        var units = Units([100, 110], [100, 100], [100, 120]);
        var lpOpt = new[] { 1, 1, 1 };

        Assert.Null(ExchangeFill.Find(units, lpOpt, Counts(units), All(units), All(units), 30, out _));
    }

    [Fact]
    public void Find_NoCombinationSpendsTheSlack_ReturnsNull()
    {
        // Every exchange adds a multiple of ten.
        var units = Units([100, 110], [100, 100], [200, 230], [200, 200]);
        var lpOpt = new[] { 1, 1, 1, 1 };

        Assert.Null(ExchangeFill.Find(units, lpOpt, Counts(units), All(units), All(units), 15, out _));
        Assert.Null(ExchangeFill.Find(units, lpOpt, Counts(units), All(units), All(units), 0, out _));
    }

    [Fact]
    public void Find_AStepUpThatDoesNotFit_IsNotTaken()
    {
        // Unit 0's step up would fill the slack with unit 1's step down, but its dearer option does not fit the capacity.
        var units = Units([100, 130], [100, 100]);
        var lpOpt = new[] { 1, 1 };

        Assert.Null(ExchangeFill.Find(units, lpOpt, [2, 3], All(units), All(units), 30, out _));
    }

    [Fact]
    public void Find_OnlyTheFirstUnitsOfEachList_AreTried()
    {
        // The only exchange that fills the slack steps up in the last unit: past the first MaxUnits of the list it is not tried.
        var steps = Enumerable.Range(0, ExchangeFill.MaxUnits + 1).Select(_ => new long[] { 100, 100 }).ToArray();
        steps[^1] = [100, 130];
        var units = Units(steps);
        var lpOpt = Enumerable.Repeat(1, units.Count).ToArray();
        var inOrder = All(units);
        var lastFirst = inOrder.Reverse().ToArray();

        Assert.Null(ExchangeFill.Find(units, lpOpt, Counts(units), inOrder, inOrder, 30, out _));
        var options = ExchangeFill.Find(units, lpOpt, Counts(units), lastFirst, inOrder, 30, out var gain);
        Assert.NotNull(options);
        Assert.Equal(2, options[^1]);
        Assert.Equal(30, gain);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Find_OnStronglyCorrelatedUnits_SpendsExactlyTheSlackByNeighbouringMovesOfDifferentUnits(int seed)
    {
        // Steps sorted within each unit and units at the options before their first step above a threshold, as the LP
        // leaves them; the slack is what the threshold leaves. Whatever is found must spend exactly the slack, move each
        // unit by one option at most within the options that fit, keep the number of steps and add the cost as impact.
        var found = 0;
        for (var round = 0; round < 200; round++)
        {
            var rng = new Random((seed * 1_000) + round);
            var n = rng.Next(24, 64);
            var threshold = rng.Next(50_000, 150_000);
            var units = new List<Unit>();
            var lpOpt = new int[n];
            for (var i = 0; i < n; i++)
            {
                var steps = Enumerable.Range(0, rng.Next(1, 5)).Select(_ => (long)rng.Next(1, 250_000)).Order().ToArray();
                units.Add(Unit(steps));
                lpOpt[i] = steps.Count(s => s <= threshold);
            }

            var count = Counts(units);
            var slack = rng.Next(0, threshold);
            var options = ExchangeFill.Find(units, lpOpt, count, All(units), All(units), slack, out var gain);
            if (options is null)
            {
                continue;
            }

            found++;
            Assert.Equal(slack, Spent(units, lpOpt, options));
            Assert.Equal(slack, gain);
            Assert.All(Enumerable.Range(0, n), i => Assert.InRange(options[i], Math.Max(0, lpOpt[i] - 1), Math.Min(count[i] - 1, lpOpt[i] + 1)));
            Assert.Equal(lpOpt.Sum(), options.Sum());
        }

        Assert.True(found >= 20, $"only {found} of 200 rounds found a fill");
    }

    private static List<Unit> Units(params long[][] steps) => [.. steps.Select(Unit)];

    /// <summary>A strongly correlated unit: nothing, then each step adds its cost and the cost plus a bonus of impact.</summary>
    private static Unit Unit(long[] steps)
    {
        var cost = new long[steps.Length + 1];
        var impact = new long[steps.Length + 1];
        for (var k = 0; k < steps.Length; k++)
        {
            cost[k + 1] = cost[k] + steps[k];
            impact[k + 1] = impact[k] + steps[k] + Bonus;
        }

        return Trygghet.Rules.Allocation.Internal.Unit.Simple(cost, impact, 0, 0);
    }

    private static int[] All(List<Unit> units) => [.. Enumerable.Range(0, units.Count)];

    private static int[] Counts(List<Unit> units) => [.. units.Select(u => u.Count)];

    private static long Spent(List<Unit> units, int[] lpOpt, int[] options) =>
        Enumerable.Range(0, units.Count).Sum(i => units[i].Cost[options[i]] - units[i].Cost[lpOpt[i]]);
}
