namespace Trygghet.Rules.Allocation.Internal;

/// <summary>The best allocation of one node without the deferred constraints (district minimums, non-merged exclusive groups).</summary>
internal sealed record Relaxation(int[] Positions, long Impact, long Cost, bool Optimal, long UpperBound, int CoreSize)
{
    /// <summary>
    /// Solves the node; returns <see langword="null"/> when the restriction admits no allocation, or when a search limit
    /// stopped it before it found one (<paramref name="stopped"/> is then set, and nothing is proven).
    /// </summary>
    /// <remarks>
    /// <para>
    /// A board cap that does not bind at the band's price (<see cref="CapBand.Binds"/>) is first left out, its board's
    /// applications solved as free units rather than as one Pareto list of the board's allocations, which can be huge.
    /// That problem has fewer constraints, so its optimum is the node's when it keeps those caps too; otherwise the
    /// boards it overspends have their caps kept and it is solved again. Each round keeps at least one more cap.
    /// </para>
    /// <para>
    /// When a board's list under the proven band outgrows <see cref="SearchBudget.BoardStatesBeforeNarrowing"/> (impacts that are
    /// costs plus a fixed amount per step make most of a board's allocations nearly equal), the lists are pruned by a
    /// narrowed band instead: far fewer states, and its optimum is the node's when it reaches
    /// <see cref="CapBand.ProvenFrom"/>, as every allocation with that much impact lies within. Otherwise the band
    /// widens, pruning against the allocation found, until it is the proven band.
    /// </para>
    /// </remarks>
    public static Relaxation? Solve(CanonicalProblem canon, Restriction restriction, long capacity, SearchBudget budget, out bool stopped)
    {
        stopped = false;
        var leaves = UnitCompiler.Leaves(canon, restriction, capacity);
        if (leaves is null)
        {
            return null;
        }

        var enforced = new HashSet<int>();
        CapBand? created = null;
        var narrowFirst = false;
        while (true)
        {
            var (relaxation, leftOut, band) = SolveBanded(canon, leaves, capacity, budget, enforced, created, ref narrowFirst, out stopped);
            created ??= band?.Created;
            if (relaxation is null || leftOut.Count == 0)
            {
                return relaxation;
            }

            var over = Overspent(canon, relaxation.Positions, leftOut);
            if (over.Count == 0)
            {
                return relaxation;
            }

            if (!relaxation.Optimal)
            {
                // A limit stopped the search with an allocation over a cap it left out: keep every cap for what is left.
                return SolveBanded(canon, leaves, capacity, budget, null, created, ref narrowFirst, out stopped).Relaxation;
            }

            enforced.UnionWith(over);
        }
    }

