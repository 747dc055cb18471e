using Trygghet.Rules.Allocation;
using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Decisions;
using Trygghet.Rules.Parameters;
using Trygghet.Rules.Scenarios;
using static Trygghet.Rules.Tests.Scenarios.ScenarioFixture;

namespace Trygghet.Rules.Tests.Scenarios;

public sealed class ScenarioRunnerTests
{
    private static readonly decimal[] Millions = [0m, 10m, 20m, 30m, 40m, 50m, 60.1m, 70m, 80m, 90m, 120m];

    [Fact]
    public void Run_PutsTheBaselineFirstAndThenEachScenarioInOrder()
    {
        var comparison = WhatIf.Run(Stockholm, [Scenario.ForBudget(Sek.FromMillions(80m)), Scenario.ForBudget(Sek.FromMillions(40m))]);

        Assert.Equal([Scenario.BaselineName, "80,0 mnkr", "40,0 mnkr"], comparison.Rows.Select(r => r.Name));
        Assert.Equal([60_100_000L, 80_000_000L, 40_000_000L], comparison.Rows.Select(r => r.Budget.Kronor));
        Assert.Same(comparison.Outcomes[0], comparison.Baseline);
        Assert.Empty(comparison.Baseline.Changes);
        Assert.Same(comparison.Outcomes[2], comparison.Find("40,0 mnkr"));
        Assert.Same(Stockholm, comparison.Round);
    }

    [Fact]
    public void TheBaseline_EqualsRoundRunnerRun_WithTheSameOptions()
    {
        var expected = Runner.Run(Stockholm, ScenarioRunner.DefaultOptions);

        var baseline = WhatIf.Run(Stockholm, []).Baseline.Result;

        Assert.Equal(expected.Summary, baseline.Summary);
        Assert.Equal(expected.Allocation, baseline.Allocation);
        Assert.Equal(
            expected.Decisions.Select(d => (d.Application.Id, d.Status, d.Granted, d.ImpactUnits, string.Join(",", d.FundedComponents), d.Motivation)),
            baseline.Decisions.Select(d => (d.Application.Id, d.Status, d.Granted, d.ImpactUnits, string.Join(",", d.FundedComponents), d.Motivation)));
    }

    [Fact]
    public void TheBaselineRow_ShowsTheRoundsDecision_35Of48For60Point1Million()
    {
        var row = WhatIf.Run(Stockholm, []).Baseline.Row;

        Assert.Equal(new ScenarioRow(Scenario.BaselineName, Sek.FromMillions(60.1m), 35, Sek.FromMillions(60.1m), row.Impact, true, 0), row);
        Assert.True(row.Impact > 0);
    }

    [Fact]
    public void MoreBudget_NeverLowersTheImpact_OrTheAmountGranted()
    {
        var comparison = WhatIf.Run(Stockholm, [.. Millions.Select(m => Scenario.ForBudget(Sek.FromMillions(m)))]);

        var rows = comparison.Rows.Skip(1).ToList();
        Assert.Equal(Millions.Length, rows.Count);
        for (var i = 1; i < rows.Count; i++)
        {
            Assert.True(rows[i].Impact >= rows[i - 1].Impact, $"{rows[i].Name} gives {rows[i].Impact}, less than {rows[i - 1].Name}'s {rows[i - 1].Impact}.");
            Assert.True(rows[i].Granted <= rows[i].Budget, $"{rows[i].Name} grants more than its budget.");
        }

        Assert.Equal(0, rows[0].Funded);
        Assert.Equal(0d, rows[0].Impact);
        Assert.All(rows, r => Assert.True(r.Optimal));
    }

    [Fact]
    public void ABudgetScenarioAtTheRoundsOwnBudget_ChangesNothing()
    {
        var outcome = WhatIf.Run(Stockholm, [Scenario.ForBudget(Stockholm.BudgetCeiling)]).Outcomes[1];

        Assert.Empty(outcome.Changes);
        Assert.Equal(0, outcome.Row.Changed);
    }

