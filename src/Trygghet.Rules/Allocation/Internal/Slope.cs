namespace Trygghet.Rules.Allocation.Internal;

/// <summary>An exact positive ratio <c>Num / Den</c> (impact per krona) with <c>Den &gt; 0</c>.</summary>
internal readonly record struct Slope(long Num, long Den)
{
    public static int Compare(long n1, long d1, long n2, long d2) => ((Int128)n1 * d2).CompareTo((Int128)n2 * d1);

    public int CompareTo(Slope other) => Compare(Num, Den, other.Num, other.Den);

    public static long FloorDiv(Int128 num, Int128 den)
    {
        var q = Int128.DivRem(num, den);
        var floor = q.Quotient;
        if (q.Remainder != 0 && (q.Remainder < 0) != (den < 0))
        {
            floor--;
        }

        return (long)floor;
    }
}
