namespace Trygghet.Rules.Allocation.Internal;

/// <summary>
/// Turns a canonical problem under a restriction into the units of one multiple-choice knapsack: must-fund removes
/// the "nothing" choice, a merged exclusive group becomes one unit whose options are its members' options, and a
/// board whose cap binds becomes one unit whose options are the Pareto list of its own allocations under the cap.
/// </summary>
internal static class UnitCompiler
{
    /// <summary>Returns the units, or <see langword="null"/> when the restriction leaves no allocation.</summary>
    /// <param name="canon">The problem.</param>
    /// <param name="restriction">The node's restriction.</param>
    /// <param name="capacity">The budget.</param>
    /// <param name="budget">The search limits.</param>
    /// <param name="prune">Whether board lists may drop states that cannot be optimal at this budget (not for the frontier).</param>
    /// <param name="upperBound">Set when a limit truncated a board's list: a proven bound on the node's optimum, which the units may then miss.</param>
    public static List<Unit>? Compile(CanonicalProblem canon, Restriction restriction, long capacity, SearchBudget budget, bool prune, out long? upperBound)
    {
        upperBound = null;
        var leaves = Leaves(canon, restriction, capacity);
        return leaves is null ? null : Aggregate(canon, leaves, capacity, budget, prune, BoardPlan.Default, out upperBound, out _);
    }

    /// <summary>
    /// Returns the node's units before boards are aggregated (one per application, or per merged exclusive group, with
    /// its board, or -1 for a group across boards), or <see langword="null"/> when the restriction leaves no allocation.
    /// They do not depend on how capped boards are pruned, so a node that is aggregated several ways builds them once.
    /// </summary>
    /// <param name="canon">The problem.</param>
    /// <param name="restriction">The node's restriction.</param>
    /// <param name="capacity">The budget.</param>
    public static List<(Unit Unit, int Board)>? Leaves(CanonicalProblem canon, Restriction restriction, long capacity)
    {
        var leaves = new List<(Unit Unit, int Board)>(canon.Count);
        var n = canon.Count;
        for (var r = 0; r < n; r++)
        {
            if (canon.MergedGroupOf[r] >= 0)
            {
                continue;
            }

            var (simple, empty) = TrySimple(canon, restriction, r, capacity);
            if (empty && !restriction.NothingAllowed[r])
            {
                return null;
            }

            if (simple is not null)
            {
                leaves.Add((simple, canon.Board[r]));
                continue;
            }

            if (!empty)
            {
                leaves.Add((MakeLeaf(canon, restriction.NothingAllowed[r], Allowed(canon, restriction, r, capacity).Select(k => (r, k)).ToList()), canon.Board[r]));
            }
        }

        for (var g = 0; g < canon.Groups.Length; g++)
        {
            if (!canon.GroupMerged[g])
            {
                continue;
            }

            var members = canon.Groups[g];
            var required = members.Where(r => !restriction.NothingAllowed[r]).ToArray();
            if (required.Length > 1)
            {
                return null;
            }

            var pool = required.Length == 1 ? required : members;
            var options = pool.SelectMany(r => Allowed(canon, restriction, r, capacity).Select(k => (r, k))).ToList();
            if (options.Count == 0 && required.Length == 1)
            {
                return null;
            }

            if (options.Count > 0)
            {
                var board = members.All(r => canon.Board[r] == canon.Board[members[0]]) ? canon.Board[members[0]] : -1;
                leaves.Add((MakeLeaf(canon, required.Length == 0, options), board));
            }
        }

        return leaves;
    }

    /// <summary>What each narrowing divides the band's slack by.</summary>
    public const double NarrowingFactor = 8;

