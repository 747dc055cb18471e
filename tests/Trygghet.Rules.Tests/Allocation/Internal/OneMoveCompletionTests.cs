using Trygghet.Rules.Allocation.Internal;

namespace Trygghet.Rules.Tests.Allocation.Internal;

public sealed class OneMoveCompletionTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Create_KeepsTheMovesInTheirWholeOrder_WhenManyShareACostChange(int seed)
    {
        // Costs and impacts from a handful of values, so that most cost changes are shared by several moves: they are
        // sorted by cost change alone first, and each run of equal ones by the rest of the order afterwards.
        var rng = new Random(seed);
        var units = new List<Unit>();
        var n = 60;
        var lpOpt = new int[n];
        var count = new int[n];
        for (var i = 0; i < n; i++)
        {
            var options = rng.Next(2, 6);
            var cost = Enumerable.Range(0, options).Select(_ => (long)rng.Next(1, 6) * 100).Order().ToArray();
            var impact = Enumerable.Range(0, options).Select(_ => (long)rng.Next(0, 4)).ToArray();
            units.Add(Unit.Simple(cost, impact, i, 0));
            lpOpt[i] = rng.Next(options);
            count[i] = rng.Next(lpOpt[i] + 1, options + 1);
        }

        var split = rng.Next(n);
        var expected = new List<OneMoveCompletion.Move>();
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < count[i] && i != split; j++)
            {
                if (j != lpOpt[i])
                {
                    expected.Add(new(units[i].Cost[j] - units[i].Cost[lpOpt[i]], units[i].Impact[j] - units[i].Impact[lpOpt[i]], i, j));
                }
            }
        }

        expected.Sort();
        var moves = OneMoveCompletion.Create(units, lpOpt, count, split).Moves.ToList();

        Assert.True(expected.Count > 60, $"{expected.Count} moves");
        Assert.True(expected.GroupBy(m => m.Dw).Max(g => g.Count()) >= 5, "too few moves share a cost change");
        Assert.Equal(expected.Select(m => (m.Dw, m.Dp, m.Unit, m.Option)), moves);
    }
}
