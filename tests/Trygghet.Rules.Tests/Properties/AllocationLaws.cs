using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Trygghet.Rules.Allocation;
using Trygghet.Rules.Allocation.Internal;
using Trygghet.Rules.Tests.Allocation;

namespace Trygghet.Rules.Tests.Properties;

/// <summary>Laws of the allocation optimizer, checked on random small problems against a brute-force reference.</summary>
/// <remarks>
/// Each problem comes from an <see langword="int"/> seed. FsCheck draws integers within the test size, so the size
/// grows to a million: with the default of 100 the seeds would repeat, and a property of 500 tests would see about a
/// hundred problems.
/// </remarks>
[Properties(EndSize = 1_000_000)]
public sealed class AllocationLaws
{
    private static readonly MckpOptimizer Optimizer = new();

    private static AllocationResult? TrySolve(AllocationProblem problem)
    {
        try
        {
            return Optimizer.Solve(problem);
        }
        catch (AllocationInfeasibleException)
        {
            return null;
        }
    }

    private static string Show(int[]? choices) => choices is null ? "infeasible" : string.Join(",", choices);

    /// <summary>Holds when the optimizer, with default options, gives the reference's allocation, or calls the problem infeasible exactly when it is.</summary>
    private static Property SolvesAsBruteForce(AllocationProblem problem, int seed)
    {
        var expected = ReferenceSolver.Solve(problem);
        var actual = TrySolve(problem)?.Choices.Select(c => c.OptionIndex).ToArray();
        var same = expected is null ? actual is null : actual is not null && expected.SequenceEqual(actual);
        return same.Label($"seed {seed}: expected [{Show(expected)}] got [{Show(actual)}]");
    }

    /// <summary>Holds when a solve within <paramref name="search"/> gives the reference's allocation (or calls the problem infeasible exactly when it is) and proves it, ties included.</summary>
    private static Property ProvesAsBruteForce(AllocationProblem problem, int seed, SearchBudget search)
    {
        var expected = ReferenceSolver.Solve(problem);
        int[]? actual;
        bool proven;
        try
        {
            var result = MckpOptimizer.SolveCanonical(CanonicalProblem.Create(problem), problem.Budget, search);
            (actual, proven) = (result.Choices.Select(c => c.OptionIndex).ToArray(), result.Optimal && result.TieBreakComplete);
        }
        catch (AllocationInfeasibleException)
        {
            (actual, proven) = (null, true);
        }

        var same = expected is null ? actual is null : actual is not null && expected.SequenceEqual(actual);
        return (same && proven).Label($"seed {seed}: expected [{Show(expected)}] got [{Show(actual)}], proven {proven}");
    }

    [Property(MaxTest = 500)]
    public Property Solve_EqualsBruteForce_IncludingTieBreakAndInfeasibility(int seed) =>
        SolvesAsBruteForce(SmallInstances.Create(seed), seed);

    [Property(MaxTest = 400)]
    public Property Solve_WithTheCardinalityBoundFromTheStart_EqualsBruteForceOnStronglyCorrelatedProblems(int seed)
    {
        var problem = SmallInstances.StronglyCorrelated(seed);
        var expected = ReferenceSolver.Solve(problem);
        var search = new SearchBudget(new AllocationOptions { MaxTieStates = null });
        var result = MckpOptimizer.SolveCanonical(CanonicalProblem.Create(problem), problem.Budget, search);
        var actual = result.Choices.Select(c => c.OptionIndex).ToArray();
        return (expected is not null && expected.SequenceEqual(actual) && result.Optimal && result.TieBreakComplete)
            .Label($"seed {seed}: expected [{Show(expected)}] got [{Show(actual)}]");
    }

    [Property(MaxTest = 400)]
    public Property Solve_WithTheCardinalityBoundFromTheStart_EqualsBruteForceOnCappedBoards(int seed)
    {
        // A capped board's list becomes one unit whose steps are small and unsorted against the others', so the bound
        // counts steps through each board's own applications; half the time the bands are narrowed too.
        var problem = SmallInstances.CappedBoards(seed);
        var search = new SearchBudget(new AllocationOptions { MaxTieStates = null })
        {
            BoardStatesBeforeNarrowing = seed % 2 == 0 ? 0 : 10_000,
        };
        return ProvesAsBruteForce(problem, seed, search);
    }

    [Property(MaxTest = 400)]
    public Property Solve_JoiningEveryCoreListWithTheNextUnits_EqualsBruteForce(int seed)
    {
        // The join offers allocations of the core's states with the next units outside it at every stage, however short
        // the list: whatever it offers must be a real allocation, and the answer must not change, ties included.
        var problem = seed % 2 == 0 ? SmallInstances.StronglyCorrelated(seed) : SmallInstances.CappedBoards(seed);
        var search = new SearchBudget(new AllocationOptions { MaxTieStates = null }) { JoinFromListSize = 0 };
        return ProvesAsBruteForce(problem, seed, search);
    }

