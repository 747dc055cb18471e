namespace Trygghet.Rules.Allocation.Internal;

/// <summary>
/// The bound on what changing the classes outside the core can add: at most <c>G+</c> per krona added (the best
/// up-gradient outside the core) and at least <c>G-</c> per krona lost (the best down-gradient). For a state at
/// slack <c>D</c> the best change gains <c>F(D)</c>: <c>G+·D</c> for <c>D &gt; 0</c>, <c>G+ - G-</c> at
/// <c>D = 0</c>, <c>G-·D</c> for <c>D &lt; 0</c>, with the obvious cases when one side is empty. Exact, in 128-bit integers.
/// </summary>
internal struct CoreBound
{
    public bool HasUp;
    public long UpNum;
    public long UpDen;
    public bool HasDown;
    public long DownNum;
    public long DownDen;

    /// <summary>Gets <c>F(D)</c> as a fraction; returns <see langword="false"/> when no change outside the core is possible.</summary>
    public readonly bool Gain(long slack, out Int128 num, out Int128 den)
    {
        if (slack > 0)
        {
            if (HasUp)
            {
                num = (Int128)UpNum * slack;
                den = UpDen;
                return true;
            }

            if (HasDown)
            {
                num = -(Int128)DownNum;
                den = DownDen;
                return true;
            }
        }
        else if (slack == 0)
        {
            if (HasUp && HasDown)
            {
                num = ((Int128)UpNum * DownDen) - ((Int128)DownNum * UpDen);
                den = (Int128)UpDen * DownDen;
                return true;
            }

            if (HasDown)
            {
                num = -(Int128)DownNum;
                den = DownDen;
                return true;
            }
        }
        else if (HasDown)
        {
            num = (Int128)DownNum * slack;
            den = DownDen;
            return true;
        }

        num = 0;
        den = 1;
        return false;
    }

    /// <summary>Returns whether a change outside the core can bring a state at impact <paramref name="p"/> to at least <paramref name="target"/>.</summary>
    public readonly bool CanReach(long p, long slack, long target)
    {
        if (!Gain(slack, out var num, out var den))
        {
            return false;
        }

        return (Int128)(target - p) * den <= num;
    }

    /// <summary>Returns the best impact a state can reach, itself included when it fits.</summary>
    public readonly long UpperBound(long w, long p, long capacity)
    {
        var best = w <= capacity ? p : long.MinValue;
        if (Gain(capacity - w, out var num, out var den))
        {
            best = Math.Max(best, p + Slope.FloorDiv(num, den));
        }

        return best;
    }
}
