namespace Trygghet.Rules.Allocation.Internal;

/// <summary>
/// One class of the compiled multiple-choice knapsack: options sorted by cost with strictly increasing impact; an
/// option of cost zero (always the first) means "fund nothing here". A leaf unit is one application or a merged
/// mutually exclusive group; an aggregate unit is a capped board whose options are its Pareto-optimal allocations.
/// </summary>
internal sealed class Unit
{
    private readonly int[]? leafClass;
    private readonly int[]? leafPosition;
    private readonly int simpleRank = -1;
    private readonly int simpleOffset;
    private readonly StateArena? arena;
    private readonly int[]? node;
    private int[]? ranks;

    private Unit(long[] cost, long[] impact, int minRank, int[]? leafClass, int[]? leafPosition, StateArena? arena, int[]? node)
    {
        Cost = cost;
        Impact = impact;
        MinRank = minRank;
        this.leafClass = leafClass;
        this.leafPosition = leafPosition;
        this.arena = arena;
        this.node = node;
    }

    public long[] Cost { get; }

    public long[] Impact { get; }

    public int Count => Cost.Length;

    public int MinRank { get; }

    public bool HasNothing => Cost[0] == 0;

    public bool IsAggregate => arena is not null;

    private Unit(long[] cost, long[] impact, int rank, int offset)
    {
        Cost = cost;
        Impact = impact;
        MinRank = rank;
        simpleRank = rank;
        simpleOffset = offset;
    }

    /// <summary>Creates a leaf unit for one application whose option k (past the "nothing" option, if any) is canonical position <c>k + offset</c>.</summary>
    public static Unit Simple(long[] cost, long[] impact, int rank, int offset) => new(cost, impact, rank, offset);

    /// <summary>Creates a leaf unit; <paramref name="classes"/>[k] is -1 for the "nothing" option.</summary>
    public static Unit Leaf(long[] cost, long[] impact, int[] classes, int[] positions)
    {
        var min = int.MaxValue;
        foreach (var c in classes)
        {
            if (c >= 0 && c < min)
            {
                min = c;
            }
        }

        return new Unit(cost, impact, min, classes, positions, null, null);
    }

    /// <summary>Creates an aggregate unit over the stages of <paramref name="arena"/>; option k is the chain <paramref name="nodes"/>[k].</summary>
    public static Unit Aggregate(long[] cost, long[] impact, StateArena arena, int[] nodes)
    {
        var min = int.MaxValue;
        for (var s = 0; s < arena.StageCount; s++)
        {
            min = Math.Min(min, arena.UnitAt(s).MinRank);
        }

        return new Unit(cost, impact, min, null, null, arena, nodes);
    }

    public TieDiff Compare(int a, int b)
    {
        if (a == b)
        {
            return TieDiff.None;
        }

        if (arena is not null)
        {
            return arena.Compare(node![a], node[b]);
        }

        if (simpleRank >= 0)
        {
            return TieDiff.ForClass(simpleRank, SimplePosition(a), SimplePosition(b));
        }

        var ca = leafClass![a];
        var cb = leafClass[b];
        if (ca == cb)
        {
            return TieDiff.ForClass(ca, leafPosition![a], leafPosition[b]);
        }

        var d = TieDiff.None;
        if (ca >= 0)
        {
            d = d.Merge(TieDiff.Status(ca, true));
        }

        if (cb >= 0)
        {
            d = d.Merge(TieDiff.Status(cb, false));
        }

        return d;
    }

    private int SimplePosition(int opt) => HasNothing && opt == 0 ? -1 : opt + simpleOffset;

    /// <summary>Gets the ranks of the applications the unit covers, in increasing order.</summary>
    public int[] Ranks => ranks ??= CoveredRanks();

    private int[] CoveredRanks()
    {
        if (simpleRank >= 0)
        {
            return [simpleRank];
        }

        if (arena is null)
        {
            return leafClass!.Where(c => c >= 0).Distinct().Order().ToArray();
        }

        var all = new List<int>();
        for (var s = 0; s < arena.StageCount; s++)
        {
            all.AddRange(arena.UnitAt(s).Ranks);
        }

        all.Sort();
        return [.. all];
    }

    /// <summary>
    /// Writes, for option <paramref name="opt"/>, the units it is made of and the option each takes there, into the
    /// buffers (grown as needed); returns how many. A leaf unit is made of itself; a capped board of its applications'
    /// units, whatever options its list has.
    /// </summary>
    public int Parts(int opt, ref Unit[] parts, ref int[] options)
    {
        var n = arena?.StageCount ?? 1;
        if (parts.Length < n)
        {
            parts = new Unit[n];
            options = new int[n];
        }

        if (arena is null)
        {
            parts[0] = this;
            options[0] = opt;
            return 1;
        }

        arena.Decode(node![opt], options);
        for (var s = 0; s < n; s++)
        {
            parts[s] = arena.UnitAt(s);
        }

        return n;
    }

    /// <summary>Writes the option position chosen for each application covered by option <paramref name="opt"/>.</summary>
    public void Decode(int opt, int[] positionPerClass)
    {
        if (simpleRank >= 0)
        {
            positionPerClass[simpleRank] = SimplePosition(opt);
            return;
        }

        if (arena is null)
        {
            if (leafClass![opt] >= 0)
            {
                positionPerClass[leafClass[opt]] = leafPosition![opt];
            }

            return;
        }

        arena.DecodePositions(node![opt], positionPerClass);
    }
}
