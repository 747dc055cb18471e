using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Parameters;
using Trygghet.Rules.Scenarios;
using Trygghet.Rules.Tests.Generators;
using static Trygghet.Rules.Tests.Scenarios.ScenarioFixture;

namespace Trygghet.Rules.Tests.Scenarios;

/// <summary>A generated round that allows partial funding, with budgets as shares of its requested total and measures to exclude.</summary>
public sealed record BudgetCase(Round Round, IReadOnlyList<int> Percents, IReadOnlyList<Measure> Excluded)
{
    public IReadOnlyList<Scenario> BudgetScenarios() =>
        [.. Percents.Distinct().Select(p => Scenario.ForBudget(Sek.FromKronor(Round.RequestedTotal.Kronor * p / 100), ReportLanguage.English) with { Name = p + " %" })];

    public override string ToString() =>
        $"{Round.Applications.Count} applications, budgets {string.Join(", ", Percents)} % of {Round.RequestedTotal}, excluding {string.Join(", ", Excluded)}";
}

/// <summary>FsCheck generators for the scenario laws.</summary>
public static class BudgetCases
{
    public static Arbitrary<BudgetCase> Cases() => Arb.From(
        from round in RoundGenerators.ValidRound(16, withConstraints: false)
        from percents in Gen.Choose(1, 6).SelectMany(n => Gen.ListOf(Gen.Choose(0, 130), n))
        from excluded in Gen.Choose(0, 2).SelectMany(n => Gen.ListOf(Gen.Elements(Enum.GetValues<Measure>()), n))
        select new BudgetCase(round with { AllowPartialFunding = true }, [.. percents], [.. excluded]));
}

/// <summary>The laws every scenario comparison obeys, checked on generated rounds.</summary>
[Properties(Arbitrary = [typeof(BudgetCases)], MaxTest = 40)]
public sealed class ScenarioProperties
{
    [Property]
    public bool More_budget_never_lowers_the_impact(BudgetCase generated)
    {
        var rows = WhatIf.Run(generated.Round, generated.BudgetScenarios()).Rows.Skip(1).OrderBy(r => r.Budget).ToList();

        return rows.Zip(rows.Skip(1)).All(p => p.Second.Impact >= p.First.Impact) && rows.All(r => r.Granted <= r.Budget);
    }

    // With partial funding every package left under the scenario was an option before, so the optimum cannot rise.
    [Property]
    public bool A_scenario_that_excludes_measures_never_grants_one_and_never_raises_the_impact(BudgetCase generated)
    {
        var excluded = MeasureSet.Of([.. generated.Excluded]);
        var comparison = WhatIf.Run(generated.Round, [new Scenario("excluded") { ExcludedMeasures = excluded }]);
        var outcome = comparison.Outcomes[1];

        return outcome.Result.Decisions.All(d =>
                d.FundedComponents.All(id => !excluded.Contains(d.Application.FindComponent(id)!.Measure))
                && d.Assessment.Requested == d.Assessment.Eligible + d.Assessment.Excluded + d.Assessment.Capped)
            && outcome.Row.Impact <= comparison.Baseline.Row.Impact + 1e-6;
    }
}
