using System.Buffers;

namespace Trygghet.Rules.Allocation.Internal;

/// <summary>
/// Exact multiple-choice knapsack by an expanding core (after Pisinger 1995): the LP relaxation (Sinha–Zoltners)
/// gives the split unit and the gradients; units enter the core in order of their gradient's distance from the
/// split slope; the core's allocations are a sparse Pareto list of (cost, impact) states, each pruned as soon as
/// no change outside the core can beat or tie the incumbent. Work depends on the number of states, not on amounts.
/// </summary>
internal static partial class CoreSolver
{
    public static CoreOutcome? Solve(IReadOnlyList<Unit> units, long capacity, SearchBudget budget)
    {
        var n = units.Count;
        long w0 = 0, p0 = 0;
        foreach (var u in units)
        {
            w0 += u.Cost[0];
            p0 += u.Impact[0];
        }

        if (w0 > capacity)
        {
            return null;
        }

        var count = new int[n];
        var hullStart = new int[n + 1];
        var hullOpt = new List<int>(n * 2);
        for (var i = 0; i < n; i++)
        {
            var u = units[i];
            var slack = capacity - w0 + u.Cost[0];
            var m = 1;
            while (m < u.Count && u.Cost[m] <= slack)
            {
                m++;
            }

            count[i] = m;
            hullStart[i] = hullOpt.Count;
            AddHull(u, m, hullOpt);
            hullStart[i + 1] = hullOpt.Count;
        }

        // Every hull has a first vertex; the steps between vertices are the increments. Their array is pooled: at a
        // thousand applications it is too large for the small-object heap, and a fresh one per solve costs full collections.
        var incrementCount = hullOpt.Count - n;
        var rented = ArrayPool<HullIncrement>.Shared.Rent(incrementCount);
        try
        {
            var t = 0;
            for (var i = 0; i < n; i++)
            {
                var u = units[i];
                for (var k = hullStart[i]; k + 1 < hullStart[i + 1]; k++)
                {
                    var a = hullOpt[k];
                    var b = hullOpt[k + 1];
                    rented[t++] = new HullIncrement(u.Cost[b] - u.Cost[a], u.Impact[b] - u.Impact[a], i, k - hullStart[i]);
                }
            }

            var sorted = rented.AsSpan(0, incrementCount);
            var keys = ArrayPool<double>.Shared.Rent(incrementCount);
            HullIncrement.Sort(sorted, keys);
            ArrayPool<double>.Shared.Return(keys);
            return SolveSorted(units, capacity, budget, sorted, hullOpt, hullStart, count, w0, p0);
        }
        finally
        {
            ArrayPool<HullIncrement>.Shared.Return(rented);
        }
    }

    /// <summary>The LP relaxation (Sinha–Zoltners) from the increments sorted by slope, then the core search when it splits a unit.</summary>
    private static CoreOutcome SolveSorted(IReadOnlyList<Unit> units, long capacity, SearchBudget budget, ReadOnlySpan<HullIncrement> sorted, List<int> hullOpt, int[] hullStart, int[] count, long w0, long p0)
    {
        var n = units.Count;
        var vertex = new int[n];
        long w = w0, p = p0;
        var split = -1;
        for (var t = 0; t < sorted.Length; t++)
        {
            if (w + sorted[t].Dw <= capacity)
            {
                w += sorted[t].Dw;
                p += sorted[t].Dp;
                vertex[sorted[t].Unit]++;
            }
            else
            {
                split = t;
                break;
            }
        }

        var lpOpt = new int[n];
        for (var i = 0; i < n; i++)
        {
            lpOpt[i] = hullOpt[hullStart[i] + vertex[i]];
        }

        if (split < 0)
        {
            budget.ChargeStates(1);
            return new CoreOutcome(lpOpt, p, w, true, p, 0);
        }

        return Search(units, capacity, budget, sorted, split, lpOpt, count, w, p);
    }

