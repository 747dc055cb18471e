namespace Trygghet.Rules.Allocation.Internal;

/// <summary>
/// The full Nemhauser–Ullmann Pareto list over a set of units under a cost ceiling, each unit starting at its
/// first (cheapest) option: every (cost, impact) pair no other allocation beats, with its tie-break-best allocation.
/// </summary>
internal static class ParetoDp
{
    /// <summary>The most states kept per step once a limit has stopped the exact list.</summary>
    public const int BeamWidth = 256;

    private static void Thin(ParetoList list, ParetoList target)
    {
        target.Clear();
        for (var k = 0; k < BeamWidth; k++)
        {
            var i = (int)((long)k * (list.Count - 1) / (BeamWidth - 1));
            target.Add(list.W[i], list.P[i], list.Node[i]);
        }
    }

    /// <summary>Runs the dynamic programme; returns <see langword="null"/> when a list outgrows <paramref name="maxListSize"/>. Search limits are counted, not enforced. The list's arrays are pooled: <see cref="ParetoList.Release"/> it when done.</summary>
    /// <remarks>
    /// With <paramref name="maxDegreeOfParallelism"/> other than 1, large steps are merged in two halves at once
    /// (<see cref="ParetoMerge.RunSplit"/>); the list and its chains are the same either way. The caller decides whether
    /// a second core is there to use. Once a list holds more than a quarter of <paramref name="maxListSize"/> states,
    /// <paramref name="longList"/> (if any) is called, once, and the steps are merged on one thread from then on, so that
    /// the caller can put the other cores to work on what it does when the list outgrows its limit.
    /// </remarks>
    public static ParetoList? Run(IReadOnlyList<Unit> units, long cap, StateArena arena, SearchBudget budget, long maxListSize, int maxDegreeOfParallelism = 1, Action? longList = null) =>
        Run(units, cap, arena, budget, maxListSize, null, out _, maxDegreeOfParallelism, longList);

    /// <summary>
    /// Runs the dynamic programme for a capped board, dropping states outside the band when one is given. When a
    /// search limit stops it (<paramref name="truncated"/> is then set) the remaining units are added to a list thinned
    /// to <see cref="BeamWidth"/> states spread over the costs: every state is still a feasible allocation, but the
    /// list may miss better ones.
    /// </summary>
    public static ParetoList? Run(IReadOnlyList<Unit> units, long cap, StateArena arena, SearchBudget budget, long maxListSize, (CapBand Band, int Board, double[] Remaining)? band, out bool truncated, int maxDegreeOfParallelism = 1, Action? longList = null)
    {
        truncated = false;
        long w0 = 0, p0 = 0;
        foreach (var u in units)
        {
            w0 = checked(w0 + u.Cost[0]);
            p0 = checked(p0 + u.Impact[0]);
        }

        var list = ParetoList.Rent();
        var next = ParetoList.Rent();
        if (w0 > cap)
        {
            next.Release();
            return list;
        }

        list.Add(w0, p0, -1);
        var split = band is null && maxDegreeOfParallelism != 1
            ? new ParetoMerge.SplitWorkspace()
            : null;
        ParetoList? result = null;
        try
        {
            // A list that outgrows its limit is thrown away: its merge stops as soon as it does.
            var filter = new CapFilter(cap, arena, (int)Math.Min(maxListSize, int.MaxValue - 1));
            var banded = band is { } b ? new BandFilter(cap, arena, b.Band.Lambda, b.Band.Threshold(b.Board), b.Remaining) : default;
            var workspace = new ParetoMerge.Workspace();
            var options = new int[units.Count == 0 ? 0 : units.Max(u => u.Count)];
            for (var j = 0; j < options.Length; j++)
            {
                options[j] = j;
            }

            foreach (var u in units)
            {
                var stage = arena.AddStage(u, 0);
                var m = 0;
                while (m < u.Count && u.Cost[m] - u.Cost[0] <= cap - w0)
                {
                    m++;
                }

                if (longList is not null && list.Count > maxListSize / 4)
                {
                    longList();
                    longList = null;
                    split?.Release();
                    split = null;
                }

                if (split is not null && ParetoMerge.CanSplit(list, u, options, m, stage, arena))
                {
                    ParetoMerge.RunSplit(list, u, options, m, stage, arena, cap, split, next);
                }
                else if (band is null)
                {
                    ParetoMerge.Run(list, u, options, m, stage, arena, next, ref filter, workspace);
                }
                else
                {
                    ParetoMerge.Run(list, u, options, m, stage, arena, next, ref banded, workspace);
                }

                (list, next) = (next, list);
                if (list.Count > maxListSize)
                {
                    return null;
                }

                truncated |= !budget.ChargeStates(list.Count) && band is not null;
                if (truncated && list.Count > BeamWidth)
                {
                    Thin(list, next);
                    (list, next) = (next, list);
                }
            }

            result = list;
            return list;
        }
        finally
        {
            // Whatever happens, the pooled arrays go back; the list returned is the caller's to release.
            next.Release();
            split?.Release();
            if (result is null)
            {
                list.Release();
            }
        }
    }
}
