namespace Trygghet.Rules.Allocation.Internal;

/// <summary>
/// Improves the incumbent by joining the core's states with every allocation of the next few units outside the core
/// (those the core would take next). The units' Pareto list of changes from their LP options, about as long as the
/// core's list, is read against it in one pass, both sorted by cost (Horowitz and Sahni's two lists), so that
/// <c>|L|·|R|</c> combinations cost <c>|L| + |R|</c>. On instances whose impacts are costs plus a fixed amount per step
/// the optimum fills the budget to the krona: such joins find exact fills stages before the core alone would, after
/// which the bounds close the search. Every join is a real allocation, so the search stays exact; only the incumbent
/// improves sooner.
/// </summary>
internal sealed class LookaheadJoin(IReadOnlyList<Unit> units, int[] lpOpt, int[] count)
{
    /// <summary>The most units joined at once.</summary>
    public const int MaxUnits = 8;

    /// <summary>The fewest allocations of the joined units aimed at, however short the core's list.</summary>
    public const int MinCombinations = 16;

    private readonly ParetoMerge.Workspace workspace = new();
    private readonly int[] options = Enumerable.Range(0, units.Count == 0 ? 0 : units.Max(u => u.Count)).ToArray();

    /// <summary>
    /// Joins every state of <paramref name="list"/> with the best-fitting allocation of <paramref name="lookahead"/>'s
    /// units and offers the filter the best combination if it beats the incumbent (more impact, or as much at a lower
    /// cost); returns whether it did. The joined units' states are charged to <paramref name="budget"/>.
    /// </summary>
    public bool Improve(ParetoList list, long capacity, List<int> lookahead, SearchBudget budget, ref CoreFilter filter, Func<int, (int Unit, int Option)[], ExternalIncumbent> allocation)
    {
        if (list.Count == 0 || lookahead.Count == 0)
        {
            return false;
        }

        var arena = StateArena.Rent();
        var joined = ParetoList.Rent();
        var next = ParetoList.Rent();
        try
        {
            // Changes that fit beside no core state are of no use: the cheapest core state bounds them.
            var keep = new CapFilter(capacity - list.W[0], arena);
            joined.Add(0, 0, -1);
            foreach (var i in lookahead)
            {
                var stage = arena.AddStage(units[i], lpOpt[i]);
                ParetoMerge.Run(joined, units[i], options, count[i], stage, arena, next, ref keep, workspace);
                (joined, next) = (next, joined);
                if (!budget.ChargeStates(joined.Count) || joined.Count == 0)
                {
                    return false;
                }
            }

            var (state, change) = Best(list, joined, capacity, filter.BestImpact, filter.BestCost);
            if (state < 0)
            {
                return false;
            }

            var perStage = new int[arena.StageCount];
            arena.Decode(joined.Node[change], perStage);
            var moves = new (int Unit, int Option)[perStage.Length];
            for (var s = 0; s < perStage.Length; s++)
            {
                moves[s] = (lookahead[s], perStage[s]);
            }

            filter.OfferExternal(list.W[state] + joined.W[change], list.P[state] + joined.P[change], allocation(list.Node[state], moves));
            return true;
        }
        finally
        {
            joined.Release();
            next.Release();
            arena.Release();
        }
    }

    /// <summary>
    /// Returns the core state and the change that together beat (<paramref name="bestP"/>, <paramref name="bestW"/>)
    /// by the most, or (-1, -1). Both lists rise in cost and impact, so the last change that fits beside a state is its
    /// best, and it only moves down as the states get dearer.
    /// </summary>
    private static (int State, int Change) Best(ParetoList list, ParetoList changes, long capacity, long bestP, long bestW)
    {
        int state = -1, change = -1;
        var j = changes.Count - 1;
        for (var i = 0; i < list.Count; i++)
        {
            var room = capacity - list.W[i];
            while (j >= 0 && changes.W[j] > room)
            {
                j--;
            }

            if (j < 0)
            {
                break;
            }

            var p = list.P[i] + changes.P[j];
            if (p < bestP)
            {
                continue;
            }

            var w = list.W[i] + changes.W[j];
            if (p > bestP || w < bestW)
            {
                (bestP, bestW, state, change) = (p, w, i, j);
            }
        }

        return (state, change);
    }
}
