namespace Trygghet.Rules.Allocation.Internal;

/// <summary>Per application, the range of option positions allowed and whether leaving it unfunded is allowed.</summary>
internal sealed class Restriction
{
    private Restriction(int[] lo, int[] hi, bool[] nothingAllowed)
    {
        Lo = lo;
        Hi = hi;
        NothingAllowed = nothingAllowed;
    }

    public int[] Lo { get; }

    public int[] Hi { get; }

    public bool[] NothingAllowed { get; }

    public static Restriction Root(CanonicalProblem canon) => new(
        new int[canon.Count],
        canon.Cost.Select(c => c.Length - 1).ToArray(),
        canon.MustFund.Select(m => !m).ToArray());

    public Restriction Clone() => new((int[])Lo.Clone(), (int[])Hi.Clone(), (bool[])NothingAllowed.Clone());

    /// <summary>Returns whether the application has no possible choice at all.</summary>
    public bool IsEmpty(int rank) => !NothingAllowed[rank] && Lo[rank] > Hi[rank];

    public Restriction ForbidFunding(int rank)
    {
        var r = Clone();
        r.Hi[rank] = -1;
        return r;
    }

    public Restriction RequireFunding(int rank)
    {
        var r = Clone();
        r.NothingAllowed[rank] = false;
        return r;
    }
}
