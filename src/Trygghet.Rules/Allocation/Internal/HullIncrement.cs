namespace Trygghet.Rules.Allocation.Internal;

/// <summary>One step along a unit's upper convex hull, ordered by slope descending, then unit, then step.</summary>
internal readonly struct HullIncrement(long dw, long dp, int unit, int step) : IComparable<HullIncrement>
{
    private readonly double approx = (double)dp / dw;

    public long Dw { get; } = dw;

    public long Dp { get; } = dp;

    public int Unit { get; } = unit;

    public int Step { get; } = step;

    public int CompareTo(HullIncrement other)
    {
        var a = approx;
        var b = other.approx;
        if (Math.Abs(a - b) > 1e-9 * Math.Max(Math.Abs(a), Math.Abs(b)))
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
