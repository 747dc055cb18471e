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
    /// the breakpoints are found one exact solve at a time, walking down from the largest budget. Those solves share
    /// <see cref="FrontierOptions.Search"/>, whose time limit counts from the start of the call; a solve that a limit
    /// stopped gives no breakpoint, so that every breakpoint listed is a proven optimum. The problem's own
    /// <see cref="AllocationProblem.Budget"/> is ignored. Budgets below the first breakpoint are infeasible.
    /// </remarks>
    /// <param name="problem">The problem; its budget is ignored.</param>
    /// <param name="options">Limits, or <see langword="null"/> for the defaults.</param>
    /// <returns>The frontier.</returns>
    /// <exception cref="ArgumentException"><see cref="FrontierOptions.MaxDegreeOfParallelism"/> is not positive.</exception>
    /// <exception cref="AllocationInfeasibleException">No budget admits an allocation.</exception>
    public FrontierResult ComputeFrontier(AllocationProblem problem, FrontierOptions? options = null)
    {
        options ??= FrontierOptions.Default;
        if (options.MaxDegreeOfParallelism is <= 0)
        {
            throw new ArgumentException("The degree of parallelism must be positive.", nameof(options));
        }

        var search = new SearchBudget(options.Search);
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

        // A second thread helps only where a second core runs it. Sampled budgets without limits are solved side by side;
        // they start on the idle cores once the Pareto list is long enough that it may not fit, and are abandoned if it does.
        var degree = Environment.ProcessorCount > 1 ? options.MaxDegreeOfParallelism ?? -1 : 1;
        using var sampled = degree != 1 && !canon.HasDeferred && options.Search is { TimeLimit: null, MaxStates: null, MaxNodes: null }
            ? new SampledSolves(canon, max, Math.Max(1, options.SampledBudgets), options.Search)
            : null;
        var helpers = Math.Min(degree == -1 ? Environment.ProcessorCount : degree, Environment.ProcessorCount) - 1;
        var method = FrontierMethod.ParetoList;
        var complete = true;
        var breakpoints = canon.HasDeferred ? null : ParetoBreakpoints(canon, max, options, degree, sampled, helpers);
        if (breakpoints is null)
        {
            List<int[]> points;
            if (canon.HasDeferred)
            {
                method = FrontierMethod.SolvedBreakpoints;
                (points, complete) = WalkDown(canon, max, options, search);
            }
            else
            {
                method = FrontierMethod.SampledBudgets;
                complete = false;
                points = Sampled(canon, max, options, search, sampled, helpers);
            }

            var writer = new BreakpointWriter(canon);
            foreach (var positions in points)
            {
                writer.Add(positions);
            }

            breakpoints = writer.Breakpoints;
        }

        return new FrontierResult
        {
            Breakpoints = breakpoints,
            MaxBudget = max,
            IsComplete = complete,
            Method = method,
            Ids = problem.Classes.Select(c => c.Id).ToArray(),
        };
    }

    /// <summary>
    /// Returns the breakpoints of the full Pareto list, or <see langword="null"/> when it would outgrow
    /// <see cref="FrontierOptions.MaxParetoStates"/>. Once the list is long enough that it may, <paramref name="sampled"/>
    /// (if any) starts on <paramref name="helpers"/> threads and the list is merged on one; it is abandoned if the list fits.
    /// </summary>
    private static BreakpointList? ParetoBreakpoints(CanonicalProblem canon, long max, FrontierOptions options, int degree, SampledSolves? sampled, int helpers)
    {
        var search = new SearchBudget(options.Search);
        var units = UnitCompiler.Compile(canon, Restriction.Root(canon), max, search, prune: false, out _);
        if (units is null)
        {
            return new BreakpointList([]);
        }

        // The list and its tie-breaks do not depend on the order the units are added in, but its length along the way
        // does: the units of most impact first kept it shorter on most generated rounds (weakly correlated 48, six
        // seeds: 5 % fewer states on average; strongly correlated, where the list outgrows its limit, that happens
        // stages sooner, after 21 % fewer states on average; uncorrelated about the same).
        units = [.. units.OrderByDescending(u => u.Impact.Max())];

        var arena = StateArena.Rent();
        ParetoList? list = null;
        try
        {
            list = ParetoDp.Run(units, max, arena, search, options.MaxParetoStates, degree, sampled is null ? null : () => sampled.Start(helpers));
            if (list is null)
            {
                return null;
            }

            sampled?.Abandon();

            // Neighbouring states share most of their chains: decode the first of a run in full, then only the units
            // that change. A long list is written in chunks by this thread and one more, each taking the next chunk left
            // as it finishes one, so that neither waits on the other (the dearer states change more applications:
            // halves by count took 4.9 and 6.2 ms on weakly correlated 48). The chunks are taken from the end, dearest
            // first, so that the last ones taken are the quickest.
            var states = list;
            var writer = new BreakpointWriter(canon);
            if (degree == 1 || states.Count < SplitBreakpoints)
            {
                WriteRun(writer, arena, states, 0, states.Count);
                return writer.Breakpoints;
            }

            var chunks = new BreakpointList[((states.Count - 1) / BreakpointList.ChunkSize) + 1];
            var left = chunks.Length;
            void WriteChunks()
            {
                int c;
                while ((c = Interlocked.Decrement(ref left)) >= 0)
                {
                    var run = new BreakpointWriter(writer);
                    var from = c * BreakpointList.ChunkSize;
                    WriteRun(run, arena, states, from, Math.Min(states.Count, from + BreakpointList.ChunkSize));
                    chunks[c] = run.Breakpoints;
                }
            }

            var helper = Task.Run(WriteChunks);
            try
            {
                WriteChunks();
            }
            finally
            {
                helper.Wait();
            }

            foreach (var chunk in chunks)
            {
                writer.Breakpoints.AddRange(chunk);
            }

            return writer.Breakpoints;
        }
        finally
        {
            list?.Release();
            arena.Release();
        }
    }

    /// <summary>The fewest breakpoints written on two threads at once.</summary>
    private const int SplitBreakpoints = 4_096;

    /// <summary>Writes the states <paramref name="list"/>[<paramref name="from"/>..<paramref name="to"/>) as breakpoints, the first against the state before it (or in full at the start).</summary>
    private static void WriteRun(BreakpointWriter writer, StateArena arena, ParetoList list, int from, int to)
    {
        if (from >= to)
        {
            return;
        }

        var positions = writer.Positions;
        writer.Clear();
        if (from == 0)
        {
            arena.DecodePositions(list.Node[0], positions);
            writer.Add();
        }
        else
        {
            arena.DecodePositions(list.Node[from - 1], positions);
            writer.Start();
            from--;
        }

        var stages = new int[arena.StageCount];
        var chosen = new int[arena.StageCount];
        var touched = new int[positions.Length];
        for (var i = from + 1; i < to; i++)
        {
            var differences = arena.Differences(list.Node[i - 1], list.Node[i], stages, chosen);
            var count = 0;
            for (var d = 0; d < differences; d++)
            {
                var unit = arena.UnitAt(stages[d]);
                foreach (var r in unit.Ranks)
                {
                    positions[r] = -1;
                    touched[count++] = r;
                }

                unit.Decode(chosen[d], positions);
            }

            writer.Add(touched, count);
        }
    }

    /// <summary>Solves at the largest budget, then just below each optimum's cost, each solve on what is left of the limits; stops (incomplete) when they run out.</summary>
    private static (List<int[]> Points, bool Complete) WalkDown(CanonicalProblem canon, long max, FrontierOptions options, SearchBudget search)
    {
        var points = new List<int[]>();
        var budget = max;
        var complete = true;
        for (var solves = 0; budget >= 0; solves++)
        {
            if (solves >= options.MaxSolvedBreakpoints || !search.Check())
            {
                complete = false;
                break;
            }

            var (outcome, stopped) = TrySolve(canon, budget, search, 1);
            if (outcome is null)
            {
                complete &= !stopped;
                break;
            }

            // An allocation a limit stopped may not be the optimum at its budget (nor its cost a breakpoint): leave it out.
            if (outcome.Optimal)
            {
                points.Add(outcome.Positions);
            }
            else
            {
                complete = false;
            }

            budget = outcome.Cost - 1;
        }

        points.Reverse();
        return (points, complete);
    }

    /// <summary>
    /// Solves at evenly spread budgets and keeps the proven optima. Without limits the solves do not depend on each other:
    /// <paramref name="sampled"/> runs them on the calling thread and <paramref name="helpers"/> more (it may have
    /// started them already). With limits each solve runs in turn on an equal share of what is left of them.
    /// </summary>
    private static List<int[]> Sampled(CanonicalProblem canon, long max, FrontierOptions options, SearchBudget search, SampledSolves? sampled, int helpers)
    {
        var count = Math.Max(1, options.SampledBudgets);
        SolveOutcome?[] outcomes;
        if (sampled is not null)
        {
            if (!sampled.Started)
            {
                sampled.Start(helpers);
            }

            outcomes = sampled.Finish(search);
        }
        else
        {
            outcomes = new SolveOutcome?[count + 1];
            for (var k = 0; k <= count; k++)
            {
                outcomes[k] = TrySolve(canon, SampledSolves.BudgetAt(max, k, count), search, count + 1 - k).Outcome;
            }
        }

        var byCost = new SortedDictionary<long, int[]>();
        foreach (var outcome in outcomes)
        {
            if (outcome is { Optimal: true })
            {
                byCost[outcome.Cost] = outcome.Positions;
            }
        }

        return [.. byCost.Values];
    }

    /// <summary>
    /// Solves at a budget on one of <paramref name="shares"/> equal shares of what is left of <paramref name="search"/>;
    /// gives no outcome when the budget admits no allocation, or when a limit stopped the search before it found one.
    /// </summary>
    private static (SolveOutcome? Outcome, bool Stopped) TrySolve(CanonicalProblem canon, long budget, SearchBudget search, int shares)
    {
        var share = new SearchBudget(search.Share(shares));
        try
        {
            return TrySolveOn(canon, budget, share);
        }
        finally
        {
            search.Absorb(share);
        }
    }

    /// <summary>Solves at a budget within <paramref name="search"/>; gives no outcome when the budget admits no allocation, or when a limit stopped the search before it found one.</summary>
    internal static (SolveOutcome? Outcome, bool Stopped) TrySolveOn(CanonicalProblem canon, long budget, SearchBudget search)
    {
        try
        {
            return (SolveOutcome(canon, budget, search), false);
        }
        catch (AllocationInfeasibleException)
        {
            return (null, false);
        }
        catch (AllocationLimitException)
        {
            return (null, true);
        }
    }
}
