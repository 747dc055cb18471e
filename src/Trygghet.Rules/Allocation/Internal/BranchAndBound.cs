namespace Trygghet.Rules.Allocation.Internal;

/// <summary>
/// Exact search for the constraints that do not fit the knapsack: district minimums (a covering constraint that
/// cuts across boards) and exclusive groups that overlap or span capped boards. Each node is solved exactly without
/// them; a node whose allocation breaks one branches (an application's option at most its current one, or above it;
/// an exclusive member unfunded, or funded with the rest of its groups unfunded). Best-first by the node's optimum.
/// </summary>
internal static class BranchAndBound
{
    /// <summary>Solves the problem; returns <see langword="null"/> when it is proven infeasible.</summary>
    public static SolveOutcome? Solve(CanonicalProblem canon, long capacity, SearchBudget budget)
    {
        var root = Restriction.Root(canon);
        budget.ChargeNode();
        var stopped = false;
        var first = Reachable(canon, root) ? Relaxation.Solve(canon, root, capacity, budget, out stopped) : null;
        if (first is null)
        {
            return stopped ? throw new AllocationLimitException(canon.Source.Budget) : null;
        }

        if (!canon.HasDeferred)
        {
            return new SolveOutcome(first.Positions, first.Impact, first.Cost, first.Optimal, first.UpperBound, first.CoreSize);
        }

        var best = Dive(canon, root, first, capacity, budget);
        var optimal = true;
        var queue = new PriorityQueue<(Restriction R, Relaxation X), (long NegImpact, long Cost, long Seq)>();
        long seq = 0;
        Offer(first, root);
        while (queue.Count > 0)
        {
            queue.TryPeek(out var top, out var key);
            if (best is not null && (-key.NegImpact < best.Impact || (-key.NegImpact == best.Impact && key.Cost > best.Cost)))
            {
                queue.Clear();
                break;
            }

            if (!budget.Check())
            {
                break;
            }

            queue.Dequeue();
            foreach (var child in Branch(canon, top.R, top.X.Positions))
            {
                budget.ChargeNode();
                if (!Reachable(canon, child))
                {
                    continue;
                }

                var x = Relaxation.Solve(canon, child, capacity, budget, out var childStopped);
                optimal &= !childStopped;
                if (x is not null)
                {
                    Offer(x, child);
                }
            }
        }

        var upper = best?.Impact ?? long.MinValue;
        while (queue.TryDequeue(out var open, out _))
        {
            optimal = false;
            upper = Math.Max(upper, open.X.UpperBound);
        }

        if (best is null)
        {
            return optimal ? null : throw new AllocationLimitException(canon.Source.Budget);
        }

        return new SolveOutcome(best.Positions, best.Impact, best.Cost, optimal, optimal ? best.Impact : upper, best.CoreSize);

        void Offer(Relaxation x, Restriction r)
        {
            optimal &= x.Optimal;
            if (Satisfies(canon, x.Positions))
            {
                if (best is null || Better(canon, x, best))
                {
                    best = x;
                }

                if (!x.Optimal)
                {
                    queue.Enqueue((r, x), (-x.UpperBound, 0, seq++));
                }

                return;
            }

            queue.Enqueue((r, x), (-(x.Optimal ? x.Impact : x.UpperBound), x.Optimal ? x.Cost : 0, seq++));
        }
    }

    /// <summary>Follows one branch down (the child that spends more in the short district, or funds the exclusive member) to find a first feasible allocation.</summary>
    private static Relaxation? Dive(CanonicalProblem canon, Restriction restriction, Relaxation x, long capacity, SearchBudget budget)
    {
        while (!Satisfies(canon, x.Positions))
        {
            Relaxation? next = null;
            foreach (var child in Branch(canon, restriction, x.Positions).Reverse())
            {
                if (!budget.Check())
                {
                    return null;
                }

                budget.ChargeNode();
                next = Reachable(canon, child) ? Relaxation.Solve(canon, child, capacity, budget, out _) : null;
                if (next is not null)
                {
                    restriction = child;
                    break;
                }
            }

            if (next is null)
            {
                return null;
            }

            x = next;
        }

        return x;
    }

