using Trygghet.Rules.Allocation.Internal;

namespace Trygghet.Rules.Tests.Allocation.Internal;

public sealed class HullIncrementTests
{
    [Theory]
    [InlineData(1, 20)]
    [InlineData(2, 40)]
    [InlineData(3, 62)]
    public void Sort_GivesTheOrderOfTheComparison_WithEqualAndNearlyEqualSlopes(int seed, int bits)
    {
        // Slopes drawn from a few rationals, some scaled by large factors (equal slopes, unequal costs), some nudged by
        // one in the impact (slopes apart by less than the doubles' tolerance), so that runs of each kind are long.
        // Each unit and step is drawn once, as in a solve, so that the order is total.
        var rng = new Random(seed);
        var increments = new HullIncrement[3_000];
        for (var k = 0; k < increments.Length; k++)
        {
            var num = rng.NextInt64(1, 50);
            var den = rng.NextInt64(1, 50);
            var scale = rng.NextInt64(1, Math.Max(2, (1L << Math.Min(bits, 62)) / 50 / Math.Max(num, den)));
            var dw = den * scale;
            var dp = (num * scale) + (rng.Next(4) == 0 ? rng.Next(-1, 2) : 0);
            increments[k] = new HullIncrement(dw, Math.Max(1, dp), k / 6, k % 6);
        }

        var expected = increments.ToArray();
        Array.Sort(expected);
        var sorted = increments.ToArray();
        HullIncrement.Sort(sorted, new double[sorted.Length + 5]);

        Assert.Equal(expected.Select(Describe), sorted.Select(Describe));
    }

    private static string Describe(HullIncrement x) => $"{x.Dp}/{x.Dw} {x.Unit} {x.Step}";
}
