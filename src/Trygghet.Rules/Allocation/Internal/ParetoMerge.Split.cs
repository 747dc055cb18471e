using System.Diagnostics;

namespace Trygghet.Rules.Allocation.Internal;

/// <summary>
/// A large merge split in two at a cost, both halves merged at once. The candidates cheaper than the split go to the
/// first half, the rest to the second, which starts from the highest impact the first half's candidates reach (the
/// source list's impacts rise with its costs, so that is one read per option). The first half adds its states and
/// nodes as the merge in one piece would; the second records its own, numbered from a mark, and they are appended
/// after the first's, so that the list, the nodes and their numbering are exactly those of the merge in one piece.
/// </summary>
internal static partial class ParetoMerge
{
    /// <summary>The fewest candidates (states times options) worth splitting a merge for.</summary>
    public const long SplitCandidates = 16_384;

    /// <summary>Returns whether a merge under a cost ceiling may be split: few enough options to merge by scanning, enough candidates, and node numbers that stay below the buffers' mark.</summary>
    public static bool CanSplit(ParetoList src, Unit unit, int[] options, int optionCount, int stage, StateArena arena) =>
        optionCount is > 1 and <= MaxHeads
        && (long)src.Count * optionCount >= SplitCandidates
        && arena.Count + ((long)src.Count * optionCount) < DeferredNodes.Mark
        && FitsKeys(src, unit, options, optionCount, arena.BaseAt(stage));

    /// <summary>
    /// Combines every state of <paramref name="src"/> with the options <paramref name="options"/>[0..<paramref name="optionCount"/>)
    /// of the unit at <paramref name="stage"/>, keeping every non-dominated state within <paramref name="cap"/>, as
    /// <see cref="Run"/> does with a <see cref="CapFilter"/>, in two halves at once; requires <see cref="CanSplit"/>.
    /// </summary>
    /// <remarks>
    /// The cheaper half is merged on the calling thread straight into the list and the arena; the partner thread merges
    /// the dearer half into a list and a buffer of its own, which are appended afterwards.
    /// </remarks>
    public static void RunSplit(ParetoList src, Unit unit, int[] options, int optionCount, int stage, StateArena arena, long cap, SplitWorkspace workspace, ParetoList dst)
    {
        dst.Clear();
        var baseOpt = arena.BaseAt(stage);
        long minDw = long.MaxValue, maxDw = long.MinValue;
        for (var k = 0; k < optionCount; k++)
        {
            var dw = unit.Cost[options[k]] - unit.Cost[baseOpt];
            minDw = Math.Min(minDw, dw);
            maxDw = Math.Max(maxDw, dw);
        }

        // Costs fit in ±2^59 (CanSplit), so the split and the bounds derived from it cannot overflow. The split point
        // follows how long each half took at the previous stage; the list and its nodes do not depend on it.
        var split = src.W[Math.Clamp((int)(src.Count * workspace.Fraction), 0, src.Count - 1)] + ((minDw + maxDw) / 2);
        var second = workspace.Second;
        var secondNodes = workspace.SecondNodes;
        var partner = workspace.Partner;
        secondNodes.Clear();

        // The first half numbers its new nodes from the arena's end, so it adds them as it goes, into an arena readied
        // for them: no node it holds moves while the second half reads it (tie-breaks walk chains). The second half's
        // numbers follow the first's, unknown until it ends: it records its nodes in a buffer.
        arena.PrepareToAdd((long)src.Count * optionCount);
        long secondTicks = 0;
        partner.Start(() =>
        {
            var started = Stopwatch.GetTimestamp();
            var deferred = new DeferredNodes(cap, baseOpt, secondNodes);
            MergeRange(src, unit, options, optionCount, stage, arena, split, long.MaxValue, ref deferred, second);
            secondTicks = Stopwatch.GetTimestamp() - started;
        });
        long firstTicks;
        try
        {
            var started = Stopwatch.GetTimestamp();
            var direct = new CapFilter(cap, arena);
            MergeRange(src, unit, options, optionCount, stage, arena, long.MinValue, split, ref direct, dst);
            firstTicks = Stopwatch.GetTimestamp() - started;
        }
        finally
        {
            partner.Wait();
        }

        workspace.Balance(firstTicks, secondTicks);
        var (firstCount, secondCount) = (dst.Count, second.Count);
        var secondNode = arena.Reserve(secondNodes.Count);
        dst.Resize(firstCount + secondCount);
        arena.Put(stage, secondNodes, secondNode);
        Place(second, secondCount, dst, firstCount, secondNode);
        arena.Commit(secondNodes.Count);
    }