    private static bool Better(CanonicalProblem canon, Relaxation a, Relaxation b) =>
        a.Impact != b.Impact ? a.Impact > b.Impact
        : a.Cost != b.Cost ? a.Cost < b.Cost
        : CanonicalProblem.CompareTie(a.Positions, b.Positions) < 0;

    public static bool Satisfies(CanonicalProblem canon, int[] positions)
    {
        var spend = new long[canon.Districts.Length];
        for (var r = 0; r < canon.Count; r++)
        {
            if (positions[r] >= 0)
            {
                spend[canon.District[r]] += canon.Cost[r][positions[r]];
            }
        }

        for (var d = 0; d < spend.Length; d++)
        {
            if (spend[d] < canon.DistrictMin[d])
            {
                return false;
            }
        }

        for (var g = 0; g < canon.Groups.Length; g++)
        {
            if (!canon.GroupMerged[g] && canon.Groups[g].Count(r => positions[r] >= 0) > 1)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns whether every district can still reach its minimum under the restriction.</summary>
    private static bool Reachable(CanonicalProblem canon, Restriction restriction)
    {
        var most = new long[canon.Districts.Length];
        for (var r = 0; r < canon.Count; r++)
        {
            if (restriction.IsEmpty(r))
            {
                return false;
            }

            if (restriction.Hi[r] >= restriction.Lo[r])
            {
                most[canon.District[r]] += canon.Cost[r][restriction.Hi[r]];
            }
        }

        return most.Select((m, d) => m >= canon.DistrictMin[d]).All(ok => ok);
    }

    private static IEnumerable<Restriction> Branch(CanonicalProblem canon, Restriction restriction, int[] positions)
    {
        for (var g = 0; g < canon.Groups.Length; g++)
        {
            if (canon.GroupMerged[g] || canon.Groups[g].Count(r => positions[r] >= 0) <= 1)
            {
                continue;
            }

            var m = canon.Groups[g].First(r => positions[r] >= 0);
            var funded = restriction.RequireFunding(m);
            foreach (var other in canon.Groups.Where((grp, k) => !canon.GroupMerged[k] && grp.Contains(m)).SelectMany(grp => grp).Where(r => r != m))
            {
                funded.Hi[other] = -1;
            }

            return restriction.NothingAllowed[m] ? [restriction.ForbidFunding(m), funded] : [funded];
        }

        return BranchOnDistrict(canon, restriction, positions);
    }

    private static IEnumerable<Restriction> BranchOnDistrict(CanonicalProblem canon, Restriction restriction, int[] positions)
    {
        var spend = new long[canon.Districts.Length];
        for (var r = 0; r < canon.Count; r++)
        {
            spend[canon.District[r]] += positions[r] >= 0 ? canon.Cost[r][positions[r]] : 0;
        }

        var d = -1;
        for (var k = 0; k < spend.Length && d < 0; k++)
        {
            d = spend[k] < canon.DistrictMin[k] ? k : -1;
        }

        var pick = -1;
        (long Dp, long Dw) bestStep = (0, 1);
        for (var r = 0; r < canon.Count; r++)
        {
            var cur = positions[r];
            var next = Math.Max(cur + 1, restriction.Lo[r]);
            if (canon.District[r] != d || next > restriction.Hi[r])
            {
                continue;
            }

            var step = (canon.Impact[r][next] - (cur >= 0 ? canon.Impact[r][cur] : 0), canon.Cost[r][next] - (cur >= 0 ? canon.Cost[r][cur] : 0));
            if (pick < 0 || Slope.Compare(step.Item1, step.Item2, bestStep.Dp, bestStep.Dw) > 0)
            {
                pick = r;
                bestStep = step;
            }
        }

        if (pick < 0)
        {
            return [];
        }

        var atMost = restriction.Clone();
        atMost.Hi[pick] = positions[pick];
        var above = restriction.Clone();
        above.Lo[pick] = Math.Max(positions[pick] + 1, restriction.Lo[pick]);
        above.NothingAllowed[pick] = false;
        return [atMost, above];
    }
}
