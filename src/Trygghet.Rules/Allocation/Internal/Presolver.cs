namespace Trygghet.Rules.Allocation.Internal;

/// <summary>Finds, before any search, the conflicts that make a problem infeasible, each named with its amounts.</summary>
internal static class Presolver
{
    public static List<AllocationConflict> FindConflicts(CanonicalProblem canon, long budget)
    {
        var conflicts = new List<AllocationConflict>();
        var must = Enumerable.Range(0, canon.Count).Where(r => canon.MustFund[r]).ToArray();
        var cheapest = new long[canon.Count];
        foreach (var r in must)
        {
            var id = canon.Ids[r];
            if (canon.Cost[r].Length == 0)
            {
                conflicts.Add(new(AllocationConflictKind.MustFundWithoutOption, $"Must-fund application {id} has no funding option.", [id]));
                continue;
            }

            cheapest[r] = canon.Cost[r][0];
            var board = canon.Board[r];
            if (cheapest[r] > budget)
            {
                conflicts.Add(new(AllocationConflictKind.MustFundOverBudget, $"Must-fund application {id} costs at least {Kr.Format(cheapest[r])} but the budget is {Kr.Format(budget)}.", [id]));
            }

            if (cheapest[r] > canon.BoardCap[board])
            {
                conflicts.Add(new(AllocationConflictKind.MustFundOverBoardCap, $"Must-fund application {id} costs at least {Kr.Format(cheapest[r])} but the board cap of {canon.BoardIds[board]} is {Kr.Format(canon.BoardCap[board])}.", [id, canon.BoardIds[board]]));
            }
        }

        var mustTotal = must.Sum(r => cheapest[r]);
        if (must.Length > 1 && mustTotal > budget && must.All(r => cheapest[r] <= budget))
        {
            var ids = must.Select(r => canon.Ids[r]).ToArray();
            conflicts.Add(new(AllocationConflictKind.MustFundsOverBudget, $"Must-fund applications {string.Join(", ", ids)} together cost at least {Kr.Format(mustTotal)} but the budget is {Kr.Format(budget)}.", ids));
        }

        foreach (var byBoard in must.GroupBy(r => canon.Board[r]))
        {
            var total = byBoard.Sum(r => cheapest[r]);
            var cap = canon.BoardCap[byBoard.Key];
            if (byBoard.Count() > 1 && total > cap && byBoard.All(r => cheapest[r] <= cap))
            {
                var ids = byBoard.Select(r => canon.Ids[r]).ToArray();
                conflicts.Add(new(AllocationConflictKind.MustFundsOverBoardCap, $"Must-fund applications {string.Join(", ", ids)} of board {canon.BoardIds[byBoard.Key]} together cost at least {Kr.Format(total)} but its cap is {Kr.Format(cap)}.", [.. ids, canon.BoardIds[byBoard.Key]]));
            }
        }

        foreach (var group in canon.Groups)
        {
            var required = group.Where(r => canon.MustFund[r]).ToArray();
            if (required.Length > 1)
            {
                var ids = required.Select(r => canon.Ids[r]).ToArray();
                conflicts.Add(new(AllocationConflictKind.MustFundsMutuallyExclusive, $"Must-fund applications {string.Join(" and ", ids)} are in the same mutually exclusive group, so at most one of them can be funded.", ids));
            }
        }

        AddDistrictConflicts(canon, budget, cheapest, conflicts);
        return conflicts;
    }

    private static void AddDistrictConflicts(CanonicalProblem canon, long budget, long[] cheapest, List<AllocationConflict> conflicts)
    {
        // What the must-fund applications of each district cost at least, in one pass (cheapest is 0 for the others).
        var mustHere = new long[canon.Districts.Length];
        for (var r = 0; r < canon.Count; r++)
        {
            mustHere[canon.District[r]] += cheapest[r];
        }

        long required = 0;
        for (var d = 0; d < canon.Districts.Length; d++)
        {
            var min = canon.DistrictMin[d];
            required += Math.Max(min, mustHere[d]);
            if (min <= 0)
            {
                continue;
            }

            var name = canon.Districts[d];
            if (min > budget)
            {
                conflicts.Add(new(AllocationConflictKind.MinimumsOverBudget, $"District minimum for {name} ({Kr.Format(min)}) exceeds the budget of {Kr.Format(budget)}.", [name]));
                continue;
            }

            var eligible = MostSpend(canon, d, budget, capped: false);
            if (eligible < min)
            {
                conflicts.Add(new(AllocationConflictKind.DistrictMinimumUnreachable, $"District minimum for {name} ({Kr.Format(min)}) cannot be reached: its eligible applications total {Kr.Format(eligible)}.", [name]));
                continue;
            }

            var withinCaps = MostSpend(canon, d, budget, capped: true);
            if (withinCaps < min)
            {
                conflicts.Add(new(AllocationConflictKind.DistrictMinimumOverBoardCaps, $"District minimum for {name} ({Kr.Format(min)}) cannot be reached within the board caps: at most {Kr.Format(withinCaps)} can go to its applications.", [name]));
            }
        }

        if (conflicts.Count == 0 && required > budget && canon.DistrictMin.Any(m => m > 0))
        {
            var names = canon.Districts.Where((_, d) => canon.DistrictMin[d] > 0).ToArray();
            conflicts.Add(new(AllocationConflictKind.MinimumsOverBudget, $"District minimums ({string.Join(", ", names)}) and must-fund applications together require at least {Kr.Format(required)} but the budget is {Kr.Format(budget)}.", names));
        }
    }

    /// <summary>Returns an upper bound on what a district's applications can receive: the dearest option within the budget of each, one per exclusive group, optionally within board caps.</summary>
    private static long MostSpend(CanonicalProblem canon, int d, long budget, bool capped)
    {
        var best = new long[canon.Count];
        for (var r = 0; r < canon.Count; r++)
        {
            if (canon.District[r] == d)
            {
                var limit = capped ? Math.Min(budget, canon.BoardCap[canon.Board[r]]) : budget;
                best[r] = canon.Cost[r].Where(c => c <= limit).DefaultIfEmpty(0).Max();
            }
        }

        for (var g = 0; g < canon.Groups.Length; g++)
        {
            if (canon.GroupMerged[g])
            {
                var members = canon.Groups[g];
                var top = members.Max(r => best[r]);
                var keep = members.First(r => best[r] == top);
                foreach (var r in members.Where(r => r != keep))
                {
                    best[r] = 0;
                }
            }
        }

        if (!capped)
        {
            return best.Sum();
        }

        return Enumerable.Range(0, canon.Count).Where(r => best[r] > 0).GroupBy(r => canon.Board[r])
            .Sum(g => Math.Min(canon.BoardCap[g.Key], g.Sum(r => best[r])));
    }
}
