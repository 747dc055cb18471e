using System.Runtime.CompilerServices;

namespace Trygghet.Rules.Allocation.Internal;

/// <summary>
/// Adds one unit to a Pareto list (a Nemhauser–Ullmann step): every state combined with every option, taken in cost
/// order, dominated states dropped and states with equal cost and impact resolved by the tie-break chain; the filter
/// then decides which of the non-dominated states to keep. Each option is a head reading the source list once, its
/// cost and impact shifted on the fly; a unit with few options picks the next head by a scan, one with many (a capped
/// board) by a heap.
/// </summary>
internal static partial class ParetoMerge
{
    /// <summary>The most options merged by scanning the heads; a unit with more merges through a heap.</summary>
    public const int MaxHeads = 1 << HeadBits;

    private const int HeadBits = 3;
    private const long HeadMask = (1L << HeadBits) - 1;
    private const long Exhausted = long.MaxValue;

    /// <summary>The bound on candidate costs under which a cost and a head index pack into one key.</summary>
    private const long KeyLimit = 1L << 59;

    /// <summary>Combines every state of <paramref name="src"/> with the options <paramref name="options"/>[0..<paramref name="optionCount"/>) of the unit at <paramref name="stage"/>.</summary>
    public static void Run<TFilter>(ParetoList src, Unit unit, int[] options, int optionCount, int stage, StateArena arena, ParetoList dst, ref TFilter filter, Workspace workspace)
        where TFilter : struct, IStateFilter
    {
        dst.Clear();
        if (optionCount <= MaxHeads && FitsKeys(src, unit, options, optionCount, arena.BaseAt(stage)))
        {
            MergeHeads(src, unit, options, optionCount, stage, arena, dst, ref filter);
            return;
        }

        MergeHeap(src, unit, options, optionCount, stage, arena, dst, ref filter, workspace);
    }

