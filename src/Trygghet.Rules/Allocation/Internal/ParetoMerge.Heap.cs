namespace Trygghet.Rules.Allocation.Internal;

/// <summary>The merge of a unit with many options: the heads in a binary heap by cost, then impact (descending), then option order.</summary>
internal static partial class ParetoMerge
{
    /// <summary>
    /// Takes candidates in the order of <see cref="MergeHeads"/> from a heap of heads: a candidate whose impact does not
    /// exceed the best so far is dominated, and its head jumps (by galloping search) past every candidate the best so
    /// far dominates; heads level in cost and impact with the top are taken out together and the tie-break winner kept.
    /// </summary>
    private static void MergeHeap<TFilter>(ParetoList src, Unit unit, int[] options, int optionCount, int stage, StateArena arena, ParetoList dst, ref TFilter filter, Workspace workspace)
        where TFilter : struct, IStateFilter
    {
        workspace.Ensure(optionCount);
        var heads = workspace.Heads;
        var heap = workspace.Heap;
        var ties = workspace.Ties;
        var w = src.W;
        var p = src.P;
        var node = src.Node;
        var baseOpt = arena.BaseAt(stage);
        var maxW = filter.MaxWeight;
        var count = 0;
        for (var k = 0; k < optionCount; k++)
        {
            if (Head.TryStart(src, unit, options[k], baseOpt, maxW, out heads[k]))
            {
                heap[count] = k;
                SiftUp(heads, heap, count);
                count++;
            }
        }

        var maxP = long.MinValue;
        while (count > 0)
        {
            var top = heap[0];
            ref var head = ref heads[top];
            if (head.P <= maxP)
            {
                var i = SkipTo(p, head.At + 1, head.End, maxP - head.Dp);
                count = Advance(heads, heap, count, top, i, w, p);
                continue;
            }

            if (!LevelWithTop(heads, heap, count))
            {
                maxP = head.P;
                var kept = filter.Keep(head.W, head.P, node[head.At], head.Opt, stage);
                if (kept != -3)
                {
                    dst.Add(head.W, head.P, kept);
                    if (dst.Count > filter.MaxCount)
                    {
                        return;
                    }
                }

                count = Advance(heads, heap, count, top, head.At + 1, w, p);
                continue;
            }

            // Equal cost and impact: take the level heads out (they come in option order), keep the winner, put them back past it.
            var (tw, tp) = (head.W, head.P);
            var tieCount = 0;
            while (count > 0 && heads[heap[0]].W == tw && heads[heap[0]].P == tp)
            {
                ties[tieCount++] = heap[0];
                count = RemoveTop(heads, heap, count);
            }

            var best = ties[0];
            for (var t = 1; t < tieCount; t++)
            {
                var h = ties[t];
                if (arena.CompareCandidates(node[heads[best].At], heads[best].Opt, node[heads[h].At], heads[h].Opt, stage) > 0)
                {
                    best = h;
                }
            }

            maxP = tp;
            var node0 = filter.Keep(tw, tp, node[heads[best].At], heads[best].Opt, stage);
            if (node0 != -3)
            {
                dst.Add(tw, tp, node0);
                if (dst.Count > filter.MaxCount)
                {
                    return;
                }
            }

            for (var t = 0; t < tieCount; t++)
            {
                ref var h = ref heads[ties[t]];
                var i = SkipTo(p, h.At + 1, h.End, maxP - h.Dp);
                if (i < h.End)
                {
                    h.At = i;
                    h.W = w[i] + h.Dw;
                    h.P = p[i] + h.Dp;
                    heap[count] = ties[t];
                    SiftUp(heads, heap, count);
                    count++;
                }
            }
        }
    }

    /// <summary>Returns whether a child of the heap's top has the same cost and impact (every other head is ordered after the children).</summary>
    private static bool LevelWithTop(Head[] heads, int[] heap, int count)
    {
        ref var top = ref heads[heap[0]];
        for (var c = 1; c <= 2 && c < count; c++)
        {
            ref var child = ref heads[heap[c]];
            if (child.W == top.W && child.P == top.P)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Moves the top head to source position <paramref name="at"/> and restores the heap; returns the new head count.</summary>
    private static int Advance(Head[] heads, int[] heap, int count, int top, int at, long[] w, long[] p)
    {
        ref var head = ref heads[top];
        if (at >= head.End)
        {
            return RemoveTop(heads, heap, count);
        }

        head.At = at;
        head.W = w[at] + head.Dw;
        head.P = p[at] + head.Dp;
        SiftDown(heads, heap, count, 0);
        return count;
    }

    private static int RemoveTop(Head[] heads, int[] heap, int count)
    {
        count--;
        heap[0] = heap[count];
        SiftDown(heads, heap, count, 0);
        return count;
    }

    /// <summary>Orders heads by cost, then by impact descending, then by option order.</summary>
    private static bool Before(Head[] heads, int a, int b)
    {
        ref var x = ref heads[a];
        ref var y = ref heads[b];
        return x.W != y.W ? x.W < y.W : x.P != y.P ? x.P > y.P : a < b;
    }

    private static void SiftUp(Head[] heads, int[] heap, int at)
    {
        var item = heap[at];
        while (at > 0)
        {
            var parent = (at - 1) >> 1;
            if (!Before(heads, item, heap[parent]))
            {
                break;
            }

            heap[at] = heap[parent];
            at = parent;
        }

        heap[at] = item;
    }

    private static void SiftDown(Head[] heads, int[] heap, int count, int at)
    {
        if (count == 0)
        {
            return;
        }

        var item = heap[at];
        while (true)
        {
            var child = (2 * at) + 1;
            if (child >= count)
            {
                break;
            }

            if (child + 1 < count && Before(heads, heap[child + 1], heap[child]))
            {
                child++;
            }

            if (!Before(heads, heap[child], item))
            {
                break;
            }

            heap[at] = heap[child];
            at = child;
        }

        heap[at] = item;
    }

    /// <summary>Returns the first index in [<paramref name="from"/>, <paramref name="end"/>) whose impact exceeds <paramref name="limit"/>, or <paramref name="end"/>, by galloping.</summary>
    private static int SkipTo(long[] p, int from, int end, long limit)
    {
        if (from >= end || p[from] > limit)
        {
            return from;
        }

        // p[lo] <= limit throughout; the answer lies in (lo, hi].
        var lo = from;
        var step = 1;
        var hi = end;
        while (lo + step < end)
        {
            if (p[lo + step] > limit)
            {
                hi = lo + step;
                break;
            }

            lo += step;
            step <<= 1;
        }

        lo++;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (p[mid] <= limit)
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
}
