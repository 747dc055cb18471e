namespace Trygghet.Rules.Allocation.Internal;

/// <summary>
/// Exact multiple-choice knapsack by an expanding core (after Pisinger 1995): the LP relaxation (Sinha–Zoltners)
/// gives the split unit and the gradients; units enter the core in order of their gradient's distance from the
/// split slope; the core's allocations are a sparse Pareto list of (cost, impact) states, each pruned as soon as
/// no change outside the core can beat or tie the incumbent. Work depends on the number of states, not on amounts.
/// </summary>
internal static class CoreSolver
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
        var increments = new List<HullIncrement>(n * 2);
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
            for (var k = hullStart[i]; k + 1 < hullStart[i + 1]; k++)
            {
                var a = hullOpt[k];
                var b = hullOpt[k + 1];
                increments.Add(new HullIncrement(u.Cost[b] - u.Cost[a], u.Impact[b] - u.Impact[a], i, k - hullStart[i]));
            }
        }

        var sorted = increments.ToArray();
        Array.Sort(sorted);
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

    private static CoreOutcome Search(IReadOnlyList<Unit> units, long capacity, SearchBudget budget, HullIncrement[] sorted, int split, int[] lpOpt, int[] count, long wLp, long pLp)
    {
        var n = units.Count;
        var s0 = sorted[split].Unit;
        var lambda = new Slope(sorted[split].Dp, sorted[split].Dw);
        var up = new List<int>();
        var upSlope = new List<Slope>();
        var down = new List<int>();
        var downSlope = new List<Slope>();
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

        var arena = new StateArena();
        var filter = new CoreFilter(capacity, arena) { BestImpact = pLp, BestCost = wLp, BestNode = -1 };
        var list = new ParetoList();
        var next = new ParetoList();
        list.Add(wLp, pLp, -1);
        var inCore = new bool[n];
        var coreUnits = new List<int>();
        int upPtr = 0, downPtr = 0;
        var unit = s0;
        var optimal = true;
        var upperBound = pLp;
        while (true)
        {
            inCore[unit] = true;
            coreUnits.Add(unit);
            var stage = arena.AddStage(units[unit], lpOpt[unit]);
            while (upPtr < up.Count && inCore[up[upPtr]])
            {
                upPtr++;
            }

            while (downPtr < down.Count && inCore[down[downPtr]])
            {
                downPtr++;
            }

            filter.Bound = new CoreBound
            {
                HasUp = upPtr < up.Count,
                UpNum = upPtr < up.Count ? upSlope[upPtr].Num : 0,
                UpDen = upPtr < up.Count ? upSlope[upPtr].Den : 1,
                HasDown = downPtr < down.Count,
                DownNum = downPtr < down.Count ? downSlope[downPtr].Num : 0,
                DownDen = downPtr < down.Count ? downSlope[downPtr].Den : 1,
            };
            ParetoMerge.Run(list, units[unit], count[unit], stage, arena, next, ref filter);
            (list, next) = (next, list);
            if (list.Count == 0)
            {
                break;
            }

            if (!budget.ChargeStates(list.Count))
            {
                optimal = false;
                upperBound = filter.BestImpact;
                for (var i = 0; i < list.Count; i++)
                {
                    upperBound = Math.Max(upperBound, filter.Bound.UpperBound(list.W[i], list.P[i], capacity));
                }

                break;
            }

            var hasUp = upPtr < up.Count;
            var hasDown = downPtr < down.Count;
            if (!hasUp && !hasDown)
            {
                break;
            }

            unit = !hasDown || (hasUp && UpIsCloser(lambda, upSlope[upPtr], downSlope[downPtr])) ? up[upPtr] : down[downPtr];
        }

        var options = (int[])lpOpt.Clone();
        var perStage = new int[arena.StageCount];
        arena.Decode(filter.BestNode, perStage);
        for (var s = 0; s < perStage.Length; s++)
        {
            options[coreUnits[s]] = perStage[s];
        }

        return new CoreOutcome(options, filter.BestImpact, filter.BestCost, optimal, optimal ? filter.BestImpact : upperBound, coreUnits.Count);
    }

    private static bool UpIsCloser(Slope lambda, Slope g, Slope h)
    {
        var upDistance = (((Int128)lambda.Num * g.Den) - ((Int128)g.Num * lambda.Den)) * h.Den;
        var downDistance = (((Int128)h.Num * lambda.Den) - ((Int128)lambda.Num * h.Den)) * g.Den;
        return upDistance <= downDistance;
    }

    private static void AddHull(Unit u, int m, List<int> hull)
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
