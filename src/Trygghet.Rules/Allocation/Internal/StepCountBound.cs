namespace Trygghet.Rules.Allocation.Internal;

/// <summary>
/// A bound on a node's optimum from the number of steps an allocation can take, for problems whose impacts are costs
/// times a rate plus about the same amount per step (strongly correlated, after Pisinger). There the linear bound
/// stays a few steps' worth of kronor above the optimum however the search prunes, and a capped board's band keeps
/// millions of nearly equal allocations; counting steps closes that gap.
/// </summary>
/// <remarks>
/// <para>
/// Seen from every leaf at its cheapest option, an allocation is a set of steps, each from one option of a leaf to
/// the next dearer one (cost <c>w</c> &gt; 0, impact <c>p</c>). For any rational <c>α ≥ 0</c> with
/// <c>Bu = max(0, max(p − αw))</c> over all steps, an allocation of cost <c>W</c> that takes <c>n</c> steps has
/// impact at most <c>p₀ + α(W − w₀) + Bu·n</c>, where <c>(w₀, p₀)</c> is every leaf at its cheapest option.
/// </para>
/// <para>
/// <c>n</c> is at most the most steps any set of them can take within the budget and the board caps, order within a
/// leaf ignored: within each board the smallest steps first, so taking the smallest steps overall while each fits the
/// budget and its board's cap is optimal (a leaf spanning several boards counts against the budget only). <c>α</c> is
/// chosen, exactly, among the slopes of the steps' upper envelope, where the bound is least. Everything is integer
/// arithmetic with <c>α</c> a multiple of 2<sup>-30</sup>.
/// </para>
/// </remarks>
internal static class StepCountBound
{
    private const long Den = 1L << 30;

    /// <summary>
    /// Returns whether no allocation of the leaves within <paramref name="capacity"/> and the board caps has more impact
    /// than <paramref name="impact"/>, nor as much for less than <paramref name="cost"/>: an allocation with those totals
    /// is then optimal, and only the choice among allocations with exactly its impact and cost is left open.
    /// </summary>
    public static bool Proves(CanonicalProblem canon, List<(Unit Unit, int Board)> leaves, long capacity, long impact, long cost)
    {
        var steps = new List<(long W, long P, int Board)>();
        var boardBase = new Dictionary<int, long>();
        long w0 = 0, p0 = 0;
        foreach (var (unit, board) in leaves)
        {
            w0 = checked(w0 + unit.Cost[0]);
            p0 = checked(p0 + unit.Impact[0]);
            var capped = board >= 0 && canon.BoardCap[board] != long.MaxValue;
            if (capped)
            {
                boardBase[board] = checked(boardBase.GetValueOrDefault(board) + unit.Cost[0]);
            }

            for (var j = 0; j + 1 < unit.Count; j++)
            {
                steps.Add((unit.Cost[j + 1] - unit.Cost[j], unit.Impact[j + 1] - unit.Impact[j], capped ? board : -1));
            }
        }

        steps.Sort((a, b) => a.W.CompareTo(b.W));
        var hull = UpperHull(steps);
        var most = MostSteps(canon, steps, boardBase, capacity - w0);
        var mostCheaper = MostSteps(canon, steps, boardBase, cost - 1 - w0);
        return Least(p0, hull, capacity - w0, most) <= (Int128)impact * Den
            && (mostCheaper < 0 || Least(p0, hull, cost - 1 - w0, mostCheaper) < (Int128)impact * Den);
    }

    /// <summary>Returns 2<sup>30</sup> times the least bound over the candidate <c>α</c> for a room and a most number of steps (the least value when the room is negative).</summary>
    private static Int128 Least(long p0, List<(long W, long P)> hull, long room, long count)
    {
        if (count < 0)
        {
            return Int128.MinValue;
        }

        var least = Int128.MaxValue;
        foreach (var alphaNum in Candidates(hull))
        {
            // p − αw is largest at a point of the upper hull, for any α ≥ 0.
            Int128 bu = 0;
            foreach (var (w, p) in hull)
            {
                var b = ((Int128)p * Den) - ((Int128)alphaNum * w);
                if (b > bu)
                {
                    bu = b;
                }
            }

            var bound = ((Int128)p0 * Den) + ((Int128)alphaNum * room) + (bu * count);
            if (bound < least)
            {
                least = bound;
            }
        }

        return least;
    }

    /// <summary>Returns the most steps (sorted by cost) that fit <paramref name="room"/> and each board's cap together, or -1 when the room is negative.</summary>
    private static long MostSteps(CanonicalProblem canon, List<(long W, long P, int Board)> steps, Dictionary<int, long> boardBase, long room)
    {
        if (room < 0)
        {
            return -1;
        }

        var boardRoom = boardBase.ToDictionary(kv => kv.Key, kv => canon.BoardCap[kv.Key] - kv.Value);
        long count = 0;
        foreach (var (w, _, board) in steps)
        {
            if (w > room)
            {
                break;
            }

            if (board >= 0)
            {
                var left = boardRoom[board];
                if (w > left)
                {
                    continue;
                }

                boardRoom[board] = left - w;
            }

            room -= w;
            count++;
        }

        return count;
    }

    /// <summary>Returns the upper hull of the steps (sorted by cost), the highest impact kept at each cost.</summary>
    private static List<(long W, long P)> UpperHull(List<(long W, long P, int Board)> steps)
    {
        var hull = new List<(long W, long P)>();
        foreach (var (w, p, _) in steps)
        {
            if (hull.Count > 0 && hull[^1].W == w)
            {
                if (p > hull[^1].P)
                {
                    hull.RemoveAt(hull.Count - 1);
                }
                else
                {
                    continue;
                }
            }

            while (hull.Count >= 2)
            {
                var (aw, ap) = hull[^2];
                var (bw, bp) = hull[^1];
                if (((Int128)(bw - aw) * (p - ap)) - ((Int128)(bp - ap) * (w - aw)) >= 0)
                {
                    hull.RemoveAt(hull.Count - 1);
                }
                else
                {
                    break;
                }
            }

            hull.Add((w, p));
        }

        return hull;
    }

    /// <summary>Returns <c>α = 0</c> and the slopes between neighbouring points of a hull (sorted by cost), as multiples of 2<sup>-30</sup> rounded up: where a bound built from <c>max(p − αw)</c> or <c>min(p − αw)</c> changes slope.</summary>
    internal static IEnumerable<long> Candidates(IReadOnlyList<(long W, long P)> hull)
    {
        yield return 0;
        for (var k = 1; k < hull.Count; k++)
        {
            var dp = (Int128)hull[k].P - hull[k - 1].P;
            var dw = (Int128)hull[k].W - hull[k - 1].W;
            if (dp > 0)
            {
                var num = ((dp * Den) + dw - 1) / dw;
                if (num <= long.MaxValue)
                {
                    yield return (long)num;
                }
            }
        }
    }
}
