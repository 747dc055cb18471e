using System.Numerics;
using System.Runtime.CompilerServices;

namespace Trygghet.Rules.Allocation.Internal;

/// <summary>
/// The bound on what changing the classes outside the core can add to a state. Raising classes by <c>a</c> kronor
/// gains at most <c>G+·a</c> (the best up-gradient outside the core) and lowering them by <c>b</c> kronor loses at
/// least <c>G-·b</c> (the best down-gradient), with <c>G+ &lt;= G-</c>. Moves are whole options: any raise is at
/// least <c>UpStep</c> kronor and any lowering at least <c>DownStep</c>. For a state with slack <c>D</c> the best
/// change therefore gains <c>G+·D</c> when <c>D &gt;= UpStep</c>, and otherwise the better of lowering alone
/// (<c>b = max(DownStep, -D)</c>) and raising by <c>a = max(UpStep, DownStep + D)</c> while lowering by
/// <c>max(a - D, DownStep)</c>. Comparisons are exact (128-bit, or arbitrary precision where amounts near 2^63
/// make the products larger) whenever the floating-point estimate is close.
/// </summary>
internal readonly struct CoreBound
{
    public readonly bool HasUp;
    public readonly long UpNum;
    public readonly long UpDen;
    public readonly long UpStep;
    public readonly bool HasDown;
    public readonly long DownNum;
    public readonly long DownDen;
    public readonly long DownStep;

    // The gradients as doubles for the floating-point estimate, divided once per stage rather than at every state.
    private readonly double upRatio;
    private readonly double downRatio;

    /// <summary>Initializes the bound from the best up- and down-gradients outside the core (<see langword="null"/> when there is none) and the smallest steps.</summary>
    public CoreBound(Slope? up, long upStep, Slope? down, long downStep)
    {
        (HasUp, UpNum, UpDen, UpStep) = up is { } u ? (true, u.Num, u.Den, upStep) : (false, 0L, 1L, 1L);
        (HasDown, DownNum, DownDen, DownStep) = down is { } d ? (true, d.Num, d.Den, downStep) : (false, 0L, 1L, 1L);
        upRatio = (double)UpNum / UpDen;
        downRatio = (double)DownNum / DownDen;
    }

    /// <summary>Returns whether a change outside the core can bring a state at impact <paramref name="p"/> with slack <paramref name="slack"/> to at least <paramref name="target"/>.</summary>
    public bool CanReach(long p, long slack, long target)
    {
        var need = target - p;
        if (HasUp && slack >= UpStep)
        {
            return Reaches(slack, 0, need);
        }

        if (HasDown && Reaches(0, Math.Max(DownStep, -slack), need))
        {
            return true;
        }

        if (HasUp && HasDown)
        {
            var a = Math.Max(UpStep, DownStep + slack);
            return Reaches(a, Math.Max(a - slack, DownStep), need);
        }

        return false;
    }

    /// <summary>Returns the best impact a state can reach, itself included when it fits.</summary>
    public long UpperBound(long w, long p, long capacity)
    {
        var best = w <= capacity ? p : long.MinValue;
        var slack = capacity - w;
        if (HasUp && slack >= UpStep)
        {
            return Math.Max(best, Saturating.Add(p, Floor(slack, 0)));
        }

        if (HasDown)
        {
            best = Math.Max(best, Saturating.Add(p, Floor(0, Math.Max(DownStep, -slack))));
        }

        if (HasUp && HasDown)
        {
            var a = Math.Max(UpStep, DownStep + slack);
            best = Math.Max(best, Saturating.Add(p, Floor(a, Math.Max(a - slack, DownStep))));
        }

        return best;
    }

    /// <summary>Returns whether <c>G+·a - G-·b &gt;= need</c>.</summary>
    private bool Reaches(long a, long b, long need)
    {
        var gain = (upRatio * a) - (downRatio * b);
        var margin = 1e-9 * (Math.Abs(gain) + Math.Abs((double)need)) + 1e-6;
        if (gain < need - margin)
        {
            return false;
        }

        return gain > need + margin || ReachesExactly(a, b, need);
    }

    /// <summary>Returns whether <c>G+·a - G-·b &gt;= need</c>, exactly: the floating-point estimate was too close to tell.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool ReachesExactly(long a, long b, long need)
    {
        var (upDen, downDen) = Dens(a, b);
        if (FitsTwoProducts(a, b, upDen, downDen) && Bits(need) + Bits(upDen) + Bits(downDen) <= 126)
        {
            var num = ((Int128)UpNum * a * downDen) - ((Int128)DownNum * b * upDen);
            return (Int128)need * upDen * downDen <= num;
        }

        return (BigInteger)need * upDen * downDen <= ((BigInteger)UpNum * a * downDen) - ((BigInteger)DownNum * b * upDen);
    }

    /// <summary>Returns <c>⌊G+·a - G-·b⌋</c>, held within the range of a long.</summary>
    private long Floor(long a, long b)
    {
        var (upDen, downDen) = Dens(a, b);
        if (FitsTwoProducts(a, b, upDen, downDen))
        {
            var (q, r) = Int128.DivRem(((Int128)UpNum * a * downDen) - ((Int128)DownNum * b * upDen), (Int128)upDen * downDen);
            return Saturating.Clamp(r < 0 ? q - 1 : q);
        }

        var floor = BigInteger.DivRem(((BigInteger)UpNum * a * downDen) - ((BigInteger)DownNum * b * upDen), (BigInteger)upDen * downDen, out var remainder);

        // The denominator is positive: a negative remainder means the quotient was rounded up.
        return Saturating.Clamp(remainder.Sign < 0 ? floor - 1 : floor);
    }

    /// <summary>Returns whether both products of three in <c>G+·a - G-·b</c> stay below 2^126 in size, so that 128 bits hold them and their difference.</summary>
    private bool FitsTwoProducts(long a, long b, long upDen, long downDen) =>
        Bits(UpNum) + Bits(a) + Bits(downDen) <= 126 && Bits(DownNum) + Bits(b) + Bits(upDen) <= 126;

    /// <summary>The denominators a change of <paramref name="a"/> kronor up and <paramref name="b"/> down is read with (1 for a side that does not move).</summary>
    private (long Up, long Down) Dens(long a, long b) => (a == 0 ? 1 : UpDen, b == 0 ? 1 : DownDen);

    /// <summary>The number of bits of a long's size: its size is below 2 to that power.</summary>
    private static int Bits(long v) => 64 - BitOperations.LeadingZeroCount(v < 0 ? (ulong)(-(v + 1)) + 1 : (ulong)v);
}
