using Trygghet.Rules.Allocation;
using Trygghet.Rules.Allocation.Internal;
using static Trygghet.Rules.Tests.Allocation.Problems;

namespace Trygghet.Rules.Tests.Allocation;

public sealed class MckpOptimizerSolveTests
{
    private static readonly MckpOptimizer Optimizer = new();

    [Fact]
    public void Solve_PicksTheBestOptionPerApplicationWithinTheBudget()
    {
        var result = Optimizer.Solve(Of(1_000_000, App("a", (400_000, 10), (700_000, 13)), App("b", (300_000, 6), (600_000, 11))));
        Assert.Equal([0, 1], result.Choices.Select(c => c.OptionIndex));
        Assert.Equal(21, result.TotalImpact);
        Assert.Equal(1_000_000, result.TotalCost);
        Assert.True(result.Optimal);
        Assert.Null(result.UpperBound);
        Assert.Equal("mckp-core-dp 1.0", result.Solver);
    }

    [Fact]
    public void Solve_StronglyCorrelatedWithBindingBoardCaps_ProvesTheExactFillOptimalByCountingSteps()
    {
        // Without counting steps this search stops at its state limit, a few steps' worth of kronor short of a proof,
        // with the same allocation in hand.
        var problem = LargeInstances.StronglyCorrelatedBoards(3_000, 87, seed: 42);
        var result = Optimizer.Solve(problem, new AllocationOptions { MaxStates = 2_000_000 });

        Assert.True(result.Optimal);
        Assert.Null(result.UpperBound);
        Assert.Equal(problem.Budget, result.TotalCost);
        Assert.False(result.TieBreakComplete);
        var spent = result.Choices.Where(c => c.IsFunded).GroupBy(c => problem.Classes.Single(a => a.Id == c.Id).BoardId).ToDictionary(g => g.Key, g => g.Sum(c => c.Cost));
        Assert.All(problem.BoardCaps, cap => Assert.True(spent.GetValueOrDefault(cap.BoardId) <= cap.Max, cap.BoardId));
    }

    [Theory]
    [InlineData(42, 48)]
    [InlineData(7, 300)]
    public void Solve_WeaklyCorrelated_CompletesItsListsByOneMove_ForTheSameAllocationWithFewerStates(int seed, int n)
    {
        // Without the cardinality bound the one-move completion waits for a list an eighth as long as its moves; on
        // weakly correlated problems it then finds the better incumbents stages earlier. Never building it must prove
        // the very same allocation, through more states.
        var problem = LargeInstances.WeaklyCorrelated(n, seed);
        AllocationResult Solve(long? completionFrom) =>
            MckpOptimizer.SolveCanonical(CanonicalProblem.Create(problem), problem.Budget, new SearchBudget(null) { CompletionFromListSize = completionFrom });

        var completed = Solve(null);
        var alone = Solve(long.MaxValue);

        Assert.True(completed.Optimal);
        Assert.True(alone.Optimal);
        Assert.Equal(alone.Choices, completed.Choices);
        Assert.True(completed.Statistics.States * 2 < alone.Statistics.States, $"{completed.Statistics.States} states with the completion, {alone.Statistics.States} without");
    }

    [Theory]
    [InlineData(7)]
    [InlineData(42)]
    public void Solve_JoiningWithTheNextUnitsOrNot_ProvesTheSameOptimum(int seed)
    {
        // The join only offers incumbents: with it at every stage or never, the proven optimum is the same.
        var problem = LargeInstances.StronglyCorrelatedBoards(400, 1, seed) with { BoardCaps = [] };
        AllocationResult Solve(int joinFrom) =>
            MckpOptimizer.SolveCanonical(CanonicalProblem.Create(problem), problem.Budget, new SearchBudget(null) { JoinFromListSize = joinFrom });

        var joined = Solve(0);
        var alone = Solve(int.MaxValue);

        Assert.True(joined.Optimal);
        Assert.True(alone.Optimal);
        Assert.Equal((alone.TotalImpact, alone.TotalCost), (joined.TotalImpact, joined.TotalCost));
        Assert.True(joined.TotalCost <= problem.Budget);
    }

