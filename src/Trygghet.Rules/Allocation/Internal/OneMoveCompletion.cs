using System.Buffers;

namespace Trygghet.Rules.Allocation.Internal;

/// <summary>
/// Improves the incumbent by completing the states the core's next stage can make (each core state with each option of
/// the unit about to enter) with one change of one class outside the core, before that stage is merged: the state's
/// slack is filled by the dearest single move that still fits (the few nearest below it are tried). On instances whose
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

    // The largest impact change among the moves up to each position, so that a state no move can improve is skipped.
    private readonly long[] bestDpUpTo;

    private OneMoveCompletion(long[] dw, long[] dp, int[] unit, int[] option)
    {
        this.dw = dw;
        this.dp = dp;
        this.unit = unit;
        this.option = option;
        bestDpUpTo = new long[dp.Length];
        for (var k = 0; k < dp.Length; k++)
        {
            bestDpUpTo[k] = k == 0 ? dp[0] : Math.Max(bestDpUpTo[k - 1], dp[k]);
        }
    }

    /// <summary>Gets the moves in the order they are kept: by cost change, then as <see cref="Move.CompareTo"/> orders them.</summary>
    internal IEnumerable<(long Dw, long Dp, int Unit, int Option)> Moves => Enumerable.Range(0, dw.Length).Select(k => (dw[k], dp[k], unit[k], option[k]));

    /// <summary>Returns how many moves <see cref="Create"/> collects: every option of every unit but the split unit, its LP option aside.</summary>
    public static int CountMoves(int[] count, int split)
    {
        var total = 0;
        for (var i = 0; i < count.Length; i++)
        {
            total += i == split ? 0 : count[i] - 1;
        }

        return total;
    }

    /// <summary>Collects every move of every unit but the split unit away from its LP option, sorted by cost change.</summary>
    public static OneMoveCompletion Create(IReadOnlyList<Unit> units, int[] lpOpt, int[] count, int split)
    {
        var total = CountMoves(count, split);

        // The moves are sorted by their cost changes alone (a sort of primitive keys), then each run of equal cost
        // changes by the rest of the order, in pooled arrays: at a thousand applications fresh ones would be large objects.
        var keys = ArrayPool<long>.Shared.Rent(total);
        var moves = ArrayPool<Move>.Shared.Rent(total);
        try
        {
            var m = 0;
            for (var i = 0; i < units.Count; i++)
            {
                var u = units[i];
                for (var j = 0; j < count[i] && i != split; j++)
                {
                    if (j != lpOpt[i])
                    {
                        moves[m] = new Move(u.Cost[j] - u.Cost[lpOpt[i]], u.Impact[j] - u.Impact[lpOpt[i]], i, j);
                        keys[m] = moves[m].Dw;
                        m++;
                    }
                }
            }

            keys.AsSpan(0, total).Sort(moves.AsSpan(0, total));
            for (var start = 0; start < total;)
            {
                var end = start + 1;
                while (end < total && keys[end] == keys[start])
                {
                    end++;
                }

                if (end - start > 1)
                {
                    moves.AsSpan(start, end - start).Sort();
                }

                start = end;
            }

            var (dw, dp, unit, option) = (new long[total], new long[total], new int[total], new int[total]);
            for (var k = 0; k < total; k++)
            {
                (dw[k], dp[k], unit[k], option[k]) = (moves[k].Dw, moves[k].Dp, moves[k].Unit, moves[k].Option);
            }

            return new OneMoveCompletion(dw, dp, unit, option);
        }
        finally
        {
            ArrayPool<long>.Shared.Return(keys);
            ArrayPool<Move>.Shared.Return(moves);
        }
    }

    /// <summary>
    /// Tries every state of <paramref name="list"/> with each option <paramref name="options"/>[0..<paramref name="optionCount"/>)
    /// of the unit <paramref name="next"/> (the next to enter the core, at its base option <paramref name="baseOpt"/> in
    /// the list) and one move of another unit outside the core, and offers the filter the best such completion if it
    /// beats the incumbent; returns whether it did. These are the completions of every state the next stage can make,
    /// found before it is merged, so that the merge already prunes against them.
    /// </summary>
    public bool ImproveWith(ParetoList list, long capacity, bool[] inCore, Unit nextUnit, int next, int baseOpt, int[] options, int optionCount, ref CoreFilter filter, Func<int, (int Unit, int Option)[], ExternalIncumbent> allocation)
    {
        var best = new Best(filter.BestCost, filter.BestImpact);
        var bestOption = -1;
        var wasInCore = inCore[next];
        inCore[next] = true;
        try
        {
            for (var k = 0; k < optionCount; k++)
            {
                var j = options[k];
                var shiftW = nextUnit.Cost[j] - nextUnit.Cost[baseOpt];
                var shiftP = nextUnit.Impact[j] - nextUnit.Impact[baseOpt];
                if (Sweep(list, capacity, inCore, shiftW, shiftP, ref best))
                {
                    bestOption = j;
                }
            }
        }
        finally
        {
            inCore[next] = wasInCore;
        }

        if (bestOption < 0)
        {
            return false;
        }

        filter.OfferExternal(best.W, best.P, allocation(list.Node[best.State], [(next, bestOption), (unit[best.Move], option[best.Move])]));
        return true;
    }

    /// <summary>
    /// Tries, for each state of <paramref name="list"/> shifted by (<paramref name="shiftW"/>, <paramref name="shiftP"/>),
    /// the few moves nearest below its slack; returns whether one beats <paramref name="best"/>, which it then holds.
    /// </summary>
    private bool Sweep(ParetoList list, long capacity, bool[] inCore, long shiftW, long shiftP, ref Best best)
    {
        var found = false;

        // The list is sorted by cost, so the slack falls and the last move that fits moves only down.
        var last = dw.Length - 1;
        for (var i = 0; i < list.Count; i++)
        {
            var stateW = list.W[i] + shiftW;
            var stateP = list.P[i] + shiftP;
            var slack = capacity - stateW;
            while (last >= 0 && dw[last] > slack)
            {
                last--;
            }

            if (last < 0)
            {
                break;
            }

            if (stateP + bestDpUpTo[last] < best.P)
            {
                continue;
            }

            var k = last;
            for (var t = 0; t < Tries && k >= 0; k--)
            {
                if (inCore[unit[k]])
                {
                    continue;
                }

                t++;
                var w = stateW + dw[k];
                var p = stateP + dp[k];
                if (p > best.P || (p == best.P && w < best.W))
                {
                    best = new Best(w, p) { State = i, Move = k };
                    found = true;
                }
            }
        }

        return found;
    }

    /// <summary>The best completion found so far: its cost and impact, and the state and move that make it (-1 for the incumbent's).</summary>
    private record struct Best(long W, long P)
    {
        public int State { get; init; } = -1;

        public int Move { get; init; } = -1;
    }

    /// <summary>One move: its cost and impact change, unit and option. Ties in cost change go to the larger impact change, then the lower unit and option, so the order is total.</summary>
    internal readonly record struct Move(long Dw, long Dp, int Unit, int Option) : IComparable<Move>
    {
        public int CompareTo(Move other) =>
            Dw != other.Dw ? Dw.CompareTo(other.Dw)
            : Dp != other.Dp ? Dp.CompareTo(other.Dp)
            : Unit != other.Unit ? other.Unit.CompareTo(Unit)
            : other.Option.CompareTo(Option);
    }
}
