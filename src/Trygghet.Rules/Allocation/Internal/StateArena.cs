using System.Buffers;
using System.Runtime.CompilerServices;

namespace Trygghet.Rules.Allocation.Internal;

/// <summary>
/// Persistent chains of choices that differ from a base choice, one node per deviation, so that a dynamic-programming
/// state remembers its allocation in constant space. Stage <c>s</c> holds one unit and its base option.
/// </summary>
/// <remarks>
/// Nodes are stored whole (parent, stage and option side by side, so that following a chain touches one cache line per
/// node) in fixed-size chunks, so that the arena grows without copying. A pooled arena takes its chunks from the
/// shared array pool and gives them back on <see cref="Release"/>.
/// </remarks>
internal sealed class StateArena
{
    private const int ChunkBits = 14;
    private const int ChunkMask = (1 << ChunkBits) - 1;

    private readonly List<Unit> units = [];
    private readonly bool pooled;
    private Node[][] chunks = [[], null!, null!, null!];
    private int[] baseOption = new int[16];

    public StateArena()
    {
    }

    private StateArena(bool pooled) => this.pooled = pooled;

    public int Count { get; private set; }

    public int StageCount => units.Count;

    public Unit UnitAt(int s) => units[s];

    public int BaseAt(int s) => baseOption[s];

    public int AddStage(Unit unit, int baseOpt)
    {
        if (units.Count == baseOption.Length)
        {
            Array.Resize(ref baseOption, checked(baseOption.Length * 2));
        }

        baseOption[units.Count] = baseOpt;
        units.Add(unit);
        return units.Count - 1;
    }

    /// <summary>Returns the node for a choice at a stage: the parent itself when the choice is the base one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int NodeFor(int parentNode, int s, int opt)
    {
        if (opt == baseOption[s])
        {
            return parentNode;
        }

        return Add(new Node(parentNode, s, opt));
    }

    /// <summary>Makes room for <paramref name="n"/> nodes after the last one without adding them; returns the first one's number. <see cref="Put"/> fills them, <see cref="Commit"/> adds them.</summary>
    public int Reserve(int n)
    {
        var first = Count;
        var end = checked(first + n);
        for (var k = first; k < end;)
        {
            var c = k >> ChunkBits;
            var chunk = c < chunks.Length ? chunks[c] : null;
            if (chunk is null || (k & ChunkMask) >= chunk.Length)
            {
                Grow(k);
                continue;
            }

            k = (c << ChunkBits) + chunk.Length;
        }

        return first;
    }

    /// <summary>
    /// Readies the arena to add up to <paramref name="n"/> more nodes while another thread reads the nodes it holds: the
    /// table of chunks gets room for them and a small first chunk its full size, so that adding them only ever fills a
    /// new slot of the table (nodes in chunks, and chunks in the table, never move while it is read).
    /// </summary>
    public void PrepareToAdd(long n)
    {
        var last = (Count + n) >> ChunkBits;
        while (last >= chunks.Length)
        {
            Array.Resize(ref chunks, checked(chunks.Length * 2));
        }

        if (!pooled && n > 0 && chunks[0].Length <= ChunkMask)
        {
            Array.Resize(ref chunks[0], ChunkMask + 1);
        }
    }

    /// <summary>Writes the nodes of a buffer, in order, as choices at stage <paramref name="s"/>, into reserved room from node <paramref name="first"/> on; safe beside another thread putting other nodes.</summary>
    public void Put(int s, NodeBuffer nodes, int first)
    {
        var parents = nodes.Parents;
        var options = nodes.Options;
        for (var k = 0; k < parents.Length; k++)
        {
            var n = first + k;
            chunks[n >> ChunkBits][n & ChunkMask] = new Node(parents[k], s, options[k]);
        }
    }

    /// <summary>Adds <paramref name="n"/> reserved nodes, all put.</summary>
    public void Commit(int n) => Count = checked(Count + n);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Add(Node node)
    {
        var n = Count;
        var i = n & ChunkMask;
        var c = n >> ChunkBits;
        var chunk = c < chunks.Length ? chunks[c] : null;
        if (chunk is null || i == chunk.Length)
        {
            chunk = Grow(n);
        }

        chunk[i] = node;
        Count = n + 1;
        return n;
    }

    /// <summary>Creates an arena whose chunks come from the shared array pool; <see cref="Release"/> gives them back.</summary>
    public static StateArena Rent() => new(pooled: true);

    /// <summary>Gives a pooled arena's chunks back; the arena, and every chain in it, must not be used afterwards.</summary>
    public void Release()
    {
        if (pooled)
        {
            foreach (var chunk in chunks)
            {
                if (chunk is { Length: > 0 })
                {
                    ArrayPool<Node>.Shared.Return(chunk);
                }
            }
        }

        chunks = [[]];
        Count = 0;
    }