    [Theory]
    [InlineData(12)]
    [InlineData(16)]
    public void Solve_AmountsNear2To63_ReadTheCardinalityBoundWithoutOverflow(int fillers)
    {
        // Impacts of 2^61 and costs of 2^60 make the cardinality bound's bonus exceed 64 bits; its product with a step
        // count used to overflow (a checked 128-bit multiply) instead of saturating.
        const long Budget = 1L << 60;
        var classes = new List<AllocationClass>
        {
            App("S", (Budget, Budget)),
            App("U", (1L << 59, 1), ((1L << 59) + 1, 1L << 40)),
            App("V", (1, 1L << 61)),
        };
        for (var k = 0; k < fillers; k++)
        {
            classes.Add(App($"F{k:000}", ((1L << 41) + (k * 977), 1 + k), ((1L << 41) + (k * 977) + 1 + (k % 3), (1L << 40) + (k * 7))));
        }

        var problem = Of(Budget, [.. classes]);
        var result = Optimizer.Solve(problem);

        Assert.True(result.Optimal);
        Assert.Equal(ReferenceSolver.Totals(problem, ReferenceSolver.Solve(problem)!), (result.TotalCost, result.TotalImpact));
    }

    [Fact]
    public void Solve_AmountsNear2To58_EqualBruteForceWithoutOverflow()
    {
        // Costs up to 2^52 and impacts up to 2^58 (steps of up to 2^50 and 2^56): the slopes the core compares have numerators and denominators that
        // large, and a product of three of them does not fit in 128 bits.
        for (var seed = 0; seed < 300; seed++)
        {
            var rng = new Random(seed);
            var classes = Enumerable.Range(0, rng.Next(3, 11)).Select(i =>
            {
                long cost = 0, impact = 0;
                return App($"A{i:00}", [.. Enumerable.Range(0, rng.Next(1, 4)).Select(_ => (cost += rng.NextInt64(1, 1L << 50), impact += rng.NextInt64(1, 1L << 56)))]);
            }).ToArray();
            AssertTotalsOfBruteForce(Of(classes.Sum(c => c.Options[^1].Cost) / 2, classes), $"seed {seed}");
        }
    }

    [Fact]
    public void Solve_ImpactsBillionsOfTimesTheirCosts_EqualBruteForceWithoutOverflow()
    {
        // Costs of a few hundred kronor with impacts near 2^56: the cardinality bound's rate is above 2^32, and its
        // numerator over 2^30 overflowed a checked cast once the bound was built from the first stage on (found by the
        // review; the first case is the reviewer's).
        var problems = new List<AllocationProblem>
        {
            Of(1206, App("A", (358, 48673495725530194)), App("B", (32, 10512959615422946), (908, 107664826406959922)), App("C", (511, 10333102073544287), (1037, 80333904846742905))),
        };
        for (var seed = 0; seed < 300; seed++)
        {
            var rng = new Random(seed);
            var classes = Enumerable.Range(0, rng.Next(2, 6)).Select(i =>
            {
                long cost = 0, impact = 0;
                return App($"A{i}", [.. Enumerable.Range(0, rng.Next(1, 3)).Select(_ => (cost += rng.NextInt64(1, 600), impact += rng.NextInt64(1L << 52, 1L << 56)))]);
            }).ToArray();
            problems.Add(Of(classes.Sum(c => c.Options[^1].Cost) / 2, classes));
        }

        foreach (var problem in problems)
        {
            AssertTotalsOfBruteForce(problem, $"budget {problem.Budget}");
        }
    }

    [Fact]
    public void Solve_StronglyCorrelatedStepsNear2To46WithABudgetOfAFewSteps_EqualBruteForceWithoutOverflow()
    {
        // Steps of whole multiples of 50 000·2^30 kronor, each worth its cost plus a fixed amount, and a budget of one to
        // three of them: the gradient bound's exact reading multiplies three 64-bit numbers, more than 128 bits hold, and
        // from the first stage on it is read for states that can at best tie (a review found 205 of 3 000 such rounds throwing).
        const long Step = 50_000L << 30;
        for (var seed = 0; seed < 120; seed++)
        {
            var rng = new Random(seed);
            var bonus = rng.NextInt64(1, Step / 4);
            var classes = Enumerable.Range(0, rng.Next(4, 8)).Select(i =>
            {
                long cost = 0, impact = 0;
                var steps = Enumerable.Range(0, rng.Next(1, 5)).Select(_ => rng.NextInt64(1, 6) * Step).Order().ToArray();
                return App($"s{i:00}", [.. steps.Select(w => (cost += w, impact += w + bonus))]);
            }).ToArray();
            var result = AssertTotalsOfBruteForce(Of(rng.NextInt64(Step, 3 * Step), classes), $"seed {seed}");
            Assert.True(result.Optimal, $"seed {seed}: not proven");
        }
    }