    /// <summary>
    /// Returns the units of the node's <see cref="Leaves"/>, each capped board whose cap binds as one unit of its Pareto
    /// list, or <see langword="null"/> when a board's list has no allocation (proven only when the band is not narrowed
    /// and no limit thinned it), or when a board's list outgrows the plan's limit (the report says which).
    /// </summary>
    /// <param name="canon">The problem.</param>
    /// <param name="leaves">The node's leaves.</param>
    /// <param name="capacity">The budget.</param>
    /// <param name="budget">The search limits.</param>
    /// <param name="prune">Whether board lists may drop states that cannot be optimal at this budget (not for the frontier).</param>
    /// <param name="plan">How capped boards' lists are pruned.</param>
    /// <param name="upperBound">Set when a limit truncated a board's list: a proven bound on the node's optimum, which the units may then miss.</param>
    /// <param name="report">The band the lists were pruned with, the caps left out, and whether a list outgrew the plan's limit or a limit emptied it.</param>
    public static List<Unit>? Aggregate(CanonicalProblem canon, List<(Unit Unit, int Board)> leaves, long capacity, SearchBudget budget, bool prune, BoardPlan plan, out long? upperBound, out BoardReport report)
    {
        upperBound = null;
        report = new BoardReport();
        var units = new List<Unit>(leaves.Count);
        var capped = new List<List<Unit>>();
        var cappedBoard = new List<int>();
        var caps = new List<long>();
        var byBoard = new Dictionary<int, List<Unit>>();
        foreach (var (unit, board) in leaves)
        {
            if (!byBoard.TryGetValue(board, out var list))
            {
                byBoard[board] = list = [];
            }

            list.Add(unit);
        }

        var boards = byBoard.Keys.ToArray();
        Array.Sort(boards);
        foreach (var board in boards)
        {
            // A board's members in rank order (their ranks are distinct: no two units share an application).
            var members = byBoard[board];
            members.Sort((x, y) => x.MinRank.CompareTo(y.MinRank));
            var cap = board >= 0 ? canon.BoardCap[board] : long.MaxValue;
            var most = members.Sum(u => u.Cost[^1]);
            if (cap == long.MaxValue || most <= cap)
            {
                units.AddRange(members);
                continue;
            }

            capped.Add(members);
            cappedBoard.Add(board);
            caps.Add(Math.Min(cap, capacity));
        }

        var band = !prune || capped.Count == 0 ? null : (plan.Band ?? CapBand.Create(capped, [.. caps], units, capacity))?.WithIncumbent(plan.Incumbent);
        if (band is not null && plan.Narrowing > 0)
        {
            band = band.Narrowed(band.Gap / Math.Pow(NarrowingFactor, plan.Narrowing));
        }

        report.Band = band;

        // Every cap left out is listed before any list is built, so that the report is whole even if a list stops it.
        var leftOut = new bool[capped.Count];
        for (var k = 0; k < capped.Count; k++)
        {
            if (band is not null && plan.Enforced is { } enforced && !band.Binds(k) && !enforced.Contains(cappedBoard[k]))
            {
                leftOut[k] = true;
                report.LeftOut.Add(cappedBoard[k]);
                units.AddRange(capped[k]);
            }
        }

        for (var k = 0; k < capped.Count; k++)
        {
            if (leftOut[k])
            {
                continue;
            }

            var members = capped[k];
            var arena = new StateArena();
            var list = ParetoDp.Run(members, caps[k], arena, budget, band is null ? long.MaxValue : plan.MaxBoardStates, band is null ? null : (band, k, band.Remaining(members)), out var truncated);
            if (list is null)
            {
                report.Outgrown = true;
                return null;
            }

            if (truncated)
            {
                upperBound = band!.UpperBound;
            }

            if (list.Count == 0)
            {
                // A list thinned under a limit may have lost every state the band keeps: that is no proof of infeasibility.
                report.Stopped = truncated;
                list.Release();
                return null;
            }

            units.Add(Unit.Aggregate(list.W[..list.Count], list.P[..list.Count], arena, list.Node[..list.Count]));
            list.Release();
        }

        units.Sort((a, b) => a.MinRank.CompareTo(b.MinRank));
        return units;
    }

    /// <summary>
    /// Builds the unit of one application whose allowed options form a run of strictly increasing impact (the usual
    /// case); returns no unit when it needs the general path, and whether no option is allowed at all.
    /// </summary>
    private static (Unit? Unit, bool Empty) TrySimple(CanonicalProblem canon, Restriction restriction, int r, long capacity)
    {
        var limit = Math.Min(capacity, canon.BoardCap[canon.Board[r]]);
        var cost = canon.Cost[r];
        var impact = canon.Impact[r];
        var nothing = restriction.NothingAllowed[r];
        var lo = restriction.Lo[r];
        while (lo <= restriction.Hi[r] && nothing && impact[lo] <= 0)
        {
            lo++;
        }

        var hi = restriction.Hi[r];
        while (hi >= lo && cost[hi] > limit)
        {
            hi--;
        }

        if (hi < lo)
        {
            return (null, true);
        }

        for (var k = lo + 1; k <= hi; k++)
        {
            if (impact[k] <= impact[k - 1])
            {
                return (null, false);
            }
        }

        var shift = nothing ? 1 : 0;
        var c = new long[hi - lo + 1 + shift];
        var p = new long[c.Length];
        Array.Copy(cost, lo, c, shift, hi - lo + 1);
        Array.Copy(impact, lo, p, shift, hi - lo + 1);
        return (Unit.Simple(c, p, r, lo - shift), false);
    }