    private static CoreOutcome Search(IReadOnlyList<Unit> units, long capacity, SearchBudget budget, ReadOnlySpan<HullIncrement> sorted, int split, int[] lpOpt, int[] count, long wLp, long pLp)
    {
        // The chains live in pooled chunks until the incumbent's allocation is read out of them.
        var arena = StateArena.Rent();
        try
        {
            return Search(units, capacity, budget, sorted, split, lpOpt, count, wLp, pLp, arena);
        }
        finally
        {
            arena.Release();
        }
    }

    private static CoreOutcome Search(IReadOnlyList<Unit> units, long capacity, SearchBudget budget, ReadOnlySpan<HullIncrement> sorted, int split, int[] lpOpt, int[] count, long wLp, long pLp, StateArena arena)
    {
        var n = units.Count;
        var s0 = sorted[split].Unit;
        var lambda = new Slope(sorted[split].Dp, sorted[split].Dw);
        var up = new List<int>(n);
        var upSlope = new List<Slope>(n);
        var down = new List<int>(n);
        var downSlope = new List<Slope>(n);
        var seen = new bool[n];
        for (var t = split + 1; t < sorted.Length; t++)
        {
            var u = sorted[t].Unit;
            if (u != s0 && !seen[u])
            {
                seen[u] = true;
                up.Add(u);
                upSlope.Add(new Slope(sorted[t].Dp, sorted[t].Dw));
            }
        }

        Array.Clear(seen);
        for (var t = split - 1; t >= 0; t--)
        {
            var u = sorted[t].Unit;
            if (u != s0 && !seen[u])
            {
                seen[u] = true;
                down.Add(u);
                downSlope.Add(new Slope(sorted[t].Dp, sorted[t].Dw));
            }
        }

        var upStep = SuffixMinSteps(units, lpOpt, up, +1);
        var downStep = SuffixMinSteps(units, lpOpt, down, -1);
        var workspace = new ParetoMerge.Workspace();
        var filter = new CoreFilter(capacity, arena, budget) { BestImpact = pLp, BestCost = wLp, BestNode = -1 };
        var coreUnits = new List<int>();
        var greedy = GreedyFill(units, capacity, lpOpt, s0, up, wLp, pLp, out var gw, out var gp);
        if (gp > pLp)
        {
            filter.OfferExternal(gw, gp, new ExternalIncumbent(units, lpOpt, coreUnits, arena, greedy));
        }

        OneMoveCompletion? completion = null;
        LookaheadJoin? join = null;
        var lookahead = new List<int>(LookaheadJoin.MaxUnits);

        var list = ParetoList.Rent();
        var next = ParetoList.Rent();
        list.Add(wLp, pLp, -1);
        var inCore = new bool[n];
        var reduced = new bool[n];
        var optionBuffer = new int[units.Max(u => u.Count)];
        int upPtr = 0, downPtr = 0;
        var unit = s0;
        var optimal = true;
        var upperBound = pLp;
        var cardinalityTried = false;
        var completionFrom = long.MaxValue;
        // A cut made earlier in the solve (another node or round) left no tie-only state to drop here.
        var droppedTies = budget.TieBreakCut;
        while (true)
        {
            inCore[unit] = true;
            coreUnits.Add(unit);
            var stage = arena.AddStage(units[unit], lpOpt[unit]);
            SkipTaken(ref upPtr, ref downPtr, null);

            var kept = Options(unit);

            filter.Bound = new CoreBound(
                upPtr < up.Count ? upSlope[upPtr] : null,
                upPtr < up.Count ? upStep[upPtr] : 1,
                downPtr < down.Count ? downSlope[downPtr] : null,
                downPtr < down.Count ? downStep[downPtr] : 1);
            filter.LeastReach = long.MaxValue;
            ParetoMerge.Run(list, units[unit], optionBuffer, kept, stage, arena, next, ref filter, workspace);
            (list, next) = (next, list);
            if (list.Count == 0)
            {
                break;
            }

            var filled = false;
            if (!cardinalityTried)
            {
                // The LP alone did not settle it: the cardinality bound costs a pass over every option (most instances are
                // ruled out by a first cheap test), and where it applies it prunes from the first stages on.
                cardinalityTried = true;
                filter.Cardinality = CardinalityBound.Create(units, lpOpt, count, s0);
                if (filter.Cardinality.IsActive)
                {
                    // The list's states were admitted without it: their readings are unknown until a retain. With it,
                    // the completion pays from the start.
                    filter.LeastReach = long.MinValue;
                    completionFrom = 0;
                    filled = TryExchangeFill();
                }
                else
                {
                    // Without the bound the completion still finds better incumbents early (weakly correlated 48:
                    // 1 798 states to 358), but sorting its moves costs more than a short search: it waits until a
                    // list holds an eighth as many states as there are moves.
                    completionFrom = budget.CompletionFromListSize ?? Math.Max(1, OneMoveCompletion.CountMoves(count, s0) / 8);
                }
            }

            if (completion is null && list.Count >= completionFrom)
            {
                completion = OneMoveCompletion.Create(units, lpOpt, count, s0);
                join = new LookaheadJoin(units, lpOpt, count);
            }

            // Once the list is long, every allocation of the next few units outside the core.
            var improved = completion is not null && list.Count >= budget.JoinFromListSize
                && join!.Improve(list, capacity, Lookahead(list.Count), budget, ref filter, Completed);

            Prune(improved || filled);

            var limited = !budget.ChargeStates(list.Count);
            var closer = Closer(upPtr, downPtr);

            // Every state the next stage can make, completed by one move of a unit outside the core: found before the
            // merge, such a completion lets the merge already prune against it (and a limit that stops the search here
            // still gets the better incumbent).
            if (completion is not null && closer is { } nextUnit)
            {
                var nextOptions = Options(nextUnit);
                if (completion.ImproveWith(list, capacity, inCore, units[nextUnit], nextUnit, lpOpt[nextUnit], optionBuffer, nextOptions, ref filter, Completed))
                {
                    Prune(true);
                }
            }

            if (list.Count == 0)
            {
                break;
            }

            if (limited)
            {
                optimal = false;
                upperBound = filter.BestImpact;
                for (var i = 0; i < list.Count; i++)
                {
                    var bound = Math.Min(filter.Bound.UpperBound(list.W[i], list.P[i], capacity), filter.Cardinality.UpperBound(list.W[i], list.P[i], capacity));
                    upperBound = Math.Max(upperBound, bound);
                }

                break;
            }

            if (closer is null)
            {
                break;
            }

            unit = closer.Value;
        }

        // Drops the states the bounds no longer let through once the incumbent has improved, and the tie-only ones once the
        // tie allowance has run out. While every state's cardinality reading still exceeds the incumbent, hardly any would
        // go, so they all stay (a state kept that need not be only costs its children's checks in the next merge).
        void Prune(bool improved)
        {
            if (improved && (!filter.Cardinality.IsActive || filter.LeastReach <= filter.BestImpact))
            {
                // Should the tie allowance run out in this pass, the states it kept only to tie before then go as well.
                if (droppedTies)
                {
                    Retain(list, next, ref filter);
                }
                else
                {
                    droppedTies = RetainDroppingTies(list, next, ref filter, budget);
                }

                (list, next) = (next, list);
            }

            if (budget.TieBreakCut && !droppedTies)
            {
                // The tie allowance ran out in this stage's merge: the states it kept before that can at best tie the
                // incumbent, and with no allowance left none of their children can replace it.
                droppedTies = true;
                Retain(list, next, ref filter);
                (list, next) = (next, list);
            }
        }

        // With the cardinality bound, the fill of the capacity that one, two or three exchanges of steps make, when it beats
        // the incumbent. It tries the split unit and those whose gradients are closest to the split slope: in such rounds,
        // those whose steps are closest to the split's.
        bool TryExchangeFill()
        {
            List<int> ups = [s0, .. up.Take(ExchangeFill.MaxUnits - 1)];
            List<int> downs = [s0, .. down.Take(ExchangeFill.MaxUnits - 1)];
            if (ExchangeFill.Find(units, lpOpt, count, ups, downs, capacity - wLp, out var gain) is not { } options)
            {
                return false;
            }

            var w = capacity;
            var p = pLp + gain;
            if (p < filter.BestImpact || (p == filter.BestImpact && w >= filter.BestCost))
            {
                return false;
            }

            filter.OfferExternal(w, p, new ExternalIncumbent(units, lpOpt, coreUnits, arena, options));
            return true;
        }

        // Writes into the option buffer the options of a unit that may still lead past the incumbent; returns how many.
        int Options(int i)
        {
            var kept = 0;
            for (var j = 0; j < count[i]; j++)
            {
                if (i == s0 || j == lpOpt[i] || MayReach(i, j))
                {
                    optionBuffer[kept++] = j;
                }
            }

            return kept;
        }

        // Moves the up and down positions past units in the core, reduced to their LP option, or already taken.
        void SkipTaken(ref int u, ref int d, List<int>? taken)
        {
            while (u < up.Count && (inCore[up[u]] || Reduced(up[u]) || (taken?.Contains(up[u]) ?? false)))
            {
                u++;
            }

            while (d < down.Count && (inCore[down[d]] || Reduced(down[d]) || (taken?.Contains(down[d]) ?? false)))
            {
                d++;
            }
        }

        // The unit at the up or down position whose gradient is closer to the split slope, or none when both lists are done.
        int? Closer(int u, int d) =>
            u == up.Count && d == down.Count ? null
            : d == down.Count || (u < up.Count && UpIsCloser(lambda, upSlope[u], downSlope[d])) ? up[u] : down[d];

        // The units the core would take next, in its order, until their allocations about match the core's states in number.
        List<int> Lookahead(int target)
        {
            lookahead.Clear();
            int u = upPtr, d = downPtr;
            long combinations = 1;
            target = Math.Max(target, LookaheadJoin.MinCombinations);
            while (lookahead.Count < LookaheadJoin.MaxUnits && combinations < target)
            {
                SkipTaken(ref u, ref d, lookahead);
                if (Closer(u, d) is not { } pick)
                {
                    break;
                }

                lookahead.Add(pick);
                combinations *= count[pick];
            }

            return lookahead;
        }

        // A core state (its chain) as a whole allocation: the core units' options along it, the others' LP options.
        int[] Allocation(int node)
        {
            var options = (int[])lpOpt.Clone();
            var perStage = new int[arena.StageCount];
            arena.Decode(node, perStage);
            for (var s = 0; s < perStage.Length; s++)
            {
                options[coreUnits[s]] = perStage[s];
            }

            return options;
        }

        // A core state with some outside units moved to other options, as a whole allocation.
        ExternalIncumbent Completed(int node, (int Unit, int Option)[] moves)
        {
            var options = Allocation(node);
            foreach (var (movedUnit, movedOption) in moves)
            {
                options[movedUnit] = movedOption;
            }

            return new ExternalIncumbent(units, lpOpt, coreUnits, arena, options);
        }

        // Dembo–Hammer reduction: fixing unit i at option j costs at least its reduced cost against the split slope,
        // so when even the LP bound with that cost removed cannot reach the incumbent, option j can be dropped; a unit
        // with every other option dropped stays at its LP choice and never enters the core.
        bool MayReach(int i, int j)
        {
            var u = units[i];
            var rest = capacity - wLp - u.Cost[j] + u.Cost[lpOpt[i]];
            var need = filter.BestImpact - pLp - u.Impact[j] + u.Impact[lpOpt[i]];
            return (Int128)need * lambda.Den <= (Int128)lambda.Num * rest;
        }

        bool Reduced(int i)
        {
            if (!reduced[i])
            {
                var any = false;
                for (var j = 0; j < count[i] && !any; j++)
                {
                    any = j != lpOpt[i] && MayReach(i, j);
                }

                reduced[i] = !any;
            }

            return reduced[i];
        }

        // The lists are done with (their arrays go back to the pool); the incumbent lives in the arena or outside it.
        list.Release();
        next.Release();
        if (filter.BestNode == -2)
        {
            return new CoreOutcome(filter.External!.Options, filter.BestImpact, filter.BestCost, optimal, optimal ? filter.BestImpact : upperBound, coreUnits.Count);
        }

        return new CoreOutcome(Allocation(filter.BestNode), filter.BestImpact, filter.BestCost, optimal, optimal ? filter.BestImpact : upperBound, coreUnits.Count);
    }
}
