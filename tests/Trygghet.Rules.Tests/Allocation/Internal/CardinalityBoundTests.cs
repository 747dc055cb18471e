using System.Numerics;
using Trygghet.Rules.Allocation.Internal;

namespace Trygghet.Rules.Tests.Allocation.Internal;

public sealed class CardinalityBoundTests
{
    [Theory]
    [InlineData(20)]
    [InlineData(34)]
    [InlineData(46)]
    [InlineData(58)]
    public void Reach_EqualsTheExactReadingInArbitraryPrecision_InsideAndOutsideThe64BitRange(int bits)
    {
        // Steps of up to 2^bits with impacts a multiple of thirds of their cost (rounded down) plus a bonus: the bound is
        // active with α near that multiple, most often not a whole number. Slacks and impacts are drawn from small to
        // near 2^62, so that readings fall on both sides of the range where they are taken in 64 bits; some impacts lie
        // near the ends of a long, where adding the gain must saturate. (A unit set with no step up from its options
        // leaves the bound inactive.)
        var active = 0;
        for (var seed = 0; seed < 100; seed++)
        {
            var rng = new Random((seed * 64) + bits);
            var bound = StronglyCorrelated(rng, bits);
            if (!bound.IsActive)
            {
                continue;
            }

            active++;
            var (alphaNum, bonus, upStep, hasCurve) = bound.Parameters;
            Assert.False(hasCurve);
            for (var k = 0; k < 400; k++)
            {
                var slack = Draw(rng);
                var p = rng.Next(8) > 0 ? Draw(rng) : rng.Next(2) == 0 ? long.MaxValue - rng.NextInt64(1L << 33) : long.MinValue + rng.NextInt64(1L << 33);
                Assert.Equal(Exact(alphaNum, bonus, upStep, p, slack), bound.Reach(p, slack));
            }
        }

        Assert.True(active >= 75, $"only {active} of 100 bounds were active");
    }

    /// <summary>Units with sorted steps of up to 2^<paramref name="bits"/>, each at the option before its first step above a common threshold.</summary>
    private static CardinalityBound StronglyCorrelated(Random rng, int bits)
    {
        var rateThirds = rng.Next(3, 10);
        var bonus = rng.NextInt64(1, 1L << Math.Min(bits, 60));
        var threshold = rng.NextInt64(2, 1L << bits);
        var n = rng.Next(3, 9);
        var units = new List<Unit>();
        var lpOpt = new int[n];
        var count = new int[n];
        for (var i = 0; i < n; i++)
        {
            var steps = Enumerable.Range(0, rng.Next(1, 5)).Select(_ => rng.NextInt64(1, 1L << bits)).Order().ToArray();
            var cost = new long[steps.Length + 1];
            var impact = new long[steps.Length + 1];
            for (var j = 0; j < steps.Length; j++)
            {
                cost[j + 1] = cost[j] + steps[j];
                impact[j + 1] = impact[j] + (long)((Int128)steps[j] * rateThirds / 3) + bonus;
            }

            units.Add(Unit.Simple(cost, impact, i, 0));
            lpOpt[i] = steps.Count(s => s < threshold);
            count[i] = cost.Length;
        }

        return CardinalityBound.Create(units, lpOpt, count, split: 0);
    }

    /// <summary>A value of either sign whose size is spread over every power of two up to 2^62.</summary>
    private static long Draw(Random rng)
    {
        var size = rng.NextInt64(0, 1L << rng.Next(0, 63));
        return rng.Next(2) == 0 ? size : -size;
    }

    /// <summary><c>p + ⌊(α·slack + Bu·⌊slack / wu⌋) / 2^30⌋</c>, held within the range of a long.</summary>
    private static long Exact(long alphaNum, Int128 bonus, long upStep, long p, long slack)
    {
        var steps = BigInteger.Divide(slack - (BigInteger)Mod(slack, upStep), upStep);
        var most = p + (((alphaNum * (BigInteger)slack) + ((BigInteger)bonus * steps)) >> 30);
        return most >= long.MaxValue ? long.MaxValue : most <= long.MinValue ? long.MinValue : (long)most;
    }

    private static long Mod(long a, long b) => ((a % b) + b) % b;
}