    private static List<int> Allowed(CanonicalProblem canon, Restriction restriction, int r, long capacity)
    {
        var limit = Math.Min(capacity, canon.BoardCap[canon.Board[r]]);
        var result = new List<int>();
        for (var k = restriction.Lo[r]; k <= restriction.Hi[r]; k++)
        {
            if (canon.Cost[r][k] <= limit && (!restriction.NothingAllowed[r] || canon.Impact[r][k] > 0))
            {
                result.Add(k);
            }
        }

        return result;
    }

    /// <summary>Builds a leaf from (rank, position) options: sorted by cost, dominated and duplicate options dropped (the lower rank wins a duplicate).</summary>
    private static Unit MakeLeaf(CanonicalProblem canon, bool nothingAllowed, List<(int Rank, int Pos)> options)
    {
        var sorted = options
            .OrderBy(o => canon.Cost[o.Rank][o.Pos])
            .ThenByDescending(o => canon.Impact[o.Rank][o.Pos])
            .ThenBy(o => o.Rank)
            .ThenBy(o => o.Pos);
        var cost = new List<long>();
        var impact = new List<long>();
        var cls = new List<int>();
        var pos = new List<int>();
        if (nothingAllowed)
        {
            cost.Add(0);
            impact.Add(0);
            cls.Add(-1);
            pos.Add(-1);
        }

        foreach (var (rank, p) in sorted)
        {
            var i = canon.Impact[rank][p];
            if (impact.Count > 0 && i <= impact[^1])
            {
                continue;
            }

            cost.Add(canon.Cost[rank][p]);
            impact.Add(i);
            cls.Add(rank);
            pos.Add(p);
        }

        return Unit.Leaf([.. cost], [.. impact], [.. cls], [.. pos]);
    }
}

/// <summary>How <see cref="UnitCompiler.Aggregate"/> prunes the lists of capped boards.</summary>
internal sealed record BoardPlan
{
    /// <summary>Gets the plan that keeps every cap, with the proven band and no limit.</summary>
    public static BoardPlan Default { get; } = new();

    /// <summary>Gets how many times the band's slack is divided by <see cref="UnitCompiler.NarrowingFactor"/> (0 for the proven band).</summary>
    public int Narrowing { get; init; }

    /// <summary>Gets the impact of an allocation already found, to prune against when it beats the greedy one.</summary>
    public long? Incumbent { get; init; }

    /// <summary>Gets the band an earlier compile of the same problem and restriction reported, so that its price is not found again.</summary>
    public CapBand? Band { get; init; }

    /// <summary>
    /// Gets, when set, the boards whose caps are kept even where they do not bind at the band's price; every other
    /// capped board's cap is then left out (its applications become free units), and the caller must check the
    /// allocation against it. Without it every cap is kept.
    /// </summary>
    public IReadOnlySet<int>? Enforced { get; init; }

    /// <summary>Gets the most states a board's list may reach before the compile gives up (<see cref="BoardReport.Outgrown"/>).</summary>
    public long MaxBoardStates { get; init; } = long.MaxValue;
}

/// <summary>What a compile did with the capped boards.</summary>
internal sealed class BoardReport
{
    /// <summary>Gets or sets the band the board lists were pruned with, if any.</summary>
    public CapBand? Band { get; set; }

    /// <summary>Gets the boards whose caps were left out (see <see cref="BoardPlan.Enforced"/>).</summary>
    public List<int> LeftOut { get; } = [];

    /// <summary>Gets or sets a value indicating whether a board's list outgrew <see cref="BoardPlan.MaxBoardStates"/>.</summary>
    public bool Outgrown { get; set; }

    /// <summary>Gets or sets a value indicating whether a search limit left a board's list empty: no units, and no proof that there are none.</summary>
    public bool Stopped { get; set; }
}
