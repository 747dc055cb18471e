namespace Trygghet.Rules.Allocation.Internal;

/// <summary>One step along a unit's upper convex hull, ordered by slope descending, then unit, then step.</summary>
internal readonly struct HullIncrement(long dw, long dp, int unit, int step) : IComparable<HullIncrement>
{
    private readonly double approx = (double)dp / dw;

    public long Dw { get; } = dw;

    public long Dp { get; } = dp;

    public int Unit { get; } = unit;

    public int Step { get; } = step;

    /// <summary>
    /// Sorts increments in their order: by their slopes as doubles first (a sort of primitive keys), then each run of
    /// neighbours whose doubles lie within the tolerance of <see cref="CompareTo"/> by the comparison itself. The
    /// division is correctly rounded, so doubles further apart than that are in the exact order already; the order is
    /// total, so the result is the one a sort by <see cref="CompareTo"/> gives.
    /// </summary>
    /// <param name="increments">The increments.</param>
    /// <param name="keys">A buffer at least as long.</param>
    public static void Sort(Span<HullIncrement> increments, Span<double> keys)
    {
        var n = increments.Length;
        keys = keys[..n];
        for (var k = 0; k < n; k++)
        {
            keys[k] = -increments[k].approx;
        }

        keys.Sort(increments);
        for (var start = 0; start < n;)
        {
            var end = start + 1;
            while (end < n && !Apart(keys[end - 1], keys[end]))
            {
                end++;
            }

            if (end - start > 1)
            {
                increments[start..end].Sort();
            }

            start = end;
        }
    }

    private static bool Apart(double a, double b) => Math.Abs(a - b) > 1e-9 * Math.Max(Math.Abs(a), Math.Abs(b));

    public int CompareTo(HullIncrement other)
    {
        var a = approx;
        var b = other.approx;
        if (Apart(a, b))
        {
            return b.CompareTo(a);
        }

        var exact = Slope.Compare(other.Dp, other.Dw, Dp, Dw);
        if (exact != 0)
        {
            return exact;
        }

        return Unit != other.Unit ? Unit.CompareTo(other.Unit) : Step.CompareTo(other.Step);
    }
}
