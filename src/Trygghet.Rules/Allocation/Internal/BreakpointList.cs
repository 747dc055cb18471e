using System.Collections;

namespace Trygghet.Rules.Allocation.Internal;

/// <summary>
/// Frontier breakpoints stored in chunks (totals, and every breakpoint's changes end to end), so that a frontier of
/// tens of thousands of breakpoints is a few dozen small arrays rather than tens of thousands of objects or arrays on
/// the large-object heap; each breakpoint is made when it is read.
/// </summary>
internal sealed class BreakpointList : IReadOnlyList<FrontierBreakpoint>
{
    // 2 048 entries of 32 bytes and 8 192 references both make 64 KB chunks, below the large-object threshold.
    private const int EntryBits = 11;
    private const int EntryMask = (1 << EntryBits) - 1;
    private const int ChangeChunk = 8_192;

    private readonly List<Entry[]> entries = [];
    private readonly List<ClassChoice[]> changes = [];
    private int changesUsed;

    /// <summary>Gets the number of breakpoints.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the breakpoint at an index; its changes are a view of this list's storage.</summary>
    /// <param name="index">The index, from zero.</param>
    public FrontierBreakpoint this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var e = entries[index >> EntryBits][index & EntryMask];
            return new FrontierBreakpoint(e.Budget, e.Impact, new ArraySegment<ClassChoice>(changes[e.Chunk], e.Start, e.Length));
        }
    }

    /// <summary>Appends a breakpoint.</summary>
    public void Add(long budget, long impact, ReadOnlySpan<ClassChoice> choices)
    {
        if ((Count & EntryMask) == 0)
        {
            entries.Add(new Entry[EntryMask + 1]);
        }

        // A breakpoint's changes stay in one chunk; one larger than a chunk gets an array of its own.
        if (changes.Count == 0 || changes[^1].Length - changesUsed < choices.Length)
        {
            changes.Add(new ClassChoice[Math.Max(ChangeChunk, choices.Length)]);
            changesUsed = 0;
        }

        choices.CopyTo(changes[^1].AsSpan(changesUsed));
        entries[^1][Count & EntryMask] = new Entry(budget, impact, changes.Count - 1, changesUsed, choices.Length);
        changesUsed += choices.Length;
        Count++;
    }

    public IEnumerator<FrontierBreakpoint> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private readonly record struct Entry(long Budget, long Impact, int Chunk, int Start, int Length);
}