    /// <summary>Makes room for node <paramref name="n"/>: the first chunk grows from small (most arenas stay small) unless pooled, later ones come whole.</summary>
    private Node[] Grow(int n)
    {
        var c = n >> ChunkBits;
        if (c == 0 && !pooled)
        {
            Array.Resize(ref chunks[0], Math.Max(64, chunks[0].Length * 2));
            return chunks[0];
        }

        if (c == chunks.Length)
        {
            Array.Resize(ref chunks, checked(chunks.Length * 2));
        }

        chunks[c] = pooled ? ArrayPool<Node>.Shared.Rent(ChunkMask + 1) : new Node[ChunkMask + 1];
        return chunks[c];
    }

    /// <summary>
    /// Walks two chains one stage back: the later of their current stages (both when equal), with the option each takes
    /// there (the base option where a chain has no node for it); returns that stage.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int Step(ref int a, ref int b, out int oa, out int ob)
    {
        var na = a < 0 ? Node.Root : At(a);
        var nb = b < 0 ? Node.Root : At(b);
        if (na.Stage > nb.Stage)
        {
            oa = na.Option;
            ob = baseOption[na.Stage];
            a = na.Parent;
            return na.Stage;
        }

        if (nb.Stage > na.Stage)
        {
            oa = baseOption[nb.Stage];
            ob = nb.Option;
            b = nb.Parent;
            return nb.Stage;
        }

        oa = na.Option;
        ob = nb.Option;
        a = na.Parent;
        b = nb.Parent;
        return na.Stage;
    }

    private ref readonly Node At(int n) => ref chunks[n >> ChunkBits][n & ChunkMask];

    /// <summary>Compares the allocations of two chains.</summary>
    public TieDiff Compare(int a, int b)
    {
        var d = TieDiff.None;
        while (a != b)
        {
            var s = Step(ref a, ref b, out var oa, out var ob);

            if (oa != ob)
            {
                d = d.Merge(units[s].Compare(oa, ob));
            }
        }

        return d;
    }

    /// <summary>
    /// Lists the stages at which chain <paramref name="b"/> chooses differently from chain <paramref name="a"/>, each with
    /// the option <paramref name="b"/> takes there, in decreasing stage order; returns how many.
    /// </summary>
    public int Differences(int a, int b, int[] stages, int[] options)
    {
        var count = 0;
        while (a != b)
        {
            var s = Step(ref a, ref b, out var oa, out var ob);

            if (oa != ob)
            {
                stages[count] = s;
                options[count] = ob;
                count++;
            }
        }

        return count;
    }

    /// <summary>Compares two candidate states made at stage <paramref name="s"/> from their parents and choices.</summary>
    public int CompareCandidates(int parentA, int optA, int parentB, int optB, int s)
    {
        var d = optA != optB ? units[s].Compare(optA, optB) : TieDiff.None;
        return d.Merge(Compare(parentA, parentB)).Sign;
    }

    /// <summary>Compares a candidate state made at stage <paramref name="s"/> with a chain made at that stage or before.</summary>
    public int CompareCandidateWithChain(int parentA, int optA, int s, int chain)
    {
        int optB, rest;
        if (chain >= 0 && At(chain).Stage == s)
        {
            optB = At(chain).Option;
            rest = At(chain).Parent;
        }
        else
        {
            optB = baseOption[s];
            rest = chain;
        }

        return CompareCandidates(parentA, optA, rest, optB, s);
    }

    /// <summary>Writes the option position of every application the stages' units cover along a chain; stages not on the chain contribute their base option.</summary>
    public void DecodePositions(int chain, int[] positionPerClass)
    {
        // A chain visits stages in decreasing order, each at most once; the units cover disjoint applications.
        var n = chain;
        for (var s = units.Count - 1; s >= 0; s--)
        {
            var opt = baseOption[s];
            if (n >= 0 && At(n).Stage == s)
            {
                opt = At(n).Option;
                n = At(n).Parent;
            }

            units[s].Decode(opt, positionPerClass);
        }
    }

    /// <summary>Writes the option of every stage's unit along a chain; stages not on the chain get their base option.</summary>
    public void Decode(int chain, int[] optionPerStage)
    {
        Array.Copy(baseOption, optionPerStage, units.Count);

        // A chain visits stages in decreasing order, each at most once.
        for (var n = chain; n >= 0; n = At(n).Parent)
        {
            optionPerStage[At(n).Stage] = At(n).Option;
        }
    }

    /// <summary>One deviation: the option taken at a stage, and the chain of the stages before it.</summary>
    private readonly record struct Node(int Parent, int Stage, int Option)
    {
        /// <summary>Gets the stand-in for the empty chain: below every stage.</summary>
        public static Node Root { get; } = new(-1, -1, -1);
    }
}
