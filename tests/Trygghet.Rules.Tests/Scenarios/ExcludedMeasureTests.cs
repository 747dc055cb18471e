using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Decisions;
using Trygghet.Rules.Parameters;
using Trygghet.Rules.Scenarios;
using static Trygghet.Rules.Tests.Scenarios.ScenarioFixture;

namespace Trygghet.Rules.Tests.Scenarios;

public sealed class ExcludedMeasureTests
{
    private static readonly Scenario NoLighting = new("ingen belysning") { ExcludedMeasures = MeasureSet.Of(Measure.Lighting) };

    private static readonly Lazy<ScenarioComparison> Comparison = new(() => WhatIf.Run(Stockholm, [NoLighting]));

    private static ScenarioOutcome Outcome => Comparison.Value.Outcomes[1];

    [Fact]
    public void ExcludingLighting_GrantsNoLightingComponent()
    {
        foreach (var decision in Outcome.Result.Decisions)
        {
            var measures = decision.FundedComponents.Select(id => decision.Application.FindComponent(id)!.Measure);
            Assert.DoesNotContain(Measure.Lighting, measures);
        }
    }

    [Fact]
    public void ExcludingLighting_ChangesTheFundedSet()
    {
        static string[] Funded(RoundResult result) => [.. result.Decisions.Where(d => d.Granted > Sek.Zero).Select(d => d.Application.Id)];

        Assert.NotEqual(Funded(Comparison.Value.Baseline.Result), Funded(Outcome.Result));
        Assert.NotEmpty(Outcome.Changes);
        Assert.Contains(Outcome.Changes, c => c.ApplicationId == "2024-05" && c.To == DecisionStatus.Rejected);
    }

    [Fact]
    public void AnApplicationOfOnlyLighting_IsRejectedUnderTheScenario_WithTheScenarioAsTheReason()
    {
        // 2024-05 asks only for lighting.
        var decision = Outcome.Result.Decisions.Single(d => d.Application.Id == "2024-05");

        Assert.Equal(DecisionStatus.Rejected, decision.Status);
        Assert.Equal(Sek.Zero, decision.Assessment.Eligible);
        Assert.Equal(decision.Assessment.Requested, decision.Assessment.Excluded);
        var finding = Assert.Single(decision.Findings, f => f.Code == "Scenario.ExcludedMeasure");
        Assert.Equal("Scenario", finding.CriterionId);
        Assert.Equal(FindingConsequence.ExcludesComponent, finding.Consequence);
        Assert.Contains("ingen belysning", finding.Message.Swedish, StringComparison.Ordinal);
        Assert.Contains("belysning", decision.Motivation.Swedish, StringComparison.Ordinal);
        Assert.Contains("lighting", decision.Motivation.English, StringComparison.Ordinal);
    }

    [Fact]
    public void AMixedApplication_KeepsItsOtherComponents_AndItsRequest()
    {
        // 2024-03: refurbishment 2 556 000 kr and lighting 444 000 kr.
        var assessment = Outcome.Result.Decisions.Single(d => d.Application.Id == "2024-03").Assessment;

        Assert.Equal(AssessmentStatus.Eligible, assessment.Status);
        Assert.Equal([Measure.Refurbishment], assessment.EligibleComponents.Select(c => c.Component.Measure));
        Assert.Equal(Sek.FromKronor(3_000_000), assessment.Requested);
        Assert.Equal(Sek.FromKronor(444_000), assessment.Excluded);
    }

    [Fact]
    public void RequestedIsStillEligiblePlusExcludedPlusCapped_ForEveryApplication()
    {
        Assert.All(Outcome.Result.Decisions.Select(d => d.Assessment), a =>
        {
            Assert.Equal(a.Requested, a.Eligible + a.Excluded + a.Capped);
            Assert.False(a.Capped.IsNegative);
        });
    }

    [Fact]
    public void ExcludingAMeasureNobodyIsFundedFor_ChangesNothing()
    {
        // Every CCTV application is left out at the round's budget anyway.
        var outcome = WhatIf.Run(Stockholm, [new Scenario("no cctv") { ExcludedMeasures = MeasureSet.Of(Measure.Cctv) }]).Outcomes[1];

        Assert.Empty(outcome.Changes);
    }

    [Fact]
    public void TheBaseline_IsUntouchedByAnExclusion()
    {
        Assert.DoesNotContain(Comparison.Value.Baseline.Result.Decisions.SelectMany(d => d.Findings), f => f.CriterionId == "Scenario");
    }
}
