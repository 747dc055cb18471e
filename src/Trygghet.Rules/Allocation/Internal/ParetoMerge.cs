namespace Trygghet.Rules.Allocation.Internal;

/// <summary>
/// Adds one unit to a Pareto list (Nemhauser–Ullmann step): every state combined with every option, merged in cost
/// order, dominated states dropped, and states with equal cost and impact resolved by the tie-break chain.
/// </summary>
internal static class ParetoMerge
{
    public static void Run<TFilter>(ParetoList src, Unit unit, int optionCount, int stage, StateArena arena, ParetoList dst, ref TFilter filter)
        where TFilter : struct, IStateFilter
    {
        dst.Clear();
        var baseOpt = arena.BaseAt(stage);
        var m = optionCount;
        var dw = new long[m];
        var dp = new long[m];
        var idx = new int[m];
        var end = new int[m];
        var maxW = filter.MaxWeight;
        var sw = src.W;
        var sp = src.P;
        var sn = src.Node;
        var heap = new int[m];
        var heapSize = 0;
        for (var j = 0; j < m; j++)
        {
            dw[j] = unit.Cost[j] - unit.Cost[baseOpt];
            dp[j] = unit.Impact[j] - unit.Impact[baseOpt];
            end[j] = maxW == long.MaxValue ? src.Count : UpperBound(sw, src.Count, maxW - dw[j]);
            if (end[j] > 0)
            {
                heap[heapSize++] = j;
                SiftUp(heap, heapSize - 1, idx, sw, sp, dw, dp);
            }
        }

        var hasPending = false;
        long pw = 0, pp = 0;
        int pParent = 0, pOpt = 0;
        var maxP = long.MinValue;
        while (heapSize > 0)
        {
            var j = heap[0];
            var i = idx[j];
            var w = sw[i] + dw[j];
            var p = sp[i] + dp[j];
            var parent = sn[i];
            idx[j] = i + 1;
            if (idx[j] >= end[j])
            {
                heap[0] = heap[--heapSize];
            }

            if (heapSize > 0)
            {
                SiftDown(heap, heapSize, idx, sw, sp, dw, dp);
            }

            if (hasPending && w == pw && p == pp)
            {
                if (arena.CompareCandidates(parent, j, pParent, pOpt, stage) < 0)
                {
                    pParent = parent;
                    pOpt = j;
                }

                continue;
            }

            if (p <= maxP)
            {
                continue;
            }

            if (hasPending)
            {
                Flush(dst, ref filter, pw, pp, pParent, pOpt, stage);
            }

            hasPending = true;
            pw = w;
            pp = p;
            pParent = parent;
            pOpt = j;
            maxP = p;
        }

        if (hasPending)
        {
            Flush(dst, ref filter, pw, pp, pParent, pOpt, stage);
        }
    }

    private static void Flush<TFilter>(ParetoList dst, ref TFilter filter, long w, long p, int parent, int opt, int stage)
        where TFilter : struct, IStateFilter
    {
        var node = filter.Keep(w, p, parent, opt, stage);
        if (node != -3)
        {
            dst.Add(w, p, node);
        }
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

    private static bool Less(int a, int b, int[] idx, long[] sw, long[] sp, long[] dw, long[] dp)
    {
        var wa = sw[idx[a]] + dw[a];
        var wb = sw[idx[b]] + dw[b];
        if (wa != wb)
        {
            return wa < wb;
        }

        var pa = sp[idx[a]] + dp[a];
        var pb = sp[idx[b]] + dp[b];
        return pa != pb ? pa > pb : a < b;
    }

    private static void SiftUp(int[] heap, int k, int[] idx, long[] sw, long[] sp, long[] dw, long[] dp)
    {
        while (k > 0)
        {
            var parent = (k - 1) >> 1;
            if (!Less(heap[k], heap[parent], idx, sw, sp, dw, dp))
            {
                break;
            }

            (heap[k], heap[parent]) = (heap[parent], heap[k]);
            k = parent;
        }
    }

    private static void SiftDown(int[] heap, int size, int[] idx, long[] sw, long[] sp, long[] dw, long[] dp)
    {
        var k = 0;
        while (true)
        {
            var l = (2 * k) + 1;
            if (l >= size)
            {
                return;
            }

            var r = l + 1;
            var c = r < size && Less(heap[r], heap[l], idx, sw, sp, dw, dp) ? r : l;
            if (!Less(heap[c], heap[k], idx, sw, sp, dw, dp))
            {
                return;
            }

            (heap[k], heap[c]) = (heap[c], heap[k]);
            k = c;
        }
    }
}