    /// <summary>Solves <paramref name="problem"/> and asserts that its cost and impact are the brute-force optimum's; returns the result.</summary>
    private static AllocationResult AssertTotalsOfBruteForce(AllocationProblem problem, string label)
    {
        var expected = ReferenceSolver.Totals(problem, ReferenceSolver.Solve(problem)!);
        var result = Optimizer.Solve(problem);
        Assert.True((result.TotalCost, result.TotalImpact) == expected, $"{label}: expected {expected}, got ({result.TotalCost}, {result.TotalImpact})");
        return result;
    }

    [Theory]
    [InlineData(30)]
    [InlineData(31)]
    [InlineData(40)]
    public void Solve_StoppedWhileABandWidens_KeepsTheBetterAllocationANarrowerBandFound(int states)
    {
        // With bands narrowed from the start, the narrowest finds 4 434 000 without proving it, and the limit stops the
        // wider band that follows: that used to give no allocation at all (30 states) or a worse one (4 384 000).
        var problem = SmallInstances.StronglyCorrelated(345);
        var search = new SearchBudget(new AllocationOptions { MaxStates = states, MaxTieStates = null }) { BoardStatesBeforeNarrowing = 0, Narrowing = 6 };
        var result = MckpOptimizer.SolveCanonical(CanonicalProblem.Create(problem), problem.Budget, search);

        Assert.False(result.Optimal);
        Assert.Equal(4_434_000, result.TotalImpact);
        Assert.True(result.UpperBound >= ReferenceSolver.Totals(problem, ReferenceSolver.Solve(problem)!).Impact);
    }

    [Fact]
    public void Solve_LpDominatedOptionCanBeOptimal()
    {
        // Option (600 000, 9) lies under the hull of (0,0)-(300 000, 6)-(1 000 000, 16) but is the best use of 900 000.
        var result = Optimizer.Solve(Of(900_000, App("a", (300_000, 6), (600_000, 9), (1_000_000, 16)), App("b", (300_000, 5))));
        Assert.Equal([1, 0], result.Choices.Select(c => c.OptionIndex));
        Assert.Equal(14, result.TotalImpact);
    }

    [Fact]
    public void Ties_in_impact_go_to_the_cheaper_allocation()
    {
        var result = Optimizer.Solve(Of(500_000, App("a", (500_000, 10)), App("b", (400_000, 10))));
        Assert.Equal(["b"], result.FundedIds);
    }

    [Fact]
    public void Ties_in_impact_and_cost_go_to_the_smallest_funded_ids()
    {
        var result = Optimizer.Solve(Of(1_000_000, App("c", (500_000, 10)), App("b", (500_000, 10)), App("a", (500_000, 10))));
        Assert.Equal(["b", "a"], result.FundedIds);
    }

    [Fact]
    public void Ties_in_the_funded_set_go_to_the_cheaper_option_of_the_first_application()
    {
        // a: 300 + b: 700 and a: 700 + b: 300 both give 20 for 1 000 000; a's cheaper option wins.
        var result = Optimizer.Solve(Of(1_000_000, App("a", (300_000, 8), (700_000, 12)), App("b", (300_000, 8), (700_000, 12))));
        Assert.Equal([0, 1], result.Choices.Select(c => c.OptionIndex));
    }

    [Fact]
    public void Identical_options_go_to_the_lower_index()
    {
        var result = Optimizer.Solve(Of(1_000_000, App("a", (500_000, 10), (500_000, 10))));
        Assert.Equal(0, result.Choices[0].OptionIndex);
    }

    [Fact]
    public void A_must_fund_application_is_funded_even_at_a_loss()
    {
        var result = Optimizer.Solve(Of(1_000_000, App("a", (900_000, 1)), App("b", (900_000, 50))) with { MustFund = ["a"] });
        Assert.Equal(["a"], result.FundedIds);
    }

    [Fact]
    public void A_board_cap_limits_its_applications_together()
    {
        var problem = Of(2_000_000, App("a", "idrott", "x", (600_000, 10)), App("b", "idrott", "x", (600_000, 9)), App("c", "kultur", "x", (600_000, 5))) with
        {
            BoardCaps = [new BoardCapConstraint("idrott", 1_000_000)],
        };
        Assert.Equal(["a", "c"], Optimizer.Solve(problem).FundedIds);
    }

