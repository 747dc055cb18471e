using Trygghet.Rules.Allocation;
using static Trygghet.Rules.Tests.Allocation.Problems;

namespace Trygghet.Rules.Tests.Allocation;

public sealed class MckpOptimizerInfeasibilityTests
{
    private static readonly MckpOptimizer Optimizer = new();

    private static AllocationInfeasibleException Infeasible(AllocationProblem problem) => Assert.Throws<AllocationInfeasibleException>(() => Optimizer.Solve(problem));

    [Fact]
    public void A_district_minimum_its_applications_cannot_reach_is_named_with_both_amounts()
    {
        var problem = Of(10_000_000, App("2024-01", "sdn-rinkeby", "Rinkeby-Kista", (2_000_000, 5), (3_200_000, 7)), App("2024-02", "sdn-bromma", "Bromma", (1_000_000, 3))) with
        {
            DistrictMinimums = [new DistrictMinimumConstraint("Rinkeby-Kista", 5_000_000)],
        };
        var ex = Infeasible(problem);
        Assert.Equal("District minimum for Rinkeby-Kista (5 000 000 kr) cannot be reached: its eligible applications total 3 200 000 kr.", ex.Message);
        Assert.Equal(AllocationConflictKind.DistrictMinimumUnreachable, Assert.Single(ex.Conflicts).Kind);
    }

    [Fact]
    public void A_must_fund_application_over_its_board_cap_is_named_with_the_cap()
    {
        var problem = Of(10_000_000, App("2024-07", (2_000_000, 5), (2_500_000, 6))) with
        {
            MustFund = ["2024-07"],
            BoardCaps = [new BoardCapConstraint("trafiknamnden", 1_500_000)],
        };
        var ex = Infeasible(problem);
        Assert.Equal("Must-fund application 2024-07 costs at least 2 000 000 kr but the board cap of trafiknamnden is 1 500 000 kr.", ex.Message);
    }

    [Fact]
    public void Must_fund_applications_that_together_exceed_the_budget_are_all_named()
    {
        var problem = Of(3_000_000, App("2024-01", (2_000_000, 5)), App("2024-02", (1_500_000, 4)), App("2024-03", (100_000, 1))) with
        {
            MustFund = ["2024-02", "2024-01"],
        };
        var ex = Infeasible(problem);
        Assert.Equal("Must-fund applications 2024-01, 2024-02 together cost at least 3 500 000 kr but the budget is 3 000 000 kr.", ex.Message);
        Assert.Equal(AllocationConflictKind.MustFundsOverBudget, ex.Conflicts[0].Kind);
    }

    [Fact]
    public void A_must_fund_application_dearer_than_the_budget_is_named()
    {
        var ex = Infeasible(Of(1_000_000, App("2024-01", (2_000_000, 5))) with { MustFund = ["2024-01"] });
        Assert.Equal("Must-fund application 2024-01 costs at least 2 000 000 kr but the budget is 1 000 000 kr.", ex.Message);
    }

    [Fact]
    public void A_must_fund_application_without_options_is_named()
    {
        var ex = Infeasible(Of(1_000_000, App("2024-01")) with { MustFund = ["2024-01"] });
        Assert.Equal("Must-fund application 2024-01 has no funding option.", ex.Message);
    }

    [Fact]
    public void Two_must_fund_applications_in_one_exclusive_group_are_named()
    {
        var problem = Of(10_000_000, App("2024-01", (1_000_000, 5)), App("2024-02", (1_000_000, 4))) with
        {
            MustFund = ["2024-01", "2024-02"],
            MutuallyExclusive = [["2024-01", "2024-02"]],
        };
        var ex = Infeasible(problem);
        Assert.Equal("Must-fund applications 2024-01 and 2024-02 are in the same mutually exclusive group, so at most one of them can be funded.", ex.Message);
    }