    [Property(MaxTest = 400)]
    public Property Solve_CompletingEveryCoreListByOneMove_EqualsBruteForce(int seed)
    {
        // Without the cardinality bound the one-move completion (and the join) waits for a long list; built from the
        // first stage on, whatever it offers must be a real allocation, and the answer must not change, ties included.
        var problem = SmallInstances.Create(seed);
        var search = new SearchBudget(new AllocationOptions { MaxTieStates = null }) { CompletionFromListSize = 0, JoinFromListSize = seed % 2 == 0 ? 0 : 2_048 };
        return ProvesAsBruteForce(problem, seed, search);
    }

    [Property(MaxTest = 400)]
    public Property Solve_WithNarrowedBandsAndNoTieAllowance_ClaimsOnlyTheOptimalImpactAndCost(int seed)
    {
        // Narrowed bands leave the optimum unproven and the spent tie allowance lets counting steps prove it instead:
        // whatever is claimed optimal must have the optimum's impact and cost, and the very allocation when the
        // tie-break is complete.
        var problem = seed % 2 == 0 ? SmallInstances.CappedBoards(seed) : SmallInstances.StronglyCorrelated(seed);
        var expected = ReferenceSolver.Solve(problem);
        var search = new SearchBudget(new AllocationOptions { MaxTieStates = 0 }) { BoardStatesBeforeNarrowing = 0, Narrowing = 6 };
        AllocationResult result;
        try
        {
            result = MckpOptimizer.SolveCanonical(CanonicalProblem.Create(problem), problem.Budget, search);
        }
        catch (AllocationInfeasibleException)
        {
            return (expected is null).Label($"seed {seed}: called infeasible");
        }

        if (expected is null)
        {
            return false.Label($"seed {seed}: infeasible problem solved");
        }

        var totals = ReferenceSolver.Totals(problem, expected);
        var actual = result.Choices.Select(c => c.OptionIndex).ToArray();
        var holds = result.Optimal
            && (result.TotalCost, result.TotalImpact) == totals
            && (!result.TieBreakComplete || expected.SequenceEqual(actual));
        return holds.Label($"seed {seed}: expected {totals} [{Show(expected)}], got ({result.TotalCost}, {result.TotalImpact}) [{Show(actual)}], optimal {result.Optimal}, ties {result.TieBreakComplete}");
    }

    // Caps that do not bind at the band's price are left out first and kept again where the allocation overspends.
    [Property(MaxTest = 500)]
    public Property Solve_WithBindingBoardCaps_EqualsBruteForce(int seed) =>
        SolvesAsBruteForce(SmallInstances.CappedBoards(seed), seed);

    [Property(MaxTest = 400)]
    public Property Solve_WithNarrowedBoardBandsFromTheStart_EqualsBruteForce(int seed)
    {
        // Every capped board's list "outgrows" the proven band at once, so each node is solved under bands narrowed
        // almost to nothing first, widening until the optimum is proven; the answer must not change, ties and
        // infeasibility included.
        var problem = (seed % 3) switch { 0 => SmallInstances.Create(seed), 1 => SmallInstances.StronglyCorrelated(seed), _ => SmallInstances.CappedBoards(seed) };
        var search = new SearchBudget(new AllocationOptions { MaxTieStates = null }) { BoardStatesBeforeNarrowing = 0, Narrowing = 6 };
        return ProvesAsBruteForce(problem, seed, search);
    }

    [Property(MaxTest = 300)]
    public Property Solve_StoppedByAStateLimit_KeepsEveryConstraintAndNeverClaimsWhatItHasNotProven(int seed, PositiveInt states)
    {
        // A limit may stop a search that left a board's cap out, or thin a board's list to nothing: what comes back must
        // still keep every cap, call a problem infeasible only when it is, and bound the optimum from above.
        var problem = (seed % 3) switch { 0 => SmallInstances.Create(seed), 1 => SmallInstances.StronglyCorrelated(seed), _ => SmallInstances.CappedBoards(seed) };
        return StoppedSearchHolds(problem, seed, () => Optimizer.Solve(problem, new AllocationOptions { MaxStates = states.Get % 40 }));
    }

    [Property(MaxTest = 400)]
    public Property Solve_StoppedWhileNarrowedBandsWiden_KeepsEveryCapAndBoundsTheOptimum(int seed, PositiveInt states)
    {
        // Bands narrowed from the start and a state limit that may strike at any try: whatever comes back, an earlier
        // try's allocation or the last one's, keeps every cap (those left out included) and is bounded from above.
        var problem = seed % 2 == 0 ? SmallInstances.CappedBoards(seed) : SmallInstances.StronglyCorrelated(seed);
        var search = new SearchBudget(new AllocationOptions { MaxStates = states.Get % 80, MaxTieStates = null }) { BoardStatesBeforeNarrowing = 0, Narrowing = 6 };
        return StoppedSearchHolds(problem, seed, () => MckpOptimizer.SolveCanonical(CanonicalProblem.Create(problem), problem.Budget, search));
    }

