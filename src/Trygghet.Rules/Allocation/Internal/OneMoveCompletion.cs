namespace Trygghet.Rules.Allocation.Internal;

/// <summary>
/// Improves the incumbent by completing core states with one change of one class outside the core: the state's slack
/// is filled by the dearest single move that still fits (the few nearest below it are tried). On instances whose
/// impacts are costs plus a fixed amount per step the optimum fills the budget to the krona, and such pairings find
/// exact fills long before the core alone would, after which the bounds close the search. Every completion is a real
/// allocation, so the search stays exact; only the incumbent improves sooner.
/// </summary>
internal sealed class OneMoveCompletion
{
    /// <summary>How many moves below a state's slack are tried.</summary>
    private const int Tries = 8;

    private readonly long[] dw;
    private readonly long[] dp;
    private readonly int[] unit;
    private readonly int[] option;

    private OneMoveCompletion(long[] dw, long[] dp, int[] unit, int[] option)
    {
        this.dw = dw;
        this.dp = dp;
        this.unit = unit;
        this.option = option;
    }

    /// <summary>Collects every move of every unit but the split unit away from its LP option, sorted by cost change.</summary>
    public static OneMoveCompletion Create(IReadOnlyList<Unit> units, int[] lpOpt, int[] count, int split)
    {
        var moves = new List<(long Dw, long Dp, int Unit, int Option)>();
        for (var i = 0; i < units.Count; i++)
        {
            if (i == split)
            {
                continue;
            }

            var u = units[i];
            for (var j = 0; j < count[i]; j++)
            {
                if (j != lpOpt[i])
                {
                    moves.Add((u.Cost[j] - u.Cost[lpOpt[i]], u.Impact[j] - u.Impact[lpOpt[i]], i, j));
                }
            }
        }

        // Ties in cost change go to the larger impact change, then the lower unit and option, so the order is total.
        moves.Sort((a, b) => a.Dw != b.Dw ? a.Dw.CompareTo(b.Dw) : a.Dp != b.Dp ? a.Dp.CompareTo(b.Dp) : a.Unit != b.Unit ? b.Unit.CompareTo(a.Unit) : b.Option.CompareTo(a.Option));
        return new OneMoveCompletion(
            [.. moves.Select(m => m.Dw)],
            [.. moves.Select(m => m.Dp)],
            [.. moves.Select(m => m.Unit)],
            [.. moves.Select(m => m.Option)]);
    }

    /// <summary>
    /// Offers the filter, for each state of <paramref name="list"/>, the best of the few moves nearest below its slack
    /// that beat the incumbent (more impact, or as much at a lower cost); returns whether the incumbent changed.
    /// </summary>
    public bool Improve(ParetoList list, long capacity, bool[] inCore, ref CoreFilter filter, Func<int, int, int, ExternalIncumbent> allocation)
    {
        var improved = false;
        for (var i = 0; i < list.Count; i++)
        {
            var slack = capacity - list.W[i];
            var k = LastAtMost(slack);
            for (var t = 0; t < Tries && k >= 0; k--)
            {
                if (inCore[unit[k]])
                {
                    continue;
                }

                t++;
                var w = list.W[i] + dw[k];
                var p = list.P[i] + dp[k];
                if (p > filter.BestImpact || (p == filter.BestImpact && w < filter.BestCost))
                {
                    filter.OfferExternal(w, p, allocation(list.Node[i], unit[k], option[k]));
                    improved = true;
                }
            }
        }

        return improved;
    }

    private int LastAtMost(long limit)
    {
        int lo = 0, hi = dw.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (dw[mid] <= limit)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo - 1;
    }
}