    /// <summary>Merges the candidates whose cost lies in [<paramref name="fromW"/>, <paramref name="toW"/>), new nodes made by <paramref name="filter"/>.</summary>
    private static void MergeRange<TFilter>(ParetoList src, Unit unit, int[] options, int optionCount, int stage, StateArena arena, long fromW, long toW, ref TFilter filter, ParetoList dst)
        where TFilter : struct, IStateFilter
    {
        var cap = filter.MaxWeight;
        dst.Clear();
        var buffer = default(Heads);
        Span<Head> heads = buffer;
        var baseOpt = arena.BaseAt(stage);
        var w = src.W;
        var live = 0;
        var maxP = long.MinValue;
        for (var k = 0; k < optionCount; k++)
        {
            var j = options[k];
            var dw = unit.Cost[j] - unit.Cost[baseOpt];
            var dp = unit.Impact[j] - unit.Impact[baseOpt];
            var end = cap == long.MaxValue ? src.Count : UpperBound(w, src.Count, cap - dw);
            var at = fromW == long.MinValue ? 0 : UpperBound(w, end, fromW - dw - 1);
            if (toW != long.MaxValue)
            {
                end = UpperBound(w, end, toW - dw - 1);
            }

            if (at > 0)
            {
                maxP = Math.Max(maxP, src.P[at - 1] + dp);
            }

            if (at < end)
            {
                heads[live++] = new Head { W = w[at] + dw, P = src.P[at] + dp, Dw = dw, Dp = dp, At = at, End = end, Opt = j };
            }
        }

        MergeStarted(heads[..live], maxP, src, stage, arena, dst, ref filter);
    }

    /// <summary>
    /// Writes the first <paramref name="n"/> states of <paramref name="part"/> into <paramref name="list"/> from
    /// <paramref name="at"/> on, each marked node number replaced by its place in the arena, the buffer's first node at
    /// <paramref name="firstNode"/>.
    /// </summary>
    private static void Place(ParetoList part, int n, ParetoList list, int at, int firstNode)
    {
        Array.Copy(part.W, 0, list.W, at, n);
        Array.Copy(part.P, 0, list.P, at, n);
        var from = part.Node;
        var to = list.Node;
        for (var i = 0; i < n; i++)
        {
            var node = from[i];
            to[at + i] = node >= DeferredNodes.Mark ? firstNode + (node - DeferredNodes.Mark) : node;
        }
    }

    /// <summary>Keeps every state within a cost ceiling, as <see cref="CapFilter"/> does, but records a new node in a buffer and returns its place there plus <see cref="Mark"/>.</summary>
    private readonly struct DeferredNodes(long cap, int baseOpt, NodeBuffer nodes) : IStateFilter
    {
        /// <summary>Added to a buffered node's place: above every node number of an arena that splits merges (<see cref="CanSplit"/>).</summary>
        public const int Mark = 1 << 30;

        public long MaxWeight => cap;

        public int MaxCount => int.MaxValue;

        public int Keep(long w, long p, int parent, int opt, int stage) => opt == baseOpt ? parent : Mark + nodes.Add(parent, opt);
    }

    /// <summary>The buffers and the partner thread a split merge reuses from one stage to the next (not shared between searches).</summary>
    internal sealed class SplitWorkspace
    {
        private MergePartner? partner;

        /// <summary>Gets the share of the source list, by position, whose candidates the first half merges.</summary>
        public double Fraction { get; private set; } = 0.5;

        /// <summary>Gets the thread that merges the second half, started at the first split.</summary>
        public MergePartner Partner => partner ??= new MergePartner();

        public NodeBuffer SecondNodes { get; } = new();

        /// <summary>Gets the second half's states; pooled: <see cref="Release"/> the workspace when done.</summary>
        public ParetoList Second { get; } = ParetoList.Rent();

        /// <summary>
        /// Moves the split towards the point where both halves take as long, from the time each took: taken as
        /// proportional to the share of the list each read, the next split is halfway between this one and that point,
        /// kept within a fifth of either end.
        /// </summary>
        public void Balance(long firstTicks, long secondTicks)
        {
            if (firstTicks <= 0 || secondTicks <= 0)
            {
                return;
            }

            var firstRate = firstTicks / Fraction;
            var secondRate = secondTicks / (1 - Fraction);
            var even = secondRate / (firstRate + secondRate);
            Fraction = Math.Clamp((Fraction + even) / 2, 0.2, 0.8);
        }

        public void Release()
        {
            partner?.Dispose();
            partner = null;
            Second.Release();
            SecondNodes.Release();
        }
    }
}

