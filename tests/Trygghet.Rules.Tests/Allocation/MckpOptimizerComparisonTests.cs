using Trygghet.Rules.Allocation;
using static Trygghet.Rules.Tests.Allocation.Problems;

namespace Trygghet.Rules.Tests.Allocation;

public sealed class MckpOptimizerComparisonTests
{
    private static readonly MckpOptimizer Optimizer = new();

    // Greedy by impact per krona takes c (ratio 2.0) and then cannot fit a or b; the optimum funds a and b.
    private static readonly AllocationProblem Round = Of(1_000_000, App("a", (500_000, 900)), App("b", (500_000, 900)), App("c", (600_000, 1_200)));

    [Fact]
    public void Greedy_by_impact_per_krona_is_compared_with_the_optimum()
    {
        var result = Optimizer.Greedy(Round, GreedyRule.ImpactPerKrona);
        Assert.Equal(["c"], result.Allocation.FundedIds);
        Assert.Equal(1_800, result.Optimum.TotalImpact);
        Assert.Equal(600, result.ImpactGap);
        Assert.Equal(1.0 / 3, result.RelativeGap, 9);
        Assert.Equal(["a", "b"], result.OptimumFundsInstead);
        Assert.Equal(["c"], result.FundedOnlyHere);
        Assert.Empty(result.Violations);
        Assert.Equal("greedy by impact per krona 1.0", result.Allocation.Solver);
    }

    [Fact]
    public void Greedy_by_impact_ranks_like_a_manual_list()
    {
        var result = Optimizer.Greedy(Round, GreedyRule.Impact);
        Assert.Equal(["c"], result.Allocation.FundedIds);
    }

    [Fact]
    public void Greedy_serves_must_fund_applications_first_and_lists_a_missed_district_minimum()
    {
        var problem = Of(1_100_000, App("b", (500_000, 900)), App("c", "b", "Farsta", (600_000, 1_200)), App("d", (600_000, 2_000))) with
        {
            MustFund = ["b"],
            DistrictMinimums = [new DistrictMinimumConstraint("Farsta", 600_000)],
        };
        var result = Optimizer.Greedy(problem, GreedyRule.Impact);
        Assert.Equal(["b", "d"], result.Allocation.FundedIds);
        Assert.Equal(["b", "c"], result.Optimum.FundedIds);
        Assert.Equal(-800, result.ImpactGap);
        Assert.Equal(["District Farsta receives 0 kr, less than its minimum of 600 000 kr."], result.Violations);
    }

    [Fact]
    public void A_proposal_is_read_as_options_and_its_violations_listed()
    {
        var problem = Of(1_000_000, App("a", (400_000, 500), (500_000, 900)), App("b", (500_000, 900)), App("c", (600_000, 1_200))) with
        {
            MutuallyExclusive = [["b", "c"]],
        };
        var amounts = new Dictionary<string, long> { ["a"] = 450_000, ["b"] = 500_000, ["c"] = 100_000 };
        var evaluation = Optimizer.EvaluateProposal(problem, amounts);
        Assert.Equal([ProposalMapping.BestBelow, ProposalMapping.Exact, ProposalMapping.BelowCheapest], evaluation.Lines.Select(l => l.Mapping));
        Assert.Equal(0, evaluation.Lines[0].Choice.OptionIndex);
        Assert.Equal(1_050_000, evaluation.TotalProposed);
        Assert.Equal(900_000, evaluation.Comparison.Allocation.TotalCost);
        Assert.Equal(1_400, evaluation.Comparison.Allocation.TotalImpact);
        Assert.Equal(400, evaluation.Comparison.ImpactGap);
        Assert.Empty(evaluation.Comparison.Violations);
    }

    [Fact]
    public void A_proposal_over_the_budget_and_against_an_exclusive_group_lists_both()
    {
        var problem = Round with { MutuallyExclusive = [["a", "b"]], MustFund = ["c"] };
        var evaluation = Optimizer.EvaluateProposal(problem, new Dictionary<string, long> { ["a"] = 500_000, ["b"] = 500_000 });
        Assert.Equal(
            ["Must-fund application c is not funded.", "Mutually exclusive applications a and b are all funded."],
            evaluation.Comparison.Violations);
        var over = Optimizer.EvaluateProposal(Round, new Dictionary<string, long> { ["a"] = 500_000, ["c"] = 600_000 });
        Assert.Equal(["The total of 1 100 000 kr exceeds the budget of 1 000 000 kr."], over.Comparison.Violations);
    }

    [Fact]
    public void A_proposal_naming_an_unknown_application_is_a_caller_mistake()
    {
        var ex = Assert.Throws<ArgumentException>(() => Optimizer.EvaluateProposal(Round, new Dictionary<string, long> { ["zz"] = 1 }));
        Assert.Contains("'zz' is not in the problem", ex.Message, StringComparison.Ordinal);
    }
}
