using Trygghet.Rules.Allocation;
using static Trygghet.Rules.Tests.Allocation.Problems;

namespace Trygghet.Rules.Tests.Allocation;

public sealed class MckpOptimizerCounterfactualTests
{
    private static readonly MckpOptimizer Optimizer = new();

    [Fact]
    public void An_unfunded_application_learns_the_budget_and_the_impact_it_would_need()
    {
        // Budget 1 000 000: a (600 000, 10) and b (400 000, 6) are funded; c (500 000, 7) is not.
        var problem = Of(1_000_000, App("a", (600_000, 10)), App("b", (400_000, 6)), App("c", (500_000, 7)));
        var result = Optimizer.Counterfactuals(problem);
        var c = Assert.Single(result.Classes);
        Assert.Equal("c", c.Id);
        Assert.True(result.IsExact);

        // At 1 100 000, a + c (17) beats a + b (16).
        Assert.Equal(1_100_000, c.BudgetNeeded);
        Assert.Equal(100_000, c.BudgetIncrease);

        // Without c the optimum is 16; with c funded the rest gets 500 000: a alone is too dear, b gives 6.
        // c is funded from 10 (16 - 6) when it then costs less: b + c cost 900 000 < 1 000 000, so 10 suffices.
        var option = Assert.Single(c.Options);
        Assert.Equal(10, option.RequiredImpact);
        Assert.Equal(option, c.Easiest);
    }

    [Fact]
    public void An_option_that_cannot_fit_has_no_required_impact()
    {
        var problem = Of(1_000_000, App("a", (600_000, 10)), App("c", (1_500_000, 7), (500_000, 1)));
        var c = Assert.Single(Optimizer.Counterfactuals(problem).Classes);
        Assert.Null(c.Options[0].RequiredImpact);
        Assert.Equal(10, c.Options[1].RequiredImpact);
        Assert.Equal(1_100_000, c.BudgetNeeded);
    }
}