    /// <summary>Returns whether every candidate cost lies within ±<see cref="KeyLimit"/>, so that a head's cost and index pack into one key.</summary>
    private static bool FitsKeys(ParetoList src, Unit unit, int[] options, int optionCount, int baseOpt)
    {
        if (src.Count == 0)
        {
            return true;
        }

        Int128 lo = src.W[0], hi = src.W[src.Count - 1];
        for (var k = 0; k < optionCount; k++)
        {
            var dw = (Int128)unit.Cost[options[k]] - unit.Cost[baseOpt];
            if (lo + dw <= -KeyLimit || hi + dw >= KeyLimit)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Reads the source list once with one head per option (its cost and impact shifted on the fly) and hands each
    /// non-dominated candidate to the filter as soon as it is found. The cheapest head goes next (its cost and index
    /// packed into one key, so that the choice needs no unpredictable branch); on equal cost the higher impact, on
    /// equal cost and impact the tie-break winner (the earlier option when the chain cannot tell them apart). A
    /// candidate whose impact does not exceed the best so far is dominated: its head skips ahead instead.
    /// </summary>
    private static void MergeHeads<TFilter>(ParetoList src, Unit unit, int[] options, int optionCount, int stage, StateArena arena, ParetoList dst, ref TFilter filter)
        where TFilter : struct, IStateFilter
    {
        var buffer = default(Heads);
        Span<Head> heads = buffer;
        var baseOpt = arena.BaseAt(stage);
        var maxW = filter.MaxWeight;
        var live = 0;
        for (var k = 0; k < optionCount; k++)
        {
            if (Head.TryStart(src, unit, options[k], baseOpt, maxW, out heads[live]))
            {
                live++;
            }
        }

        MergeStarted(heads[..live], long.MinValue, src, stage, arena, dst, ref filter);
    }

    /// <summary>The merge loop of <see cref="MergeHeads"/> over started heads, with the highest impact of the candidates before them.</summary>
    private static void MergeStarted<TFilter>(Span<Head> heads, long maxP, ParetoList src, int stage, StateArena arena, ParetoList dst, ref TFilter filter)
        where TFilter : struct, IStateFilter
    {
        var keys = default(Keys);
        Span<long> key = keys;
        var w = src.W;
        var p = src.P;
        var node = src.Node;
        var live = heads.Length;
        if (live == 0)
        {
            return;
        }

        for (var h = 0; h < live; h++)
        {
            key[h] = heads[h].At < heads[h].End ? KeyOf(heads[h].W, h) : Exhausted;
        }

        while (true)
        {
            var least = key[0];
            for (var h = 1; h < live; h++)
            {
                least = Math.Min(least, key[h]);
            }

            if (least == Exhausted)
            {
                return;
            }

            var b = (int)(least & HeadMask);
            var bw = least >> HeadBits;
            var sameCost = 0;
            for (var h = 0; h < live; h++)
            {
                sameCost += key[h] >> HeadBits == bw ? 1 : 0;
            }

            if (sameCost > 1)
            {
                b = SameCostWinner(heads[..live], key, bw, node, stage, arena);
            }

            ref var head = ref heads[b];
            var i = head.At;
            if (head.P > maxP)
            {
                maxP = head.P;
                var kept = filter.Keep(bw, maxP, node[i], head.Opt, stage);
                if (kept != -3)
                {
                    dst.Add(bw, maxP, kept);
                    if (dst.Count > filter.MaxCount)
                    {
                        return;
                    }
                }

                i++;
            }
            else
            {
                var limit = maxP - head.Dp;
                i++;
                while (i < head.End && p[i] <= limit)
                {
                    i++;
                }
            }

            head.At = i;
            if (i < head.End)
            {
                head.W = w[i] + head.Dw;
                head.P = p[i] + head.Dp;
                key[b] = KeyOf(head.W, b);
            }
            else
            {
                key[b] = Exhausted;
            }
        }
    }

    // The heads and their keys live in fixed buffers on the stack rather than in a stackalloc, which would keep the
    // methods out of tiered compilation: without the profile the filter's check is not inlined into the merge loop
    // (weakly correlated 48: about 126 to 100 µs).
    [InlineArray(MaxHeads)]
    private struct Keys
    {
        private long first;
    }

    [InlineArray(MaxHeads)]
    private struct Heads
    {
        private Head first;
    }

    private static long KeyOf(long w, int head) => (w << HeadBits) | (long)head;

    /// <summary>Among the live heads at cost <paramref name="w"/>, returns the one with the highest impact; on equal impact the tie-break winner, the earlier head when the chain cannot tell two apart.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int SameCostWinner(Span<Head> heads, Span<long> key, long w, int[] node, int stage, StateArena arena)
    {
        var best = -1;
        for (var h = 0; h < heads.Length; h++)
        {
            if (key[h] == Exhausted || heads[h].W != w)
            {
                continue;
            }

            if (best < 0 || heads[h].P > heads[best].P)
            {
                best = h;
            }
            else if (heads[h].P == heads[best].P
                && arena.CompareCandidates(node[heads[best].At], heads[best].Opt, node[heads[h].At], heads[h].Opt, stage) > 0)
            {
                best = h;
            }
        }

        return best;
    }

    /// <summary>Returns the number of leading entries of the ascending <paramref name="w"/>[0..<paramref name="count"/>) that are at most <paramref name="limit"/>.</summary>
    internal static int UpperBound(long[] w, int count, long limit) => UpperBound(w.AsSpan(0, count), limit);

    /// <summary>Returns the number of leading entries of the ascending <paramref name="w"/> that are at most <paramref name="limit"/>.</summary>
    internal static int UpperBound(ReadOnlySpan<long> w, long limit)
    {
        int lo = 0, hi = w.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (w[mid] <= limit)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>One option's read position in the source list, with the candidate there (cost and impact shifted by the option).</summary>
    internal struct Head
    {
        public long W;
        public long P;
        public long Dw;
        public long Dp;
        public int At;
        public int End;
        public int Opt;

        /// <summary>
        /// Starts the head of option <paramref name="j"/> at the source list's first state, its cost and impact shifted
        /// from the stage's base option; returns <see langword="false"/> when no state of the list fits <paramref name="maxW"/> with it.
        /// </summary>
        public static bool TryStart(ParetoList src, Unit unit, int j, int baseOpt, long maxW, out Head head)
        {
            var dw = unit.Cost[j] - unit.Cost[baseOpt];
            var dp = unit.Impact[j] - unit.Impact[baseOpt];
            var end = maxW == long.MaxValue ? src.Count : UpperBound(src.W, src.Count, maxW - dw);
            head = end > 0 ? new Head { W = src.W[0] + dw, P = src.P[0] + dp, Dw = dw, Dp = dp, At = 0, End = end, Opt = j } : default;
            return end > 0;
        }
    }

    /// <summary>Buffers reused from one stage to the next by one search (not shared between threads).</summary>
    internal sealed class Workspace
    {
        public Head[] Heads { get; private set; } = [];

        public int[] Heap { get; private set; } = [];

        public int[] Ties { get; private set; } = [];

        public void Ensure(int heads)
        {
            if (Heads.Length < heads)
            {
                var size = Math.Max(heads, Heads.Length * 2);
                Heads = new Head[size];
                Heap = new int[size];
                Ties = new int[size];
            }
        }
    }
}