    [Fact]
    public void A_district_minimum_pulls_money_to_its_district()
    {
        var problem = Of(1_000_000, App("a", "b", "Bromma", (600_000, 10)), App("b", "b", "Farsta", (400_000, 2), (600_000, 3))) with
        {
            DistrictMinimums = [new DistrictMinimumConstraint("Farsta", 500_000)],
        };
        var result = Optimizer.Solve(problem);
        Assert.Equal(["b"], result.FundedIds);
        Assert.Equal(1, result.Choices[1].OptionIndex);
        Assert.Equal("mckp-core-dp 1.0 + branch-and-bound", result.Solver);
    }

    [Fact]
    public void Mutually_exclusive_applications_are_never_both_funded()
    {
        var problem = Of(2_000_000, App("a", (500_000, 10)), App("b", (500_000, 9)), App("c", (500_000, 1))) with { MutuallyExclusive = [["a", "b"]] };
        Assert.Equal(["a", "c"], Optimizer.Solve(problem).FundedIds);
    }

    [Fact]
    public void A_tiny_state_limit_returns_the_best_found_with_a_valid_bound()
    {
        var problem = Benchmarkish(200, seed: 7);
        var exact = Optimizer.Solve(problem);
        var limited = Optimizer.Solve(problem, new AllocationOptions { MaxStates = 1 });
        Assert.True(exact.Optimal);
        Assert.False(limited.Optimal);
        Assert.NotNull(limited.UpperBound);
        Assert.InRange(exact.TotalImpact, limited.TotalImpact, limited.UpperBound!.Value);
        Assert.InRange(limited.Gap, 0.0, 1.0);
        Assert.True(limited.TotalCost <= problem.Budget);
    }

    [Fact]
    public void A_node_limit_on_district_minimums_never_claims_optimality()
    {
        var problem = Benchmarkish(30, seed: 3) with { DistrictMinimums = [new DistrictMinimumConstraint("d0", 3_000_000), new DistrictMinimumConstraint("d1", 3_000_000)] };
        var exact = Optimizer.Solve(problem);
        var limited = Optimizer.Solve(problem, new AllocationOptions { MaxNodes = 12 });
        Assert.True(exact.Optimal);
        Assert.True(exact.Statistics.Nodes > 12, $"nodes {exact.Statistics.Nodes}");
        Assert.False(limited.Optimal, $"limited nodes {limited.Statistics.Nodes}");
        Assert.InRange(exact.TotalImpact, limited.TotalImpact, limited.UpperBound!.Value);
    }

    [Fact]
    public void A_state_limit_inside_capped_boards_still_returns_a_feasible_allocation_and_a_valid_bound()
    {
        var problem = Benchmarkish(120, seed: 11);
        problem = problem with { BoardCaps = [.. Enumerable.Range(0, 5).Select(b => new BoardCapConstraint($"b{b}", problem.Budget / 6))] };
        var exact = Optimizer.Solve(problem);
        var limited = Optimizer.Solve(problem, new AllocationOptions { MaxStates = 10 });
        Assert.True(exact.Optimal);
        Assert.False(limited.Optimal);
        Assert.InRange(exact.TotalImpact, limited.TotalImpact, limited.UpperBound!.Value);
        var amounts = limited.Choices.Where(c => c.IsFunded).ToDictionary(c => c.Id, c => c.Cost);
        Assert.Empty(Optimizer.EvaluateProposal(problem, amounts).Comparison.Violations);
    }

    [Fact]
    public void A_cancelled_search_returns_the_best_found_without_claiming_optimality()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var result = Optimizer.Solve(Benchmarkish(200, seed: 7), new AllocationOptions { CancellationToken = cts.Token });
        Assert.False(result.Optimal);
        Assert.True(result.UpperBound >= result.TotalImpact);
    }

    [Fact]
    public void Amounts_are_exact_to_the_krona()
    {
        var result = Optimizer.Solve(Of(1_000_001, App("a", (500_001, 10)), App("b", (500_000, 10)), App("c", (500_001, 10))));
        Assert.Equal(1_000_001, result.TotalCost);
        Assert.Equal(20, result.TotalImpact);
    }

    /// <summary>Weakly correlated applications: many near-ties, so the search needs many states.</summary>
    private static AllocationProblem Benchmarkish(int n, int seed)
    {
        var rng = new Random(seed);
        var classes = Enumerable.Range(0, n).Select(i =>
        {
            var options = Enumerable.Range(0, 3).Select(_ => rng.Next(100_000, 1_000_000)).Select(c => ((long)c, (long)(c + rng.Next(-c / 10, c / 10)))).ToArray();
            return App($"A{i:000}", $"b{i % 5}", $"d{i % 4}", options);
        }).ToArray();
        return Of(classes.Sum(c => c.Options.Max(o => o.Cost)) / 3, classes);
    }
}