    [Fact]
    public void Changes_ListExactlyTheApplicationsWhoseStatusOrGrantDiffers_InRoundOrder()
    {
        var comparison = WhatIf.Run(Stockholm, [Scenario.ForBudget(Sek.FromMillions(40m))]);
        var baseline = comparison.Baseline.Result.Decisions;
        var scenario = comparison.Outcomes[1].Result.Decisions;

        var expected = baseline.Zip(scenario)
            .Where(p => p.First.Status != p.Second.Status || p.First.Granted != p.Second.Granted)
            .Select(p => new DecisionChange(p.First.Application.Id, p.First.Status, p.Second.Status, p.First.Granted, p.Second.Granted))
            .ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, comparison.Outcomes[1].Changes);
        Assert.Equal(expected.Count, comparison.Outcomes[1].Row.Changed);
    }

    [Fact]
    public void BudgetAndConstraintScenarios_ReuseTheBaselinesAssessment()
    {
        var comparison = WhatIf.Run(Stockholm,
        [
            Scenario.ForBudget(Sek.FromMillions(40m)),
            new Scenario("whole packages") { AllowPartialFunding = false },
            new Scenario("cap") { BoardCaps = [new BoardCap("trafiknamnden", Sek.FromMillions(5m))] },
        ]);

        var baseline = comparison.Baseline.Result.Decisions;
        Assert.All(comparison.Outcomes.Skip(1), o =>
            Assert.All(o.Result.Decisions.Zip(baseline), p => Assert.Same(p.Second.Assessment, p.First.Assessment)));
    }

    [Fact]
    public void ABoardCap_IsAddedToTheRoundsConstraints_AndHolds()
    {
        var cap = Sek.FromMillions(5m);

        var outcome = WhatIf.Run(Stockholm, [new Scenario("trafik 5 mnkr") { BoardCaps = [new BoardCap("trafiknamnden", cap)] }]).Outcomes[1];

        Assert.Contains(new BoardCap("trafiknamnden", cap), outcome.Result.Round.Constraints.BoardCaps);
        var traffic = Sek.Sum(outcome.Result.Decisions.Where(d => d.Application.BoardId == "trafiknamnden").Select(d => d.Granted));
        Assert.True(traffic <= cap, $"The traffic board gets {traffic}.");
        Assert.NotEmpty(outcome.Changes);
        Assert.Empty(Stockholm.Constraints.BoardCaps);
    }

    [Fact]
    public void ADistrictMinimum_FundsTheDistrictUpToIt()
    {
        var minimum = Sek.FromMillions(9m);

        var outcome = WhatIf.Run(Stockholm, [new Scenario("Kungsholmen 9 mnkr") { DistrictMinimums = [new DistrictMinimum("Kungsholmen", minimum)] }]).Outcomes[1];

        var kungsholmen = Sek.Sum(outcome.Result.Decisions.Where(d => d.Application.Site.DistrictArea == "Kungsholmen").Select(d => d.Granted));
        Assert.True(kungsholmen >= minimum, $"Kungsholmen gets {kungsholmen}.");
        Assert.NotEmpty(outcome.Changes);
    }

    [Fact]
    public void WholePackagesOnly_GrantsNoReducedPackage()
    {
        var outcome = WhatIf.Run(Stockholm, [new Scenario("whole") { AllowPartialFunding = false }]).Outcomes[1];

        Assert.All(outcome.Result.Decisions.Where(d => d.Granted > Sek.Zero), d => Assert.Equal(d.Assessment.Eligible, d.Granted));
        Assert.False(outcome.Result.Round.AllowPartialFunding);
    }

    [Fact]
    public void AnInfeasibleScenario_ThrowsNamingTheScenario()
    {
        var scenario = new Scenario("too much for Kungsholmen") { Budget = Sek.FromMillions(5m), DistrictMinimums = [new DistrictMinimum("Kungsholmen", Sek.FromMillions(9m))] };

        var exception = Assert.Throws<AllocationInfeasibleException>(() => WhatIf.Run(Stockholm, [scenario]));

        Assert.Contains("too much for Kungsholmen", exception.Message, StringComparison.Ordinal);
        Assert.IsType<AllocationInfeasibleException>(exception.InnerException);
    }

    [Fact]
    public void ScenariosThatDoNotFitTheRound_AreRefused_WithEveryProblemListed()
    {
        Scenario[] scenarios =
        [
            new("a") { BoardCaps = [new BoardCap("okand-namnd", Sek.FromMillions(1m))] },
            new("a") { DistrictMinimums = [new DistrictMinimum("Atlantis", Sek.FromMillions(1m))] },
            new(Scenario.BaselineName),
            new("b") { Budget = Sek.FromKronor(-1) },
        ];

        var exception = Assert.Throws<ArgumentException>(() => WhatIf.Run(Stockholm, scenarios));

        Assert.Contains("okand-namnd", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Atlantis", exception.Message, StringComparison.Ordinal);
        Assert.Contains("'a' is used more than once", exception.Message, StringComparison.Ordinal);
        Assert.Contains("'baseline'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("negative budget", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scenario_NeedsAName_AndABudgetScenarioANonNegativeBudget()
    {
        Assert.Throws<ArgumentException>(() => new Scenario(" "));
        Assert.Throws<ArgumentOutOfRangeException>(() => Scenario.ForBudget(Sek.FromKronor(-1)));
        Assert.Equal("60,1 mnkr", Scenario.ForBudget(Sek.FromMillions(60.1m)).Name);
        Assert.Equal("SEK 60,050,000", Scenario.ForBudget(Sek.FromKronor(60_050_000), ReportLanguage.English).Name);
    }

    [Fact]
    public void Run_IsDeterministic()
    {
        Scenario[] scenarios = [Scenario.ForBudget(Sek.FromMillions(45m)), new("no lighting") { ExcludedMeasures = MeasureSet.Of(Measure.Lighting) }];

        var first = WhatIf.Run(Stockholm, scenarios);
        var second = WhatIf.Run(Stockholm, scenarios);

        Assert.Equal(first.Rows, second.Rows);
        Assert.Equal(first.Outcomes.SelectMany(o => o.Changes), second.Outcomes.SelectMany(o => o.Changes));
    }

    [Fact]
    public void Run_StopsWhenCancelled()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => WhatIf.Run(Stockholm, [Scenario.ForBudget(Sek.FromMillions(40m))], cancellation.Token));
    }
}