    /// <summary>Holds when a search that a limit may have stopped keeps every constraint, calls the problem infeasible only when it is, and claims an optimum only when it has it, else bounds it from above.</summary>
    private static Property StoppedSearchHolds(AllocationProblem problem, int seed, Func<AllocationResult> solve)
    {
        var reference = ReferenceSolver.Solve(problem);
        var optimum = reference is null ? (long?)null : ReferenceSolver.Totals(problem, reference).Impact;
        AllocationResult result;
        try
        {
            result = solve();
        }
        catch (AllocationInfeasibleException)
        {
            return (optimum is null).Label($"seed {seed}: called infeasible, reference optimum {optimum}");
        }
        catch (AllocationLimitException)
        {
            return true.Label("stopped before any allocation");
        }

        var violations = Optimizer.EvaluateProposal(problem, Amounts(result)).Comparison.Violations;
        var bounded = result.Optimal ? result.TotalImpact == optimum : result.UpperBound is { } upper && upper >= optimum;
        return (violations.Count == 0 && result.TotalCost <= problem.Budget && bounded)
            .Label($"seed {seed}: {string.Join(" ", violations)}, impact {result.TotalImpact}, optimal {result.Optimal}, bound {result.UpperBound}, reference {optimum}");
    }

    [Property(MaxTest = 300)]
    public Property Solve_WithoutTieAllowance_StillFindsTheOptimalImpactAndCost_AndTheSameAllocationInAnyOrder(int seed, int shuffleSeed)
    {
        var problem = SmallInstances.StronglyCorrelated(seed);
        var expected = ReferenceSolver.Totals(problem, ReferenceSolver.Solve(problem)!);
        var options = new AllocationOptions { MaxTieStates = 0 };
        var result = Optimizer.Solve(problem, options);
        var shuffled = Optimizer.Solve(SmallInstances.Shuffle(problem, shuffleSeed), options);
        var byId = shuffled.Choices.ToDictionary(c => c.Id, c => c.OptionIndex);
        return ((result.TotalCost, result.TotalImpact) == expected
                && result.Optimal
                && result.Choices.All(c => byId[c.Id] == c.OptionIndex))
            .Label($"seed {seed}: expected {expected}, got ({result.TotalCost}, {result.TotalImpact}), ties complete {result.TieBreakComplete}");
    }

    [Property(MaxTest = 300)]
    public Property Solve_KeepsTheBudgetAndEveryConstraint(int seed)
    {
        var problem = SmallInstances.Create(seed);
        var result = TrySolve(problem);
        if (result is null)
        {
            return true.Label("infeasible");
        }

        var violations = Optimizer.EvaluateProposal(problem, Amounts(result)).Comparison.Violations;
        return (violations.Count == 0 && result.TotalCost <= problem.Budget && result.Optimal).Label($"seed {seed}: {string.Join(" ", violations)}");
    }

    [Property(MaxTest = 300)]
    public Property Solve_GivesEveryApplicationExactlyOneChoiceInInputOrder(int seed)
    {
        var problem = SmallInstances.Create(seed);
        var result = TrySolve(problem);
        return (result is null || result.Choices.Select(c => c.Id).SequenceEqual(problem.Classes.Select(c => c.Id))).Label($"seed {seed}");
    }

    [Property(MaxTest = 300)]
    public Property Solve_WithMoreBudget_NeverLowersTheOptimum(int seed, PositiveInt extra)
    {
        var problem = SmallInstances.Create(seed);
        var before = TrySolve(problem);
        var after = TrySolve(problem.WithBudget(problem.Budget + (extra.Get * 10_000L)));
        return (before is null || (after is not null && after.TotalImpact >= before.TotalImpact)).Label($"seed {seed}");
    }

    [Property(MaxTest = 300)]
    public Property Solve_OnShuffledInput_GivesTheSameAllocation(int seed, int shuffleSeed)
    {
        var problem = SmallInstances.Create(seed);
        var shuffled = SmallInstances.Shuffle(problem, shuffleSeed);
        var a = TrySolve(problem);
        var b = TrySolve(shuffled);
        if (a is null || b is null)
        {
            return (a is null && b is null).Label($"seed {seed}: feasibility differs");
        }

        var byId = b.Choices.ToDictionary(c => c.Id, StringComparer.Ordinal);
        return a.Choices.All(c => byId[c.Id] == c).Label($"seed {seed}");
    }