    /// <summary>Solves the node from its <paramref name="leaves"/> with the caps outside <paramref name="enforced"/> left out where they do not bind (all kept when it is <see langword="null"/>); <paramref name="created"/> is the band an earlier round created.</summary>
    /// <remarks>
    /// <paramref name="narrowFirst"/> is set once a board's list has outgrown the proven band, so that later rounds of
    /// the node start narrowed; <paramref name="limited"/> says that a limit left no allocation, which proves nothing.
    /// When a limit stops a wider band, the best allocation a narrower one found is kept if it is better.
    /// </remarks>
    private static (Relaxation? Relaxation, List<int> LeftOut, CapBand? Band) SolveBanded(
        CanonicalProblem canon, List<(Unit Unit, int Board)> leaves, long capacity, SearchBudget budget, HashSet<int>? enforced, CapBand? created, ref bool narrowFirst, out bool limited)
    {
        limited = false;

        // First the proven band, while the board lists stay small; a list that outgrows that turns to narrowed bands.
        var plan = narrowFirst
            ? new BoardPlan { Enforced = enforced, Narrowing = budget.Narrowing, Band = created }
            : new BoardPlan { Enforced = enforced, MaxBoardStates = budget.BoardStatesBeforeNarrowing, Band = created };
        Relaxation? earlier = null;
        while (true)
        {
            var units = UnitCompiler.Aggregate(canon, leaves, capacity, budget, prune: true, plan, out var truncatedBound, out var report);
            plan = plan with { Band = plan.Band ?? report.Band?.Created };
            if (report.Outgrown)
            {
                narrowFirst = true;
                plan = plan with { Narrowing = budget.Narrowing, MaxBoardStates = long.MaxValue };
                continue;
            }

            if (report.Stopped)
            {
                // No allocation exceeds the band's Lagrangian bound, narrowed or not, nor the bound the narrower band proved.
                limited = earlier is null;
                return (earlier is null ? null : earlier with { UpperBound = Math.Min(earlier.UpperBound, report.Band!.UpperBound) }, report.LeftOut, report.Band);
            }

            var band = report.Band;
            var narrowed = band is { IsNarrowed: true };
            var outcome = units is null ? null : CoreSolver.Solve(units, capacity, budget);
            if (outcome is null)
            {
                // A narrowed band may leave a board, or the budget, no allocation; only the proven band decides.
                if (narrowed)
                {
                    plan = plan with { Narrowing = plan.Narrowing - 1 };
                    continue;
                }

                return (null, report.LeftOut, report.Band);
            }

            var stopped = !outcome.Optimal || truncatedBound is not null;
            var unproven = narrowed && outcome.Impact < band!.ProvenFrom;
            // Counting steps may prove optimal an allocation a narrowed band left unproven, once the tie allowance is
            // spent: a wider band could then no longer settle ties by ids either, and all it could add are allocations
            // of exactly this impact and cost. Not after a limit: the choice among those would depend on when it struck.
            if (unproven && !stopped && budget.TieBreakCut && StepCountBound.Proves(canon, leaves, capacity, outcome.Impact, outcome.Cost))
            {
                unproven = false;
            }

            var positions = Enumerable.Repeat(-1, canon.Count).ToArray();
            for (var i = 0; i < units!.Count; i++)
            {
                units[i].Decode(outcome.UnitOption[i], positions);
            }

            if (unproven && !stopped)
            {
                var found = new Relaxation(positions, outcome.Impact, outcome.Cost, false, band!.ProvenFrom - 1, outcome.CoreSize);
                if (earlier is null || Better(canon, found, earlier, report.LeftOut))
                {
                    earlier = found;
                }

                plan = plan with { Narrowing = plan.Narrowing - 1, Incumbent = Math.Max(plan.Incumbent ?? long.MinValue, outcome.Impact) };
                continue;
            }

            // Outside a narrowed band no allocation reaches ProvenFrom; a truncated board list may miss up to the band's bound.
            var upper = outcome.UpperBound;
            if (unproven)
            {
                upper = Math.Max(upper, band!.ProvenFrom - 1);
            }

            if (truncatedBound is { } bound)
            {
                upper = Math.Max(upper, bound);
            }

            var optimal = !stopped && !unproven;
            var relaxation = new Relaxation(positions, outcome.Impact, outcome.Cost, optimal, optimal ? outcome.UpperBound : upper, outcome.CoreSize);
            if (!optimal && earlier is not null && Better(canon, earlier, relaxation, report.LeftOut))
            {
                return (earlier with { UpperBound = Math.Min(earlier.UpperBound, upper) }, report.LeftOut, report.Band);
            }

            return (relaxation, report.LeftOut, report.Band);
        }
    }

    /// <summary>Returns whether allocation <paramref name="a"/> is better than <paramref name="b"/>: within the caps <paramref name="leftOut"/> when only one of them is, else more impact, then less cost.</summary>
    private static bool Better(CanonicalProblem canon, Relaxation a, Relaxation b, List<int> leftOut)
    {
        var aKeeps = Overspent(canon, a.Positions, leftOut).Count == 0;
        var bKeeps = Overspent(canon, b.Positions, leftOut).Count == 0;
        return aKeeps != bKeeps ? aKeeps : a.Impact > b.Impact || (a.Impact == b.Impact && a.Cost < b.Cost);
    }

    /// <summary>Returns the boards among <paramref name="boards"/> whose applications the allocation funds beyond their cap.</summary>
    private static List<int> Overspent(CanonicalProblem canon, int[] positions, List<int> boards)
    {
        var spend = new Dictionary<int, long>();
        foreach (var b in boards)
        {
            spend[b] = 0;
        }

        for (var r = 0; r < positions.Length; r++)
        {
            if (positions[r] >= 0 && spend.TryGetValue(canon.Board[r], out var s))
            {
                spend[canon.Board[r]] = s + canon.Cost[r][positions[r]];
            }
        }

        return [.. boards.Where(b => spend[b] > canon.BoardCap[b])];
    }
}
