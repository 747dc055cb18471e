namespace Trygghet.Rules.Allocation.Internal;

/// <summary>
/// A validated problem in canonical order: applications by ordinal id (the index is the tie-break rank), each
/// application's options sorted by cost with dominated ones removed (an option that costs at least as much as a
/// cheaper one and gives no more impact; of identical options the lowest index stays). In a district with a
/// minimum only options of equal cost are compared, since a dearer option may be what reaches the minimum.
/// </summary>
internal sealed partial class CanonicalProblem
{
    public required AllocationProblem Source { get; init; }

    public required string[] Ids { get; init; }

    public required int[] InputIndex { get; init; }

    public required int[] Board { get; init; }

    public required string[] BoardIds { get; init; }

    /// <summary>Gets the cap per board, <see cref="long.MaxValue"/> when uncapped.</summary>
    public required long[] BoardCap { get; init; }

    public required int[] District { get; init; }

    public required string[] Districts { get; init; }

    /// <summary>Gets the minimum per district, zero when none.</summary>
    public required long[] DistrictMin { get; init; }

    public required bool[] MustFund { get; init; }

    /// <summary>Gets the mutually exclusive groups as sorted ranks, each with at least two members.</summary>
    public required int[][] Groups { get; init; }

    /// <summary>Gets, per group, whether it is merged into one class (otherwise branch and bound enforces it).</summary>
    public required bool[] GroupMerged { get; init; }

    /// <summary>Gets the merged group of each application, or -1.</summary>
    public required int[] MergedGroupOf { get; init; }

    public required long[][] Cost { get; init; }

    public required long[][] Impact { get; init; }

    /// <summary>Gets the index in the input's option list of each canonical option.</summary>
    public required int[][] Original { get; init; }

    public int Count => Ids.Length;

    public long Budget => Source.Budget;

    public bool HasDeferred => DistrictMin.Any(m => m > 0) || GroupMerged.Any(m => !m);

    /// <summary>Returns the canonical position of an input option index, or -1 when it is dominated.</summary>
    public int PositionOf(int rank, int originalIndex) => Array.IndexOf(Original[rank], originalIndex);

    /// <summary>Compares two complete allocations (option position per rank, -1 unfunded) of equal impact and cost.</summary>
    public static int CompareTie(int[] a, int[] b)
    {
        var d = TieDiff.None;
        for (var r = 0; r < a.Length; r++)
        {
            d = d.Merge(TieDiff.ForClass(r, a[r], b[r]));
        }

        return d.Sign;
    }

    public (long Cost, long Impact) Totals(int[] positions)
    {
        long cost = 0, impact = 0;
        for (var r = 0; r < positions.Length; r++)
        {
            if (positions[r] >= 0)
            {
                cost = checked(cost + Cost[r][positions[r]]);
                impact = checked(impact + Impact[r][positions[r]]);
            }
        }

        return (cost, impact);
    }

    /// <summary>Compares two allocations by the full order: impact descending, cost ascending, then the tie-break chain.</summary>
    public int CompareFull(int[] a, int[] b)
    {
        var ta = Totals(a);
        var tb = Totals(b);
        if (ta.Impact != tb.Impact)
        {
            return ta.Impact > tb.Impact ? -1 : 1;
        }

        if (ta.Cost != tb.Cost)
        {
            return ta.Cost < tb.Cost ? -1 : 1;
        }

        return CompareTie(a, b);
    }
}
