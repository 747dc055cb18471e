namespace Trygghet.Rules.Allocation.Internal;

/// <summary>
/// Adds one unit to a Pareto list (a Nemhauser–Ullmann step): every state combined with every option, taken in cost
/// order, dominated states dropped and states with equal cost and impact resolved by the tie-break chain; the filter
/// then decides which of the non-dominated states to keep. A unit with few options is merged with one head per option
/// over the source list; one with many (a capped board) pairwise, as a balanced tree.
/// </summary>
internal static class ParetoMerge
{
    /// <summary>The most options merged with one head each; a unit with more merges as a balanced tree.</summary>
    public const int MaxHeads = 8;

    /// <summary>Combines every state of <paramref name="src"/> with the options <paramref name="options"/>[0..<paramref name="optionCount"/>) of the unit at <paramref name="stage"/>.</summary>
    public static void Run<TFilter>(ParetoList src, Unit unit, int[] options, int optionCount, int stage, StateArena arena, ParetoList dst, ref TFilter filter, Workspace workspace)
        where TFilter : struct, IStateFilter
    {
        dst.Clear();
        if (optionCount <= MaxHeads)
        {
            MergeHeads(src, unit, options, optionCount, stage, arena, dst, ref filter);
            return;
        }

        var merged = MergeRange(src, unit, options, 0, optionCount, stage, arena, filter.MaxWeight);
        for (var i = 0; i < merged.Count; i++)
        {
            var node = filter.Keep(merged.W[i], merged.P[i], merged.Parent[i], merged.Opt[i], stage);
            if (node != -3)
            {
                dst.Add(merged.W[i], merged.P[i], node);
            }
        }
    }

    /// <summary>
    /// Reads the source list once with one head per option (its cost and impact shifted on the fly) and hands each
    /// non-dominated candidate to the filter as soon as it is found: the cheapest head goes next, the higher impact on
    /// equal cost, the tie-break winner on equal cost and impact (the earlier option when the chain cannot tell them
    /// apart); after it every head skips the candidates whose impact it does not exceed.
    /// </summary>
    private static void MergeHeads<TFilter>(ParetoList src, Unit unit, int[] options, int optionCount, int stage, StateArena arena, ParetoList dst, ref TFilter filter)
        where TFilter : struct, IStateFilter
    {
        Span<int> at = stackalloc int[MaxHeads];
        Span<int> end = stackalloc int[MaxHeads];
        Span<int> opt = stackalloc int[MaxHeads];
        Span<long> dp = stackalloc long[MaxHeads];
        Span<long> dw = stackalloc long[MaxHeads];
        Span<long> headW = stackalloc long[MaxHeads];
        Span<long> headP = stackalloc long[MaxHeads];
        var w = src.W;
        var p = src.P;
        var node = src.Node;
        var baseOpt = arena.BaseAt(stage);
        var maxW = filter.MaxWeight;
        var live = 0;
        for (var k = 0; k < optionCount; k++)
        {
            var j = options[k];
            var shift = unit.Cost[j] - unit.Cost[baseOpt];
            var last = maxW == long.MaxValue ? src.Count : UpperBound(w, src.Count, maxW - shift);
            if (last > 0)
            {
                at[live] = 0;
                end[live] = last;
                opt[live] = j;
                dw[live] = shift;
                dp[live] = unit.Impact[j] - unit.Impact[baseOpt];
                headW[live] = w[0] + shift;
                headP[live] = p[0] + dp[live];
                live++;
            }
        }

        while (live > 0)
        {
            var b = 0;
            var bw = headW[0];
            var bp = headP[0];
            for (var h = 1; h < live; h++)
            {
                var hw = headW[h];
                if (hw > bw)
                {
                    continue;
                }

                var hp = headP[h];
                if (hw < bw || hp > bp || (hp == bp && arena.CompareCandidates(node[at[b]], opt[b], node[at[h]], opt[h], stage) > 0))
                {
                    b = h;
                    bw = hw;
                    bp = hp;
                }
            }

            var kept = filter.Keep(bw, bp, node[at[b]], opt[b], stage);
            if (kept != -3)
            {
                dst.Add(bw, bp, kept);
            }

            // Every head (the one just taken among them) skips the candidates the taken one dominates.
            var exhausted = false;
            for (var h = 0; h < live; h++)
            {
                if (headP[h] > bp)
                {
                    continue;
                }

                var limit = bp - dp[h];
                var i = at[h] + 1;
                var last = end[h];
                while (i < last && p[i] <= limit)
                {
                    i++;
                }

                at[h] = i;
                if (i < last)
                {
                    headW[h] = w[i] + dw[h];
                    headP[h] = p[i] + dp[h];
                }
                else
                {
                    exhausted = true;
                }
            }

            if (exhausted)
            {
                var n = 0;
                for (var h = 0; h < live; h++)
                {
                    if (at[h] < end[h])
                    {
                        at[n] = at[h];
                        end[n] = end[h];
                        opt[n] = opt[h];
                        dp[n] = dp[h];
                        dw[n] = dw[h];
                        headW[n] = headW[h];
                        headP[n] = headP[h];
                        n++;
                    }
                }

                live = n;
            }
        }
    }

