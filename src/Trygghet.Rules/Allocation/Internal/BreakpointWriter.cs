namespace Trygghet.Rules.Allocation.Internal;

/// <summary>
/// Turns allocations, given in increasing budget order, into frontier breakpoints: each with its totals and the
/// choices that differ from the previous allocation, in input order, sharing one <see cref="ClassChoice"/> per
/// application and option.
/// </summary>
internal sealed class BreakpointWriter
{
    private readonly CanonicalProblem canon;
    private readonly int[] byInput;

    // The table of choices the breakpoints refer to: per rank, unfunded then each option, from choiceBase[rank] on.
    private readonly ClassChoice[] choices;
    private readonly int[] choiceBase;
    private readonly int[] previous;
    private readonly int[] changes;
    private long cost;
    private long impact;

    public BreakpointWriter(CanonicalProblem canon)
    {
        this.canon = canon;
        var n = canon.Count;
        byInput = new int[n];
        choiceBase = new int[n];
        var table = new List<ClassChoice>();
        for (var r = 0; r < n; r++)
        {
            byInput[canon.InputIndex[r]] = r;
            var id = canon.Ids[r];
            choiceBase[r] = table.Count;
            table.Add(new ClassChoice(id, -1, 0, 0));
            for (var k = 0; k < canon.Cost[r].Length; k++)
            {
                table.Add(new ClassChoice(id, canon.Original[r][k], canon.Cost[r][k], canon.Impact[r][k]));
            }
        }

        choices = [.. table];
        previous = new int[n];
        Array.Fill(previous, -1);
        changes = new int[n];
        Positions = new int[n];
        Breakpoints = new BreakpointList(choices);
    }

    /// <summary>Creates a writer for another run of the same frontier, sharing <paramref name="sibling"/>'s choices (its breakpoints are its own).</summary>
    public BreakpointWriter(BreakpointWriter sibling)
    {
        canon = sibling.canon;
        byInput = sibling.byInput;
        choices = sibling.choices;
        choiceBase = sibling.choiceBase;
        var n = canon.Count;
        previous = new int[n];
        Array.Fill(previous, -1);
        changes = new int[n];
        Positions = new int[n];
        Breakpoints = new BreakpointList(choices);
    }

    /// <summary>Gets the buffer the next allocation is written into: the option position per rank, -1 for unfunded.</summary>
    public int[] Positions { get; }

    /// <summary>Gets the breakpoints added so far.</summary>
    public BreakpointList Breakpoints { get; }

    /// <summary>Marks every application unfunded in <see cref="Positions"/>.</summary>
    public void Clear() => Array.Fill(Positions, -1);

    /// <summary>Takes the allocation in <see cref="Positions"/> as the one the next breakpoint's changes are counted from, without adding it.</summary>
    public void Start()
    {
        var count = 0;
        foreach (var r in byInput)
        {
            Compare(r, ref count);
        }
    }

    /// <summary>Adds the allocation in <see cref="Positions"/> as the next breakpoint.</summary>
    public void Add()
    {
        var count = 0;
        foreach (var r in byInput)
        {
            Compare(r, ref count);
        }

        Commit(count);
    }

    /// <summary>
    /// Adds the allocation in <see cref="Positions"/> as the next breakpoint when it can differ from the previous one
    /// only at the ranks <paramref name="ranks"/>[0..<paramref name="rankCount"/>) (distinct; reordered here).
    /// </summary>
    public void Add(int[] ranks, int rankCount)
    {
        var input = canon.InputIndex;
        for (var i = 1; i < rankCount; i++)
        {
            var r = ranks[i];
            var key = input[r];
            var j = i - 1;
            while (j >= 0 && input[ranks[j]] > key)
            {
                ranks[j + 1] = ranks[j];
                j--;
            }

            ranks[j + 1] = r;
        }

        var count = 0;
        for (var i = 0; i < rankCount; i++)
        {
            Compare(ranks[i], ref count);
        }

        Commit(count);
    }

    private void Compare(int r, ref int count)
    {
        var now = Positions[r];
        var before = previous[r];
        if (now == before)
        {
            return;
        }

        if (before >= 0)
        {
            cost -= canon.Cost[r][before];
            impact -= canon.Impact[r][before];
        }

        if (now >= 0)
        {
            cost += canon.Cost[r][now];
            impact += canon.Impact[r][now];
        }

        changes[count++] = choiceBase[r] + now + 1;
        previous[r] = now;
    }

    private void Commit(int count) =>
        Breakpoints.Add(cost, impact, changes.AsSpan(0, count));

    /// <summary>Adds an allocation (the option position per rank, -1 for unfunded) as the next breakpoint.</summary>
    public void Add(int[] positions)
    {
        positions.CopyTo(Positions, 0);
        Add();
    }
}
