using Trygghet.Rules.Allocation;
using Trygghet.Rules.Criteria;
using Trygghet.Rules.Decisions;
using Trygghet.Rules.Impact;
using Trygghet.Rules.Serialization;

namespace Trygghet.Rules.Tests.Decisions;

public sealed class CounterfactualReuseTests
{
    [Fact]
    public void Counterfactuals_FromTheRunsOwnAllocationAndFrontier_EqualThoseComputedAfresh()
    {
        var round = BuiltInRounds.Stockholm2024;
        var assessment = new Trygghet.Rules.Assessment.RoundAssessor(RuleSets.Stockholm2024).Assess(round);
        var builder = new FundingOptionBuilder(new ImpactModel(ImpactParametersFrom.Resolved(assessment.Parameters)));
        var optionSets = assessment.Applications.Select(builder.Build).ToList();
        var problem = ProblemBuilder.Build(round, assessment.Applications, optionSets);
        var optimizer = new MckpOptimizer();

        var afresh = optimizer.Counterfactuals(problem);
        var reused = optimizer.Counterfactuals(problem, optimizer.Solve(problem), optimizer.ComputeFrontier(problem));

        Assert.Equal(afresh.IsExact, reused.IsExact);
        Assert.Equal(
            afresh.Classes.Select(c => (c.Id, c.BudgetIncrease, c.Easiest?.RequiredImpact)),
            reused.Classes.Select(c => (c.Id, c.BudgetIncrease, c.Easiest?.RequiredImpact)));
        Assert.NotEmpty(reused.Classes);
    }

    [Fact]
    public void Counterfactuals_WithAnAllocationForAnotherBudget_Throws()
    {
        var problem = new AllocationProblem { Budget = 10, Classes = [new AllocationClass("a", "b", "d", [new AllocationOption(20, 5, 0)])] };
        var optimizer = new MckpOptimizer();
        var other = optimizer.Solve(problem.WithBudget(30));
        Assert.Throws<ArgumentException>(() => optimizer.Counterfactuals(problem, other, optimizer.ComputeFrontier(problem)));
    }
}