    private static Candidates MergeRange(ParetoList src, Unit unit, int[] options, int from, int to, int stage, StateArena arena, long maxW)
    {
        if (to - from == 1)
        {
            var single = new Candidates(src.Count);
            Shift(src, unit, options[from], arena.BaseAt(stage), maxW, single);
            return single;
        }

        var mid = (from + to) >>> 1;
        var left = MergeRange(src, unit, options, from, mid, stage, arena, maxW);
        var right = MergeRange(src, unit, options, mid, to, stage, arena, maxW);
        var merged = new Candidates(left.Count + right.Count);
        Merge2(left, right, stage, arena, merged);
        return merged;
    }

    private static void Shift(ParetoList src, Unit unit, int j, int baseOpt, long maxW, Candidates c)
    {
        var dw = unit.Cost[j] - unit.Cost[baseOpt];
        var dp = unit.Impact[j] - unit.Impact[baseOpt];
        var end = maxW == long.MaxValue ? src.Count : UpperBound(src.W, src.Count, maxW - dw);
        var w = src.W;
        var p = src.P;
        var n = src.Node;
        for (var i = 0; i < end; i++)
        {
            c.W[i] = w[i] + dw;
            c.P[i] = p[i] + dp;
            c.Parent[i] = n[i];
            c.Opt[i] = j;
        }

        c.Count = end;
    }

    /// <summary>Merges two Pareto candidate lists into one, dropping dominated candidates.</summary>
    private static void Merge2(Candidates a, Candidates b, int stage, StateArena arena, Candidates c)
    {
        int i = 0, k = 0, n = 0;
        var maxP = long.MinValue;
        while (i < a.Count || k < b.Count)
        {
            bool takeA;
            if (k >= b.Count)
            {
                takeA = true;
            }
            else if (i >= a.Count)
            {
                takeA = false;
            }
            else if (a.W[i] != b.W[k])
            {
                takeA = a.W[i] < b.W[k];
            }
            else if (a.P[i] != b.P[k])
            {
                takeA = a.P[i] > b.P[k];
            }
            else
            {
                // Same cost and impact: keep the tie-break winner, drop the other.
                takeA = arena.CompareCandidates(a.Parent[i], a.Opt[i], b.Parent[k], b.Opt[k], stage) <= 0;
                if (takeA)
                {
                    k++;
                }
                else
                {
                    i++;
                }
            }

            long w, p;
            int parent, opt;
            if (takeA)
            {
                (w, p, parent, opt) = (a.W[i], a.P[i], a.Parent[i], a.Opt[i]);
                i++;
            }
            else
            {
                (w, p, parent, opt) = (b.W[k], b.P[k], b.Parent[k], b.Opt[k]);
                k++;
            }

            if (p <= maxP)
            {
                continue;
            }

            maxP = p;
            c.W[n] = w;
            c.P[n] = p;
            c.Parent[n] = parent;
            c.Opt[n] = opt;
            n++;
        }

        c.Count = n;
    }

    private static int UpperBound(long[] w, int count, long limit)
    {
        int lo = 0, hi = count;
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

    /// <summary>Candidate states: cost, impact, parent chain and the option taken at this stage.</summary>
    internal sealed class Candidates(int capacity)
    {
        public long[] W { get; private set; } = new long[capacity];

        public long[] P { get; private set; } = new long[capacity];

        public int[] Parent { get; private set; } = new int[capacity];

        public int[] Opt { get; private set; } = new int[capacity];

        public int Count { get; set; }

        public void Ensure(int capacity)
        {
            if (W.Length < capacity)
            {
                var size = Math.Max(capacity, W.Length * 2);
                W = new long[size];
                P = new long[size];
                Parent = new int[size];
                Opt = new int[size];
            }
        }
    }

    /// <summary>Buffers reused from one stage to the next by one search (not shared between threads).</summary>
    internal sealed class Workspace
    {
        public Candidates[] Buffers { get; } = [new(16), new(16), new(16)];

        public Candidates Take(int index, int capacity)
        {
            Buffers[index].Ensure(capacity);
            return Buffers[index];
        }
    }
}
