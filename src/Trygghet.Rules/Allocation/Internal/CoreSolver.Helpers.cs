using System.Buffers;
using System.Numerics;

namespace Trygghet.Rules.Allocation.Internal;

/// <summary>Helpers of the core search: the greedy incumbent, the hull, step sizes and the choice of the next unit.</summary>
internal static partial class CoreSolver
{
    /// <summary>Raises the split unit, then the units by up-gradient, each to its best option that still fits.</summary>
    private static int[] GreedyFill(IReadOnlyList<Unit> units, long capacity, int[] lpOpt, int split, List<int> up, long wLp, long pLp, out long w, out long p)
    {
        var options = (int[])lpOpt.Clone();
        w = wLp;
        p = pLp;
        for (var t = -1; t < up.Count; t++)
        {
            var i = t < 0 ? split : up[t];
            var u = units[i];
            var cur = options[i];
            var best = cur;
            for (var j = cur + 1; j < u.Count && u.Cost[j] - u.Cost[cur] <= capacity - w; j++)
            {
                best = j;
            }

            if (best != cur)
            {
                w += u.Cost[best] - u.Cost[cur];
                p += u.Impact[best] - u.Impact[cur];
                options[i] = best;
            }
        }

        return options;
    }

    /// <summary>Per position of an up (or down) list, the smallest cost step any unit from there on can make in that direction.</summary>
    private static long[] SuffixMinSteps(IReadOnlyList<Unit> units, int[] lpOpt, List<int> order, int direction)
    {
        var result = new long[order.Count];
        var min = long.MaxValue;
        for (var t = order.Count - 1; t >= 0; t--)
        {
            var u = units[order[t]];
            var o = lpOpt[order[t]];
            min = Math.Min(min, direction > 0 ? u.Cost[o + 1] - u.Cost[o] : u.Cost[o] - u.Cost[o - 1]);
            result[t] = min;
        }

        return result;
    }

    /// <summary>Copies into <paramref name="target"/> the states of <paramref name="list"/> that the filter's bounds still let through, and sets the filter's <see cref="CoreFilter.LeastReach"/> to theirs.</summary>
    internal static void Retain(ParetoList list, ParetoList target, ref CoreFilter filter)
    {
        target.Clear();
        var least = long.MaxValue;
        for (var i = 0; i < list.Count; i++)
        {
            if (filter.Admit(list.W[i], list.P[i], out var most))
            {
                target.Add(list.W[i], list.P[i], list.Node[i]);
                least = Math.Min(least, most);
            }
        }

        filter.LeastReach = least;
    }

    /// <summary>
    /// As <see cref="Retain(ParetoList, ParetoList, ref CoreFilter)"/>, and when the tie allowance runs out during the
    /// pass, leaves out the states it let through only as ties before then: the list a second pass would give once the
    /// allowance is spent, without reading the bounds again. Returns whether the allowance is spent, so that the list
    /// holds no state kept only to tie.
    /// </summary>
    internal static bool RetainDroppingTies(ParetoList list, ParetoList target, ref CoreFilter filter, SearchBudget budget)
    {
        target.Clear();
        var mostOf = ArrayPool<long>.Shared.Rent(list.Count);
        var tieOf = ArrayPool<bool>.Shared.Rent(list.Count);
        try
        {
            var least = long.MaxValue;
            var ties = 0;
            for (var i = 0; i < list.Count; i++)
            {
                if (filter.Admit(list.W[i], list.P[i], out var most, out var tie))
                {
                    mostOf[target.Count] = most;
                    tieOf[target.Count] = tie;
                    ties += tie ? 1 : 0;
                    target.Add(list.W[i], list.P[i], list.Node[i]);
                    least = Math.Min(least, most);
                }
            }

            if (budget.TieBreakCut && ties > 0)
            {
                var kept = 0;
                least = long.MaxValue;
                for (var i = 0; i < target.Count; i++)
                {
                    if (!tieOf[i])
                    {
                        target.W[kept] = target.W[i];
                        target.P[kept] = target.P[i];
                        target.Node[kept] = target.Node[i];
                        least = Math.Min(least, mostOf[i]);
                        kept++;
                    }
                }

                target.Resize(kept);
            }

            filter.LeastReach = least;
            return budget.TieBreakCut;
        }
        finally
        {
            ArrayPool<long>.Shared.Return(mostOf);
            ArrayPool<bool>.Shared.Return(tieOf);
        }
    }

    /// <summary>
    /// Returns whether <c>λ − g</c> is at most <c>h − λ</c>. Over λ's denominator these are <c>a / g.Den</c> and
    /// <c>b / h.Den</c>; <c>a</c> and <c>b</c> always fit in 128 bits, their products with a denominator only while they
    /// fit in 64, beyond which (amounts near 2^50 and more) the comparison is made with arbitrary precision.
    /// </summary>
    private static bool UpIsCloser(Slope lambda, Slope g, Slope h)
    {
        var a = ((Int128)lambda.Num * g.Den) - ((Int128)g.Num * lambda.Den);
        var b = ((Int128)h.Num * lambda.Den) - ((Int128)lambda.Num * h.Den);
        return a >= long.MinValue && a <= long.MaxValue && b >= long.MinValue && b <= long.MaxValue
            ? a * h.Den <= b * g.Den
            : (BigInteger)a * h.Den <= (BigInteger)b * g.Den;
    }

    internal static void AddHull(Unit u, int m, List<int> hull)
    {
        var start = hull.Count;
        for (var j = 0; j < m; j++)
        {
            while (hull.Count - start >= 2)
            {
                var a = hull[^2];
                var b = hull[^1];
                var left = (Int128)(u.Impact[b] - u.Impact[a]) * (u.Cost[j] - u.Cost[b]);
                var right = (Int128)(u.Impact[j] - u.Impact[b]) * (u.Cost[b] - u.Cost[a]);
                if (left <= right)
                {
                    hull.RemoveAt(hull.Count - 1);
                }
                else
                {
                    break;
                }
            }

            hull.Add(j);
        }
    }
}
