using Trygghet.Rules.Allocation.Internal;

namespace Trygghet.Rules.Allocation;

/// <summary>The frontier: the exact optimum for every budget.</summary>
public sealed partial class MckpOptimizer
{
    /// <summary>
    /// Computes the optimal impact as a function of the budget, from zero to the total eligible amount, as breakpoints.
    /// </summary>
    /// <remarks>
    /// Without district minimums (and exclusive groups that need branching) the Nemhauser–Ullmann Pareto list over
    /// all applications is the frontier, each breakpoint with the allocation <see cref="Solve"/> returns there. When
    /// that list would outgrow <see cref="FrontierOptions.MaxParetoStates"/> the optimizer is solved at evenly spread
    /// budgets instead (<see cref="FrontierResult.IsComplete"/> is then <see langword="false"/>). With district minimums
    /// the breakpoints are found one exact solve at a time, walking down from the largest budget. The problem's own
    /// <see cref="AllocationProblem.Budget"/> is ignored. Budgets below the first breakpoint are infeasible.
    /// </remarks>
    /// <param name="problem">The problem; its budget is ignored.</param>
    /// <param name="options">Limits, or <see langword="null"/> for the defaults.</param>
    /// <returns>The frontier.</returns>
    /// <exception cref="AllocationInfeasibleException">No budget admits an allocation.</exception>
    public FrontierResult ComputeFrontier(AllocationProblem problem, FrontierOptions? options = null)
    {
        options ??= FrontierOptions.Default;
        var canon = CanonicalProblem.Create(problem);
        long max = 0;
        foreach (var c in problem.Classes)
        {
            max = checked(max + (c.Options.Count == 0 ? 0 : c.Options.Max(o => o.Cost)));
        }

        var conflicts = Presolver.FindConflicts(canon, max);
        if (conflicts.Count > 0)
        {
            throw new AllocationInfeasibleException(conflicts);
        }

        var method = FrontierMethod.ParetoList;
        var complete = true;
        var points = canon.HasDeferred ? null : ParetoPoints(canon, max, options);
        if (points is null && canon.HasDeferred)
        {
            method = FrontierMethod.SolvedBreakpoints;
            (points, complete) = WalkDown(canon, max, options);
        }
        else if (points is null)
        {
            method = FrontierMethod.SampledBudgets;
            complete = false;
            points = Sampled(canon, max, options);
        }

        return new FrontierResult
        {
            Breakpoints = ToBreakpoints(canon, points),
            MaxBudget = max,
            IsComplete = complete,
            Method = method,
            Ids = problem.Classes.Select(c => c.Id).ToArray(),
        };
    }

    private static List<int[]>? ParetoPoints(CanonicalProblem canon, long max, FrontierOptions options)
    {
        var search = new SearchBudget(options.Search);
        var units = UnitCompiler.Compile(canon, Restriction.Root(canon), max, search, prune: false, out _);
        if (units is null)
        {
            return [];
        }

        var arena = new StateArena();
        var list = ParetoDp.Run(units, max, arena, search, options.MaxParetoStates);
        if (list is null)
        {
            return null;
        }

        var points = new List<int[]>(list.Count);
        var perStage = new int[arena.StageCount];
        for (var i = 0; i < list.Count; i++)
        {
            var positions = new int[canon.Count];
            Array.Fill(positions, -1);
            arena.Decode(list.Node[i], perStage);
            for (var s = 0; s < perStage.Length; s++)
            {
                arena.UnitAt(s).Decode(perStage[s], positions);
            }

            points.Add(positions);
        }

        return points;
    }

    private static (List<int[]> Points, bool Complete) WalkDown(CanonicalProblem canon, long max, FrontierOptions options)
    {
        var points = new List<int[]>();
        var budget = max;
        var complete = true;
        while (budget >= 0)
        {
            if (points.Count >= options.MaxSolvedBreakpoints)
            {
                complete = false;
                break;
            }

            var outcome = TrySolve(canon, budget, options.Search);
            if (outcome is null)
            {
                break;
            }

            complete &= outcome.Optimal;
            points.Add(outcome.Positions);
            budget = outcome.Cost - 1;
        }

        points.Reverse();
        return (points, complete);
    }

    private static List<int[]> Sampled(CanonicalProblem canon, long max, FrontierOptions options)
    {
        var byCost = new SortedDictionary<long, int[]>();
        var count = Math.Max(1, options.SampledBudgets);
        for (var k = 0; k <= count; k++)
        {
            var budget = (long)((Int128)max * k / count);
            var outcome = TrySolve(canon, budget, options.Search);
            if (outcome is not null)
            {
                byCost[outcome.Cost] = outcome.Positions;
            }
        }

        return [.. byCost.Values];
    }

    private static SolveOutcome? TrySolve(CanonicalProblem canon, long budget, AllocationOptions search)
    {
        try
        {
            return SolveOutcome(canon, budget, new SearchBudget(search));
        }
        catch (AllocationInfeasibleException)
        {
            return null;
        }
    }

    private static List<FrontierBreakpoint> ToBreakpoints(CanonicalProblem canon, List<int[]> points)
    {
        var result = new List<FrontierBreakpoint>(points.Count);
        var byInput = new int[canon.Count];
        for (var r = 0; r < canon.Count; r++)
        {
            byInput[canon.InputIndex[r]] = r;
        }

        int[]? previous = null;
        foreach (var positions in points)
        {
            var changes = new List<ClassChoice>();
            foreach (var r in byInput)
            {
                if (previous is null ? positions[r] >= 0 : previous[r] != positions[r])
                {
                    changes.Add(ChoiceOf(canon, r, positions[r]));
                }
            }

            var (cost, impact) = canon.Totals(positions);
            result.Add(new FrontierBreakpoint(cost, impact, changes));
            previous = positions;
        }

        return result;
    }

    internal static ClassChoice ChoiceOf(CanonicalProblem canon, int rank, int position) =>
        position < 0
            ? new ClassChoice(canon.Ids[rank], -1, 0, 0)
            : new ClassChoice(canon.Ids[rank], canon.Original[rank][position], canon.Cost[rank][position], canon.Impact[rank][position]);
}
