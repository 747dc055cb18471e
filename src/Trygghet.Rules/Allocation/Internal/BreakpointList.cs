using System.Collections;

namespace Trygghet.Rules.Allocation.Internal;

/// <summary>
/// Frontier breakpoints stored in chunks (totals, and every breakpoint's changes end to end as indexes into one table
/// of shared choices), so that a frontier of tens of thousands of breakpoints is a few dozen small arrays, none of
/// them on the large-object heap and none of the changes a reference the collector has to trace; each breakpoint is
/// made when it is read.
/// </summary>
internal sealed class BreakpointList : IReadOnlyList<FrontierBreakpoint>
{
    // 2 048 entries of 32 bytes and 16 384 indexes both make 64 KB chunks, below the large-object threshold.
    private const int EntryBits = 11;
    private const int EntryMask = (1 << EntryBits) - 1;
    private const int ChangeChunk = 16_384;

    private readonly ClassChoice[] choices;
    private readonly List<Entry[]> entries = [];
    private readonly List<int[]> changes = [];
    private int changesUsed;

    /// <summary>Creates a list whose changes are indexes into <paramref name="choices"/>.</summary>
    /// <param name="choices">The choices the breakpoints' changes refer to.</param>
    public BreakpointList(ClassChoice[] choices) => this.choices = choices;

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
            return new FrontierBreakpoint(e.Budget, e.Impact, new ChoiceSlice(choices, changes[e.Chunk], e.Start, e.Length));
        }
    }

    /// <summary>The breakpoints per chunk of entries: a list of a multiple of them takes another's over without copying (<see cref="AddRange"/>).</summary>
    public const int ChunkSize = EntryMask + 1;

    /// <summary>Appends a breakpoint whose changes are the choices at <paramref name="changed"/> in the table.</summary>
    public void Add(long budget, long impact, ReadOnlySpan<int> changed)
    {
        if ((Count & EntryMask) == 0)
        {
            entries.Add(new Entry[EntryMask + 1]);
        }

        // A breakpoint's changes stay in one chunk; one larger than a chunk gets an array of its own.
        if (changes.Count == 0 || changes[^1].Length - changesUsed < changed.Length)
        {
            changes.Add(new int[Math.Max(ChangeChunk, changed.Length)]);
            changesUsed = 0;
        }

        changed.CopyTo(changes[^1].AsSpan(changesUsed));
        entries[^1][Count & EntryMask] = new Entry(budget, impact, changes.Count - 1, changesUsed, changed.Length);
        changesUsed += changed.Length;
        Count++;
    }

    /// <summary>
    /// Appends the breakpoints of another list over the same choices, taking over its chunks (copying its entries only
    /// when this list's count is not a multiple of <see cref="ChunkSize"/>); <paramref name="other"/> must not be used afterwards.
    /// </summary>
    public void AddRange(BreakpointList other)
    {
        if (!ReferenceEquals(other.choices, choices))
        {
            throw new ArgumentException("The lists refer to different choices.", nameof(other));
        }

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

    /// <summary>One breakpoint's changes: a run of indexes into the table of choices; equal to another view of the same run.</summary>
    private readonly record struct ChoiceSlice(ClassChoice[] Choices, int[] Chunk, int Start, int Length) : IReadOnlyList<ClassChoice>
    {
        public int Count => Length;

        public ClassChoice this[int index]
        {
            get
            {
                ArgumentOutOfRangeException.ThrowIfNegative(index);
                ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Length);
                return Choices[Chunk[Start + index]];
            }
        }

        public IEnumerator<ClassChoice> GetEnumerator()
        {
            for (var i = 0; i < Length; i++)
            {
                yield return Choices[Chunk[Start + i]];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
