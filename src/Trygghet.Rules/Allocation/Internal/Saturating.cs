using System.Numerics;

namespace Trygghet.Rules.Allocation.Internal;

/// <summary>Arithmetic on bound readings that holds results within the range of a long instead of overflowing: a reading beyond it is beyond any impact.</summary>
internal static class Saturating
{
    /// <summary>Returns <c>a + b</c>, held within the range of a long.</summary>
    public static long Add(long a, long b)
    {
        var sum = unchecked(a + b);
        return ((a ^ sum) & (b ^ sum)) >= 0 ? sum : b > 0 ? long.MaxValue : long.MinValue;
    }

    /// <summary>Returns <paramref name="v"/>, held within the range of a long.</summary>
    public static long Clamp(Int128 v) => v >= long.MaxValue ? long.MaxValue : v <= long.MinValue ? long.MinValue : (long)v;

    /// <summary>Returns <paramref name="v"/>, held within the range of a long.</summary>
    public static long Clamp(BigInteger v) => v >= long.MaxValue ? long.MaxValue : v <= long.MinValue ? long.MinValue : (long)v;
}