    [Fact]
    public void Must_fund_applications_of_one_board_over_its_cap_are_named()
    {
        var problem = Of(10_000_000, App("2024-01", (1_000_000, 5)), App("2024-02", (1_000_000, 4))) with
        {
            MustFund = ["2024-01", "2024-02"],
            BoardCaps = [new BoardCapConstraint("trafiknamnden", 1_500_000)],
        };
        Assert.Equal("Must-fund applications 2024-01, 2024-02 of board trafiknamnden together cost at least 2 000 000 kr but its cap is 1 500 000 kr.", Infeasible(problem).Message);
    }

    [Fact]
    public void A_district_minimum_blocked_by_board_caps_is_named()
    {
        var problem = Of(10_000_000, App("2024-01", "trafiknamnden", "Skarpnäck", (2_000_000, 5)), App("2024-02", "trafiknamnden", "Skarpnäck", (2_000_000, 4))) with
        {
            DistrictMinimums = [new DistrictMinimumConstraint("Skarpnäck", 3_000_000)],
            BoardCaps = [new BoardCapConstraint("trafiknamnden", 2_500_000)],
        };
        Assert.Equal("District minimum for Skarpnäck (3 000 000 kr) cannot be reached within the board caps: at most 2 500 000 kr can go to its applications.", Infeasible(problem).Message);
    }

    [Fact]
    public void District_minimums_and_must_funds_over_the_budget_are_named()
    {
        var problem = Of(3_000_000, App("2024-01", "b", "Farsta", (2_000_000, 5)), App("2024-02", "b", "Bromma", (2_000_000, 4))) with
        {
            DistrictMinimums = [new DistrictMinimumConstraint("Farsta", 2_000_000), new DistrictMinimumConstraint("Bromma", 2_000_000)],
        };
        Assert.Equal("District minimums (Bromma, Farsta) and must-fund applications together require at least 4 000 000 kr but the budget is 3 000 000 kr.", Infeasible(problem).Message);
    }

    [Fact]
    public void A_conflict_only_the_search_can_find_is_reported_with_every_constraint()
    {
        // Farsta's minimum fits the board cap and so does the must-fund application, but not both together.
        var problem = Of(10_000_000, App("2024-01", "idrott", "Farsta", (2_000_000, 5)), App("2024-02", "idrott", "Bromma", (1_000_000, 4))) with
        {
            DistrictMinimums = [new DistrictMinimumConstraint("Farsta", 2_000_000)],
            MustFund = ["2024-02"],
            BoardCaps = [new BoardCapConstraint("idrott", 2_500_000)],
        };
        var ex = Infeasible(problem);
        Assert.Equal(AllocationConflictKind.NoFeasibleAllocation, Assert.Single(ex.Conflicts).Kind);
        Assert.Equal("No allocation of 10 000 000 kr meets all the constraints together (must-fund 2024-02; district minimum for Farsta (2 000 000 kr); board cap of idrott (2 500 000 kr)).", ex.Message);
    }

    [Fact]
    public void Solve_InvalidProblem_ThrowsArgumentExceptionListingEveryMistake()
    {
        var problem = Of(-1, App("a", (0, 5)), App("a", (10, -1))) with { MustFund = ["missing"] };
        var ex = Assert.Throws<ArgumentException>(() => Optimizer.Solve(problem));
        Assert.Contains("budget must not be negative", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'a' appears more than once", ex.Message, StringComparison.Ordinal);
        Assert.Contains("cost 0 and impact 5", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Must-fund application 'missing' is not in the problem", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(30)]
    [InlineData(120)]
    public void A_state_limit_that_thins_a_capped_board_to_nothing_is_not_called_infeasible(int states)
    {
        // Under the limit the board's thinned list loses every state its band keeps; the problem is feasible.
        var problem = SmallInstances.CappedBoards(1457);
        Assert.NotNull(ReferenceSolver.Solve(problem));
        try
        {
            var result = Optimizer.Solve(problem, new AllocationOptions { MaxStates = states });
            Assert.False(result.Optimal && result.TotalImpact < ReferenceSolver.Totals(problem, ReferenceSolver.Solve(problem)!).Impact);
        }
        catch (AllocationLimitException)
        {
            // Stopped before any allocation: nothing claimed.
        }
    }
}
