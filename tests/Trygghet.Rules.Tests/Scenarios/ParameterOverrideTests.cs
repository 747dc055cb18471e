using Trygghet.Rules.Amounts;
using Trygghet.Rules.Criteria;
using Trygghet.Rules.Parameters;
using Trygghet.Rules.Scenarios;
using static Trygghet.Rules.Tests.Scenarios.ScenarioFixture;

namespace Trygghet.Rules.Tests.Scenarios;

public sealed class ParameterOverrideTests
{
    private static readonly DateOnly AssessmentDate = new(2024, 2, 15);

    [Fact]
    public void ApplyTo_PutsTheValueInEffectFromTheDate_WithTheReference_AndLeavesTheSetAlone()
    {
        var original = RuleSets.Stockholm2024.Parameters;
        var reference = new ParameterReference("scenario 'x'", "parameters");

        var changed = ParameterOverride.Of(ParameterKeys.LightingBenchmarkPerUnit, Sek.FromKronor(30_000)).ApplyTo(original, AssessmentDate, reference);

        var resolved = changed.AsOf(AssessmentDate).LightingBenchmarkPerUnit;
        Assert.Equal(Sek.FromKronor(30_000), resolved.Value);
        Assert.Equal(reference, resolved.Entry.Reference);
        Assert.Null(resolved.Entry.DecisionDate);
        Assert.Equal(Sek.FromKronor(45_000), original.AsOf(AssessmentDate).LightingBenchmarkPerUnit.Value);
        Assert.Equal(Sek.FromKronor(45_000), changed.AsOf(AssessmentDate.AddDays(-1)).LightingBenchmarkPerUnit.Value);
    }

    [Fact]
    public void ToString_ShowsTheNameAndTheInvariantValue() =>
        Assert.Equal("impact.prior.lighting = 0.15", ParameterOverride.Of(ParameterKeys.ImpactPrior(Trygghet.Rules.Applications.Measure.Lighting), 0.15).ToString());

    [Fact]
    public void ALowerLightingBenchmark_CapsMore()
    {
        var scenario = new Scenario("belysning 20 000 kr") { Parameters = [ParameterOverride.Of(ParameterKeys.LightingBenchmarkPerUnit, Sek.FromKronor(20_000))] };

        var comparison = WhatIf.Run(Stockholm, [scenario]);

        var before = Sek.Sum(comparison.Baseline.Result.Decisions.Select(d => d.Assessment.Capped));
        var after = Sek.Sum(comparison.Outcomes[1].Result.Decisions.Select(d => d.Assessment.Capped));
        Assert.True(after > before, $"Capped {after} under the scenario, {before} in the baseline.");
        Assert.True(comparison.Outcomes[1].Result.Summary.Eligible < comparison.Baseline.Result.Summary.Eligible);
        Assert.NotEmpty(comparison.Outcomes[1].Changes);
        Assert.Contains(comparison.Outcomes[1].Result.Decisions.SelectMany(d => d.Findings), f => f.Code == "K6.Capped");
    }

    [Fact]
    public void AnOverriddenScenario_IsAssessedAgain_AndTheTraceNamesTheScenario()
    {
        var runner = new ScenarioRunner(Runner, ScenarioRunner.DefaultOptions with { IncludeTrace = true });
        var scenario = new Scenario("belysning 20 000 kr") { Parameters = [ParameterOverride.Of(ParameterKeys.LightingBenchmarkPerUnit, Sek.FromKronor(20_000))] };

        var comparison = runner.Run(Stockholm, [scenario]);

        var decisions = comparison.Outcomes[1].Result.Decisions;
        Assert.All(decisions.Zip(comparison.Baseline.Result.Decisions), p => Assert.NotSame(p.Second.Assessment, p.First.Assessment));
        var used = decisions.SelectMany(d => d.Assessment.Trace!.Firings).SelectMany(f => f.Parameters)
            .Where(p => p.Name == ParameterKeys.LightingBenchmarkPerUnit.Name).ToList();
        Assert.NotEmpty(used);
        Assert.All(used, p => Assert.Equal(("20000", "scenario 'belysning 20 000 kr'"), (p.Value, p.Reference.Document)));
    }

    [Fact]
    public void AStrongerLightingPrior_RaisesTheImpactAtTheSameBudget()
    {
        var scenario = new Scenario("starkare belysning") { Parameters = [ParameterOverride.Of(ParameterKeys.ImpactPrior(Trygghet.Rules.Applications.Measure.Lighting), 0.15)] };

        var rows = WhatIf.Run(Stockholm, [scenario]).Rows;

        Assert.True(rows[1].Impact > rows[0].Impact);
        Assert.Equal(rows[0].Budget, rows[1].Budget);
    }

    [Fact]
    public void TheSharedRuleSet_KeepsItsParameters_AfterAnOverriddenRun()
    {
        var scenario = new Scenario("belysning 20 000 kr") { Parameters = [ParameterOverride.Of(ParameterKeys.LightingBenchmarkPerUnit, Sek.FromKronor(20_000))] };

        WhatIf.Run(Stockholm, [scenario]);

        Assert.Equal(Sek.FromKronor(45_000), Runner.Assessor.RuleSet.Parameters.AsOf(AssessmentDate).LightingBenchmarkPerUnit.Value);
        Assert.Same(RuleSets.Stockholm2024, Runner.Assessor.RuleSet);
    }
}