    [Property(MaxTest = 150)]
    public Property Frontier_AtAnyBudget_EqualsTheOptimizer(int seed, int budgetSeed)
    {
        var problem = SmallInstances.Create(seed, maxClasses: 10);
        FrontierResult frontier;
        try
        {
            frontier = Optimizer.ComputeFrontier(problem);
        }
        catch (AllocationInfeasibleException)
        {
            return (TrySolve(problem.WithBudget(problem.Classes.Sum(c => c.Options.Count == 0 ? 0 : c.Options.Max(o => o.Cost)))) is null).Label("frontier infeasible");
        }

        var budgets = new[] { 0L, problem.Budget, frontier.MaxBudget, new Random(budgetSeed).NextInt64(0, frontier.MaxBudget + 1) }
            .Concat(frontier.Breakpoints.SelectMany(b => new[] { b.Budget, b.Budget - 1 }))
            .Where(b => b >= 0)
            .Distinct();
        foreach (var budget in budgets)
        {
            var solved = TrySolve(problem.WithBudget(budget));
            var choices = frontier.ChoicesAt(budget);
            var same = solved is null ? choices is null : choices is not null && solved.Choices.SequenceEqual(choices) && frontier.ImpactAt(budget) == solved.TotalImpact;
            if (!same)
            {
                return false.Label($"seed {seed}: budget {budget}: solve {solved?.TotalImpact} frontier {frontier.ImpactAt(budget)}");
            }
        }

        return frontier.IsComplete.Label($"seed {seed}: incomplete");
    }

    [Property(MaxTest = 100)]
    public Property Counterfactuals_RequiredImpact_IsTheExactThreshold(int seed)
    {
        var problem = SmallInstances.Create(seed, maxClasses: 8);
        if (TrySolve(problem) is null)
        {
            return true.Label("infeasible");
        }

        var result = Optimizer.Counterfactuals(problem);
        foreach (var cf in result.Classes)
        {
            var i = problem.Classes.ToList().FindIndex(c => c.Id == cf.Id);
            foreach (var t in cf.Options)
            {
                if (t.RequiredImpact is not { } required)
                {
                    continue;
                }

                var funded = TrySolve(WithImpact(problem, i, t.OptionIndex, required))!.Choices[i].IsFunded;
                var below = required > 0 && TrySolve(WithImpact(problem, i, t.OptionIndex, required - 1))!.Choices[i].IsFunded;
                if (!funded || below)
                {
                    return false.Label($"seed {seed}: {cf.Id} option {t.OptionIndex} required {required}: funded {funded}, below {below}");
                }
            }

            if (cf.BudgetNeeded is { } needed)
            {
                var at = TrySolve(problem.WithBudget(needed))!.Choices[i].IsFunded;
                var justBelow = needed - 1 > problem.Budget && TrySolve(problem.WithBudget(needed - 1))!.Choices[i].IsFunded;
                if (!at || justBelow)
                {
                    return false.Label($"seed {seed}: {cf.Id} needs {needed}: funded there {at}, just below {justBelow}");
                }
            }
        }

        return result.IsExact.Label($"seed {seed}: not exact");
    }

    [Property(MaxTest = 200)]
    public Property Greedy_NeverBeatsTheOptimumWhenFeasible(int seed)
    {
        var problem = SmallInstances.Create(seed);
        if (TrySolve(problem) is null)
        {
            return true.Label("infeasible");
        }

        return new[] { GreedyRule.Impact, GreedyRule.ImpactPerKrona }.All(rule =>
        {
            var g = Optimizer.Greedy(problem, rule);
            return g.Allocation.TotalCost <= problem.Budget && (g.Violations.Count > 0 || g.ImpactGap >= 0);
        }).Label($"seed {seed}");
    }

    [Property(MaxTest = 200)]
    public Property EvaluateProposal_OfTheOptimum_HasNoGap(int seed)
    {
        var problem = SmallInstances.Create(seed);
        var result = TrySolve(problem);
        if (result is null)
        {
            return true.Label("infeasible");
        }

        var evaluation = Optimizer.EvaluateProposal(problem, Amounts(result));
        return (evaluation.Comparison.ImpactGap == 0 && evaluation.Comparison.Violations.Count == 0 && evaluation.Comparison.OptimumFundsInstead.Count == 0).Label($"seed {seed}");
    }

    private static Dictionary<string, long> Amounts(AllocationResult result) =>
        result.Choices.Where(c => c.IsFunded).ToDictionary(c => c.Id, c => c.Cost, StringComparer.Ordinal);

    private static AllocationProblem WithImpact(AllocationProblem problem, int i, int k, long impact)
    {
        var classes = problem.Classes.ToArray();
        var options = classes[i].Options.ToArray();
        options[k] = options[k] with { Impact = impact };
        classes[i] = classes[i] with { Options = options };
        return problem with { Classes = classes };
    }
}
