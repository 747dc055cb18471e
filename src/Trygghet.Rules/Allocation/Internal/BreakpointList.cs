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

    /// <summary>Returns the nearest multiple of the chunk size to a count: a list of that many breakpoints takes another's over without copying (<see cref="AddRange"/>).</summary>
    public static int Aligned(int count) => (count + (EntryMask / 2)) & ~EntryMask;

    /// <summary>
    /// Appends the breakpoints of another list, taking over its chunks (copying its entries only when this list's count
    /// is not <see cref="Aligned"/>); <paramref name="other"/> must not be used afterwards.
    /// </summary>
    public void AddRange(BreakpointList other)
    {
        var offset = changes.Count;
        changes.AddRange(other.changes);
        if (other.changes.Count > 0)
        {
            changesUsed = other.changesUsed;
        }

        if ((Count & EntryMask) == 0)
        {
            foreach (var chunk in other.entries)
            {
                for (var k = 0; k < chunk.Length; k++)
                {
                    chunk[k] = chunk[k] with { Chunk = chunk[k].Chunk + offset };
                }

                entries.Add(chunk);
            }

            Count += other.Count;
            return;
        }

        for (var i = 0; i < other.Count; i++)
        {
            if ((Count & EntryMask) == 0)
            {
                entries.Add(new Entry[EntryMask + 1]);
            }

            var e = other.entries[i >> EntryBits][i & EntryMask];
            entries[^1][Count & EntryMask] = e with { Chunk = e.Chunk + offset };
            Count++;
        }
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
