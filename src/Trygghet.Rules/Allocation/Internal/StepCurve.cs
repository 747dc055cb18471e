namespace Trygghet.Rules.Allocation.Internal;

/// <summary>
/// The most steps that changes outside the core can gain, net, for a given net cost, when the units' steps are not
/// sorted across units (a capped board that stops short of steps other units take), only within each unit: the
/// counting part of the <see cref="CardinalityBound"/> for such problems.
/// </summary>
/// <remarks>
/// <para>
/// Each unit <c>g</c> is looked at through the applications it is made of (a capped board through its applications'
/// own options), at its LP option: its up-steps cost at least <c>wu(g)</c>, its down-steps free at most <c>wd(g)</c>.
/// When <c>wd(g) ≤ wu(g)</c>, a change of <c>g</c> with net cost <c>x</c> gains at most <c>x / wu(g)</c> steps for
/// <c>x ≥ 0</c> and loses at least <c>−x / wd(g)</c> for <c>x &lt; 0</c>, a concave function; and <c>x</c> lies between
/// <c>−L(g)</c>, what its cheapest option frees, and <c>U(g)</c>, what its dearest one adds.
/// </para>
/// <para>
/// The best split of a net cost <c>D</c> over all units is the sup-convolution of those functions: start with every unit
/// at its cheapest option (<c>D = −ΣL</c>), then take the segments, a unit's way back up to its LP option (slope
/// <c>1 / wd</c>) and its way up beyond it (slope <c>1 / wu</c>), in order of decreasing slope. Below <c>−ΣL</c> no change
/// makes a state fit. The curve is kept in floating point and read with a margin upwards, so the count it gives is
/// never below the true one.
/// </para>
/// </remarks>
internal sealed class StepCurve
{
    private readonly long[] x;
    private readonly double[] steps;
    private readonly double[] slope;
    private readonly double margin;

    private StepCurve(long[] x, double[] steps, double[] slope, double margin)
    {
        this.x = x;
        this.steps = steps;
        this.slope = slope;
        this.margin = margin;
    }

    /// <summary>
    /// Builds the curve for every unit but the split unit at its LP option, adding each part's steps to
    /// <paramref name="up"/> and <paramref name="down"/> (for the bound's <c>α</c>); returns <see langword="null"/>, with
    /// the lists partly filled, when some unit's own steps are not sorted (a down-step larger than an up-step).
    /// </summary>
    public static StepCurve? Create(IReadOnlyList<Unit> units, int[] lpOpt, int[] count, int split, List<(long W, long P)> up, List<(long F, long Q)> down)
    {
        var segments = new List<(double Slope, long Length)>();
        long start = 0;
        var lost = 0.0;
        Unit[] parts = [];
        int[] options = [];
        for (var i = 0; i < units.Count; i++)
        {
            if (i == split)
            {
                continue;
            }

            var u = units[i];
            long wu = long.MaxValue, wd = 0;
            var n = u.Parts(lpOpt[i], ref parts, ref options);
            for (var k = 0; k < n; k++)
            {
                // A leaf counts the options that fit the capacity; a board's applications count all of theirs.
                var v = parts[k];
                var (minUp, maxDown) = CardinalityBound.AddSteps(v, options[k], ReferenceEquals(v, u) ? count[i] : v.Count, up, down);
                wu = Math.Min(wu, minUp);
                wd = Math.Max(wd, maxDown);
            }

            if (wu != long.MaxValue && wd > wu)
            {
                return null;
            }

            var rise = u.Cost[count[i] - 1] - u.Cost[lpOpt[i]];
            var fall = u.Cost[lpOpt[i]] - u.Cost[0];
            if (rise > 0 && wu != long.MaxValue)
            {
                segments.Add((1.0 / wu, rise));
            }

            if (fall > 0 && wd > 0)
            {
                segments.Add((1.0 / wd, fall));
                start = checked(start - fall);
                lost += (double)fall / wd;
            }
        }

        if (up.Count == 0)
        {
            return null;
        }

        segments.Sort((a, b) => b.Slope.CompareTo(a.Slope));
        var xs = new long[segments.Count + 1];
        var ss = new double[segments.Count + 1];
        var slopes = new double[segments.Count];
        xs[0] = start;
        ss[0] = -lost;
        var total = lost;
        for (var k = 0; k < segments.Count; k++)
        {
            var (m, length) = segments[k];
            slopes[k] = m;
            xs[k + 1] = checked(xs[k] + length);
            ss[k + 1] = ss[k] + (m * length);
            total += m * length;
        }

        // Each of the k segments adds at most a few units in the last place of the running sum, about (k + 2)·2⁻⁵³ of
        // the total of absolute values in all; 1e-9 of that total covers it for k up to millions of segments.
        return new StepCurve(xs, ss, slopes, (1e-9 * total) + 1e-6);
    }

    /// <summary>Returns an integer at least the most net steps a change of net cost at most <paramref name="slack"/> gains, or <see cref="long.MinValue"/> when no change frees enough.</summary>
    public long Steps(long slack)
    {
        if (slack < x[0])
        {
            return long.MinValue;
        }

        var k = slack >= x[^1] ? x.Length - 1 : ParetoMerge.UpperBound(x, x.Length, slack) - 1;
        var s = k == x.Length - 1 ? steps[k] : steps[k] + (slope[k] * (slack - x[k]));

        // A count is at most the number of steps, far inside a long; the clamp only keeps the cast defined.
        return (long)Math.Clamp(Math.Floor(s + margin), -1e18, 1e18);
    }
}
