using Trygghet.Rules.Allocation;

namespace Trygghet.Rules.Tests.Allocation;

/// <summary>
/// An independent, obviously correct optimizer for small problems: depth-first enumeration of every allocation,
/// pruned only by the budget, caps, exclusive groups and an optimistic impact bound that keeps ties, with the
/// documented tie-break chain applied to complete allocations.
/// </summary>
internal static class ReferenceSolver
{
    /// <summary>Returns the best option index per class (input order, -1 unfunded), or null when infeasible.</summary>
    public static int[]? Solve(AllocationProblem problem)
    {
        var classes = problem.Classes;
        var n = classes.Count;
        var must = problem.MustFund.ToHashSet(StringComparer.Ordinal);
        var caps = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var cap in problem.BoardCaps)
        {
            caps[cap.BoardId] = caps.TryGetValue(cap.BoardId, out var c) ? Math.Min(c, cap.Max) : cap.Max;
        }

        var groups = problem.MutuallyExclusive.Select(g => g.Distinct(StringComparer.Ordinal).ToArray()).ToArray();
        var maxImpact = classes.Select(c => c.Options.Count == 0 ? 0 : c.Options.Max(o => o.Impact)).ToArray();
        var suffix = new long[n + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            suffix[i] = suffix[i + 1] + maxImpact[i];
        }

        var choice = new int[n];
        int[]? best = null;
        long bestImpact = -1;
        var boardSpend = new Dictionary<string, long>(StringComparer.Ordinal);
        Recurse(0, 0, 0);
        return best;

        void Recurse(int i, long cost, long impact)
        {
            if (impact + suffix[i] < bestImpact)
            {
                return;
            }

            if (i == n)
            {
                if (!MeetsMinimums(problem, choice))
                {
                    return;
                }

                if (best is null || Compare(problem, choice, best) < 0)
                {
                    best = (int[])choice.Clone();
                    bestImpact = impact;
                }

                return;
            }

            var c = classes[i];
            for (var k = -1; k < c.Options.Count; k++)
            {
                if (k < 0 && must.Contains(c.Id))
                {
                    continue;
                }

                var oc = k < 0 ? 0 : c.Options[k].Cost;
                var spent = boardSpend.GetValueOrDefault(c.BoardId);
                if (cost + oc > problem.Budget || (caps.TryGetValue(c.BoardId, out var cap) && spent + oc > cap))
                {
                    continue;
                }

                choice[i] = k;
                if (k >= 0 && !ExclusiveOk(problem, groups, choice, i))
                {
                    continue;
                }

                boardSpend[c.BoardId] = spent + oc;
                Recurse(i + 1, cost + oc, impact + (k < 0 ? 0 : c.Options[k].Impact));
                boardSpend[c.BoardId] = spent;
            }

            choice[i] = -1;
        }
    }

    private static bool ExclusiveOk(AllocationProblem problem, string[][] groups, int[] choice, int upTo)
    {
        foreach (var g in groups)
        {
            var funded = 0;
            for (var j = 0; j <= upTo; j++)
            {
                if (choice[j] >= 0 && g.Contains(problem.Classes[j].Id, StringComparer.Ordinal))
                {
                    funded++;
                }
            }

            if (funded > 1)
            {
                return false;
            }
        }

        return true;
    }

    public static bool MeetsMinimums(AllocationProblem problem, int[] choice)
    {
        foreach (var min in problem.DistrictMinimums)
        {
            long spend = 0;
            for (var j = 0; j < choice.Length; j++)
            {
                if (choice[j] >= 0 && problem.Classes[j].DistrictArea == min.DistrictArea)
                {
                    spend += problem.Classes[j].Options[choice[j]].Cost;
                }
            }

            if (spend < min.Min)
            {
                return false;
            }
        }

        return true;
    }

    public static (long Cost, long Impact) Totals(AllocationProblem problem, int[] choice)
    {
        long cost = 0, impact = 0;
        for (var j = 0; j < choice.Length; j++)
        {
            if (choice[j] >= 0)
            {
                cost += problem.Classes[j].Options[choice[j]].Cost;
                impact += problem.Classes[j].Options[choice[j]].Impact;
            }
        }

        return (cost, impact);
    }

    /// <summary>The documented order: impact, cost, funded set by ordinal id, option cost by ordinal id, option index.</summary>
    public static int Compare(AllocationProblem problem, int[] a, int[] b)
    {
        var ta = Totals(problem, a);
        var tb = Totals(problem, b);
        if (ta.Impact != tb.Impact)
        {
            return ta.Impact > tb.Impact ? -1 : 1;
        }

        if (ta.Cost != tb.Cost)
        {
            return ta.Cost < tb.Cost ? -1 : 1;
        }

        var order = Enumerable.Range(0, a.Length).OrderBy(j => problem.Classes[j].Id, StringComparer.Ordinal).ToArray();
        foreach (var j in order)
        {
            if ((a[j] >= 0) != (b[j] >= 0))
            {
                return a[j] >= 0 ? -1 : 1;
            }
        }

        foreach (var j in order)
        {
            if (a[j] >= 0 && b[j] >= 0 && a[j] != b[j])
            {
                var ca = problem.Classes[j].Options[a[j]].Cost;
                var cb = problem.Classes[j].Options[b[j]].Cost;
                if (ca != cb)
                {
                    return ca < cb ? -1 : 1;
                }
            }
        }

        foreach (var j in order)
        {
            if (a[j] != b[j])
            {
                return a[j] < b[j] ? -1 : 1;
            }
        }

        return 0;
    }
}
