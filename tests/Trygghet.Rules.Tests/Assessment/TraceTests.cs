using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;
using static Trygghet.Rules.Tests.Assessment.ApplicationBuilder;

namespace Trygghet.Rules.Tests.Assessment;

public sealed class TraceTests
{
    [Fact]
    public void The_trace_lists_every_rule_that_fired_in_criterion_order_with_the_facts_it_matched()
    {
        var assessment = Rounds.Assess(AnEligibleApplication(), trace: true);

        var trace = assessment.Trace!;
        Assert.Equal(
            [
                "K1.PublicPlace", "K2.SafetyMechanism", "K3.SiteSpecific", "K4.Confidence", "K5.Linked",
                "K6.WithinBenchmark", "K7.FormalRequirements", "K7.Deliverability", "K9.DraftReviewed",
            ],
            trace.Firings.Select(f => f.Rule));
        Assert.Equal(["component 2024-01/c1"], trace.Firings.Single(f => f.Rule == "K6.WithinBenchmark").Facts);
        Assert.Equal(["application 2024-01"], trace.Firings.Single(f => f.Rule == "K1.PublicPlace").Facts);
        Assert.Equal(assessment.Findings.Select(f => f.Code).Order(StringComparer.Ordinal), trace.Firings.SelectMany(f => f.Findings).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_trace_of_a_cap_records_the_benchmark_tolerance_and_unit_with_their_dates_and_references()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().Components(Lighting("c1", 3_000_000, 40)), trace: true);

        var firing = assessment.Trace!.Firings.Single(f => f.Rule == "K6.Capped");
        Assert.Equal("K6", firing.CriterionId);
        Assert.Equal(["K6.Capped"], firing.Findings);
        Assert.Equal(["cost.lighting.benchmarkPerUnit", "cost.lighting.unit", "cost.tolerance"], firing.Parameters.Select(p => p.Name).Order(StringComparer.Ordinal));
        var benchmark = firing.Parameters.Single(p => p.Name == "cost.lighting.benchmarkPerUnit");
        Assert.Equal("45000", benchmark.Value);
        Assert.Equal(new DateOnly(2020, 1, 1), benchmark.EffectiveFrom);
        Assert.Equal("§2 default parameters", benchmark.Reference.Section);
    }

    [Fact]
    public void The_trace_gathers_every_parameter_the_assessment_used_once()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().Evidence(SiteEvidence(EvidenceKind.SafetyWalk, new DateOnly(2023, 1, 1))), trace: true);

        Assert.Equal(
            [
                "cost.lighting.benchmarkPerUnit", "cost.lighting.unit", "cost.tolerance", "evidence.confidence.partialSite",
                "evidence.currentWithinYears", "evidence.siteKindsForFullConfidence", "links.blockedSightlines", "links.darkness",
                "quality.deliverability.full",
            ],
            assessment.Trace!.Parameters.Select(p => p.Name));
    }

    [Fact]
    public void A_rule_firing_once_per_component_is_traced_once_per_component()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().Components(Lighting("c1", 100_000), Lighting("c2", 200_000)), trace: true);

        Assert.Equal(
            ["component 2024-01/c1", "component 2024-01/c2"],
            assessment.Trace!.Firings.Where(f => f.Rule == "K6.CostNotJudgeable").SelectMany(f => f.Facts));
    }
}
