using System.Buffers;
using System.Runtime.InteropServices;

namespace Trygghet.Rules.Allocation.Internal;

/// <summary>
/// A bound on what changing the classes outside the core can add to a state, tight where the gradient bound
/// (<see cref="CoreBound"/>) is weak: instances whose impacts are costs plus a fixed amount per step (strongly
/// correlated, after Pisinger), where every class near the split has almost the split's gradient and spare kronor
/// look valuable to a linear bound although they buy nothing.
/// </summary>
/// <remarks>
/// <para>
/// Every change outside the core is a sequence of steps between neighbouring options of a class: up-steps
/// (cost <c>w</c> &gt; 0, impact <c>p</c>) from its LP option towards dearer ones, and down-steps (freeing <c>f</c>,
/// losing <c>q</c>) towards cheaper ones. For a rational <c>α ≥ 0</c> write <c>Bu = max(0, max(p − αw))</c> over the
/// up-steps and <c>Bd = min(q − αf)</c> over the down-steps. If <c>Bd ≥ Bu</c> and the smallest up-step <c>wu</c> is
/// at least the largest down-step, then <c>nu</c> up-steps and <c>nd</c> down-steps whose net cost fits a slack
/// <c>D</c> gain at most <c>αD + Bu·nu − Bd·nd ≤ αD + Bu·(nu − nd)</c>, and <c>(nu − nd)·wu ≤ D</c>; so the gain is at
/// most <c>αD + Bu·⌊D / wu⌋</c>, for any sign of <c>D</c>. Cardinality bounds of this kind are what Martello, Pisinger
/// and Toth's <i>combo</i> adds to the linear bound.
/// </para>
/// <para>
/// The smallest such <c>α</c> is found in floating point and then checked exactly with <c>α</c> a multiple of
/// 2<sup>-30</sup>; comparisons are exact (128-bit). The bound takes every class but the split class into account,
/// core classes included, which can only make it weaker, never wrong. When no <c>α</c> qualifies the bound is inactive.
/// </para>
/// <para>
/// Where the steps are not sorted across units (a capped board whose cap stops it short of steps that other units
/// take, so that its smallest up-step is below their largest down-step), the count <c>⌊D / wu⌋</c> is replaced by a
/// <see cref="StepCurve"/>: each unit seen through its applications' own steps, sorted within the unit, and limited to
/// what its dearest and cheapest options allow, so that a board at its cap can gain at most the steps its cap leaves
/// room for.
/// </para>
/// </remarks>
internal readonly struct CardinalityBound
{
    private const int DenBits = 30;
    private const long Den = 1L << DenBits;

    /// <summary>The largest numerator of α taken from the floating-point search (2^62: its ceiling stays a long).</summary>
    private const double MaxAlphaNum = 4.611686018427388E+18;

    /// <summary>The size below which each of the two products of a reading is taken in 64 bits.</summary>
    private const long FastLimit = 1L << 61;

    private readonly long alphaNum;
    private readonly Int128 bonus;
    private readonly bool bonusFitsLong;
    private readonly long upStep;
    private readonly StepCurve? curve;
    private readonly long fastSlack;
    private readonly long fastSteps;

    private CardinalityBound(long alphaNum, Int128 bonus, long upStep, StepCurve? curve)
    {
        this.alphaNum = alphaNum;
        this.bonus = bonus;
        bonusFitsLong = bonus >= long.MinValue && bonus <= long.MaxValue;
        this.upStep = upStep;
        this.curve = curve;
        IsActive = true;

        // Within these, both products and their sum stay below 2^63 in size, so that a reading needs no 128-bit arithmetic.
        fastSlack = alphaNum == 0 ? long.MaxValue : FastLimit / Math.Abs(alphaNum);
        fastSteps = bonus == 0 ? long.MaxValue : bonusFitsLong ? FastLimit / Math.Abs((long)bonus) : -1;
    }

    /// <summary>Gets a value indicating whether the bound applies; an inactive bound lets every state through.</summary>
    public bool IsActive { get; }

    /// <summary>Gets <c>α·2^30</c>, <c>Bu·2^30</c>, the smallest up-step and whether a step curve counts the steps instead: what a reading is made of.</summary>
    internal (long AlphaNum, Int128 Bonus, long UpStep, bool HasCurve) Parameters => (alphaNum, bonus, upStep, curve is not null);

    /// <summary>Builds the bound for units at their LP options, or an inactive one when no <c>α</c> qualifies.</summary>
    /// <param name="units">The units.</param>
    /// <param name="lpOpt">Each unit's LP option.</param>
    /// <param name="count">Each unit's number of options that fit the capacity.</param>
    /// <param name="split">The split unit, which is always in the core.</param>
    public static CardinalityBound Create(IReadOnlyList<Unit> units, int[] lpOpt, int[] count, int split)
    {
        // First the cheap test that rules most instances out: every up-step at least as large as every down-step.
        long wu = long.MaxValue, wd = 0;
        for (var i = 0; i < units.Count; i++)
        {
            var c = units[i].Cost;
            if (i != split && lpOpt[i] + 1 < count[i])
            {
                wu = Math.Min(wu, MinStep(c, lpOpt[i], count[i] - 1));
            }

            if (i != split && lpOpt[i] > 0)
            {
                wd = Math.Max(wd, MaxStep(c, 0, lpOpt[i]));
            }
        }

        if (wu == long.MaxValue)
        {
            return default;
        }

        // Room for every step of the units as they stand (a step curve may add the applications' own).
        int upCount = 0, downCount = 0;
        for (var i = 0; i < units.Count; i++)
        {
            upCount += i == split ? 0 : Math.Max(0, count[i] - 1 - lpOpt[i]);
            downCount += i == split ? 0 : lpOpt[i];
        }

        var up = new List<(long W, long P)>(upCount);
        var down = new List<(long F, long Q)>(downCount);
        StepCurve? curve = null;
        if (wd <= wu)
        {
            for (var i = 0; i < units.Count; i++)
            {
                if (i == split)
                {
                    continue;
                }

                var u = units[i];
                AddSteps(u, lpOpt[i], count[i], up, down);
            }
        }
        else if (!units.Any(u => u.IsAggregate) || (curve = StepCurve.Create(units, lpOpt, count, split, up, down)) is null)
        {
            // Without a capped board, unsorted steps are what costs and impacts drawn apart look like, where α rarely
            // qualifies: looking for one would cost a pass over every step of every option, each time a search grows.
            return default;
        }

        // The largest rate of any step (at least 0 when there is no step down): α lies below it.
        var hi = down.Count == 0 ? 0 : double.MinValue;
        foreach (var (w, p) in up)
        {
            hi = Math.Max(hi, (double)p / w);
        }

        foreach (var (f, q) in down)
        {
            hi = Math.Max(hi, (double)q / f);
        }

        var upSteps = Envelope(up, upper: true);
        var downSteps = Envelope(down, upper: false);

        // The floating-point α, checked exactly; where it fails or there is none, the exact breakpoints may still qualify.
        // An α of 2^32 or more (impacts billions of times their costs) has no 64-bit numerator here: only the breakpoints may qualify.
        var alphaNum = FindSmallestAlpha(upSteps, downSteps, hi) is { } alpha && alpha * Den < MaxAlphaNum ? (long)Math.Ceiling(alpha * Den) : -1;
        var (bu, bd) = alphaNum >= 0 ? Exact(upSteps, downSteps, alphaNum) : (0, -1);
        if (bd < bu && BreakpointAlpha(upSteps, downSteps) is { } exact)
        {
            alphaNum = exact;
            (bu, bd) = Exact(upSteps, downSteps, alphaNum);
        }

        return bd >= bu ? new CardinalityBound(alphaNum, bu, wu, curve) : default;
    }

    /// <summary>
    /// Adds the steps of a unit's options <c>[0, top)</c> away from option <paramref name="at"/>: up towards dearer ones,
    /// down towards cheaper ones; returns the smallest up-step (<see cref="long.MaxValue"/> when none) and the largest
    /// down-step (0 when none).
    /// </summary>
    internal static (long MinUp, long MaxDown) AddSteps(Unit u, int at, int top, List<(long W, long P)> up, List<(long F, long Q)> down)
    {
        long minUp = long.MaxValue, maxDown = 0;
        for (var j = at; j + 1 < top; j++)
        {
            var w = u.Cost[j + 1] - u.Cost[j];
            minUp = Math.Min(minUp, w);
            up.Add((w, u.Impact[j + 1] - u.Impact[j]));
        }

        for (var j = at; j > 0; j--)
        {
            var f = u.Cost[j] - u.Cost[j - 1];
            maxDown = Math.Max(maxDown, f);
            down.Add((f, u.Impact[j] - u.Impact[j - 1]));
        }

        return (minUp, maxDown);
    }

    /// <summary>
    /// Returns, exactly, the most impact a change outside the core can bring a state at impact <paramref name="p"/> with
    /// slack <paramref name="slack"/> to (<see cref="long.MinValue"/> when none can free that much, <see cref="long.MaxValue"/>
    /// when the bound is inactive), so that one reading answers every target. It never falls as the slack grows.
    /// </summary>
    public long Reach(long p, long slack)
    {
        if (!IsActive)
        {
            return long.MaxValue;
        }

        var steps = Steps(slack);
        if (steps == long.MinValue)
        {
            return long.MinValue;
        }

        if (slack >= -fastSlack && slack <= fastSlack && steps >= -fastSteps && steps <= fastSteps)
        {
            // Most readings: the scaled gain fits 64 bits, and so does the gain; only the sum with p can overflow.
            return Saturating.Add(p, unchecked((alphaNum * slack) + ((long)bonus * steps)) >> DenBits);
        }

        // The scaled gain over 2^30, rounded down, by a shift.
        return Saturating.Clamp(p + (ScaledGain(slack, steps) >> DenBits));
    }

    /// <summary>Returns the best impact a state can reach (<see cref="long.MinValue"/> when no change outside the core makes it fit), or <see cref="long.MaxValue"/> when the bound is inactive.</summary>
    public long UpperBound(long w, long p, long capacity) => Reach(p, capacity - w);

    /// <summary>Returns the most steps a change outside the core can gain with <paramref name="slack"/>, or <see cref="long.MinValue"/> when it cannot free that much.</summary>
    private long Steps(long slack) => curve is null ? FloorDiv(slack, upStep) : curve.Steps(slack);

    private static long FloorDiv(long a, long b)
    {
        var (q, r) = Math.DivRem(a, b);
        return r != 0 && (r < 0) != (b < 0) ? q - 1 : q;
    }

    /// <summary>
    /// Returns <c>α·slack + Bu·steps</c> times 2^30. The products of two 64-bit numbers cannot overflow, so they are taken
    /// whole; a bonus beyond 64 bits (amounts near 2^63) saturates at ±2^126, far beyond any impact once divided by 2^30.
    /// </summary>
    private Int128 ScaledGain(long slack, long steps)
    {
        var rate = Product(alphaNum, slack);
        if (bonusFitsLong || steps == 0)
        {
            return rate + Product(unchecked((long)bonus), steps);
        }

        var limit = Int128.One << 126;
        var most = limit / Int128.Abs(steps);
        return rate + (Int128.Abs(bonus) <= most ? bonus * steps : (bonus < 0) != (steps < 0) ? -limit : limit);
    }

    private static Int128 Product(long a, long b)
    {
        var high = Math.BigMul(a, b, out var low);
        return new Int128(unchecked((ulong)high), unchecked((ulong)low));
    }

    private static long MinStep(long[] cost, int from, int to)
    {
        var min = long.MaxValue;
        for (var j = from; j < to; j++)
        {
            min = Math.Min(min, cost[j + 1] - cost[j]);
        }

        return min;
    }

    private static long MaxStep(long[] cost, int from, int to)
    {
        var max = 0L;
        for (var j = from; j < to; j++)
        {
            max = Math.Max(max, cost[j + 1] - cost[j]);
        }

        return max;
    }

    /// <summary>
    /// Reduces steps to those that can attain <c>max(p − αw)</c> (the upper convex envelope) or <c>min(p − αw)</c> (the
    /// lower one) for some <c>α</c>, so that the search for <c>α</c> looks at a handful of points.
    /// </summary>
    private static (long W, long P)[] Envelope(List<(long W, long P)> steps, bool upper)
    {
        // Sorted by cost alone, as two arrays of longs (a sort of primitive keys, far quicker than one of tuples). Of steps
        // of equal cost only one can be on the envelope: the one with the highest impact for an upper one, the lowest for
        // a lower one.
        var n = steps.Count;
        var costs = ArrayPool<long>.Shared.Rent(n);
        var impacts = ArrayPool<long>.Shared.Rent(n);
        try
        {
            var source = CollectionsMarshal.AsSpan(steps);
            for (var k = 0; k < n; k++)
            {
                (costs[k], impacts[k]) = source[k];
            }

            costs.AsSpan(0, n).Sort(impacts.AsSpan(0, n));
            var hull = new List<(long W, long P)>();
            for (var k = 0; k < n;)
            {
                var w = costs[k];
                var p = impacts[k];
                for (k++; k < n && costs[k] == w; k++)
                {
                    p = upper ? Math.Max(p, impacts[k]) : Math.Min(p, impacts[k]);
                }

                while (hull.Count >= 2)
                {
                    var (aw, ap) = hull[^2];
                    var (bw, bp) = hull[^1];
                    // Products of two longs always fit in 128 bits: taken whole, without a checked 128-bit multiply.
                    var cross = Product(bw - aw, p - ap) - Product(bp - ap, w - aw);
                    if (upper ? cross >= 0 : cross <= 0)
                    {
                        hull.RemoveAt(hull.Count - 1);
                    }
                    else
                    {
                        break;
                    }
                }

                hull.Add((w, p));
            }

            return [.. hull];
        }
        finally
        {
            ArrayPool<long>.Shared.Return(costs);
            ArrayPool<long>.Shared.Return(impacts);
        }
    }

    /// <summary>Returns the exact <c>Bu·2^30</c> and <c>Bd·2^30</c> for <c>α = alphaNum / 2^30</c>.</summary>
    private static (Int128 Bu, Int128 Bd) Exact((long W, long P)[] up, (long F, long Q)[] down, long alphaNum)
    {
        Int128 bu = 0;
        foreach (var (w, p) in up)
        {
            var b = ((Int128)p * Den) - ((Int128)alphaNum * w);
            if (b > bu)
            {
                bu = b;
            }
        }

        var bd = Int128.MaxValue;
        foreach (var (f, q) in down)
        {
            var b = ((Int128)q * Den) - ((Int128)alphaNum * f);
            if (b < bd)
            {
                bd = b;
            }
        }

        return (bu, bd);
    }

    /// <summary>
    /// Tries, exactly, the <c>α</c> at which the margin can peak: the slopes between neighbouring points of either
    /// envelope, where <c>Bu</c> or <c>Bd</c> changes slope. Where the feasible set is a single point (every step's impact
    /// its cost times the same rate plus the same amount, so that all lines meet at one <c>α</c>), floating point cannot
    /// land on it; this does when the rate is a multiple of 2<sup>-30</sup> (1, say), as <c>α</c> is rounded up to one.
    /// Returns the smallest that qualifies, or <see langword="null"/>.
    /// </summary>
    private static long? BreakpointAlpha((long W, long P)[] up, (long F, long Q)[] down)
    {
        var candidates = StepCountBound.Candidates(up).Concat(StepCountBound.Candidates(down)).ToList();
        candidates.Sort();
        foreach (var alphaNum in candidates)
        {
            var (bu, bd) = Exact(up, down, alphaNum);
            if (bd >= bu)
            {
                return alphaNum;
            }
        }

        return null;
    }

    /// <summary>
    /// The smallest <c>α</c> in [0, <paramref name="hi"/>] with <c>Bd(α) ≥ max(Bu(α), 0)</c>, in floating point, or
    /// <see langword="null"/> when there is none. The margin is concave in <c>α</c>, so its feasible set is an interval:
    /// a ternary search finds its peak, then a bisection the left end.
    /// </summary>
    private static double? FindSmallestAlpha((long W, long P)[] up, (long F, long Q)[] down, double hi)
    {
        double Margin(double alpha)
        {
            var bu = 0.0;
            foreach (var (w, p) in up)
            {
                bu = Math.Max(bu, p - (alpha * w));
            }

            var bd = double.MaxValue;
            foreach (var (f, q) in down)
            {
                bd = Math.Min(bd, q - (alpha * f));
            }

            return bd - bu;
        }

        double lo = 0, top = hi;
        if (Margin(0) < 0)
        {
            for (var k = 0; k < 80 && top - lo > 1e-12 * Math.Max(1, hi); k++)
            {
                var m1 = lo + ((top - lo) / 3);
                var m2 = top - ((top - lo) / 3);
                if (Margin(m1) < Margin(m2))
                {
                    lo = m1;
                }
                else
                {
                    top = m2;
                }
            }

            var peak = (lo + top) / 2;
            if (Margin(peak) < 0)
            {
                return null;
            }

            // Margin(left) < 0 <= Margin(right) throughout: once the two are neighbouring doubles, nothing changes.
            double left = 0, right = peak;
            for (var k = 0; k < 80; k++)
            {
                var mid = (left + right) / 2;
                if (mid == left || mid == right)
                {
                    break;
                }

                if (Margin(mid) >= 0)
                {
                    right = mid;
                }
                else
                {
                    left = mid;
                }
            }

            return right;
        }

        return 0;
    }
}
