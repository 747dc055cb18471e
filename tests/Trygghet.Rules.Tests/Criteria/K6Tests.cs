using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Tests.Assessment;
using static Trygghet.Rules.Tests.Assessment.ApplicationBuilder;

namespace Trygghet.Rules.Tests.Criteria;

public sealed class K6Tests
{
    [Fact]
    public void Forty_light_points_at_35_000_kr_each_are_within_the_benchmark()
    {
        var assessment = Rounds.Assess(AnEligibleApplication());

        var finding = assessment.Has("K6.WithinBenchmark", FindingOutcome.Met, "c1");
        Assert.Equal("35000", finding.Value("perUnit"));
        Assert.Equal("45000", finding.Value("benchmark"));
        Assert.Equal("1.5", finding.Value("tolerance"));
        Assert.Equal(Sek(0), assessment.Capped);
    }

    [Fact]
    public void Forty_light_points_at_75_000_kr_each_are_capped_at_benchmark_times_tolerance_times_quantity()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().Components(Lighting("c1", 3_000_000, 40), Part("c2", Measure.Sightlines, 150_000)));

        var finding = assessment.Has("K6.Capped", FindingOutcome.NotMet, "c1");
        Assert.Equal(FindingConsequence.CapsComponent, finding.Consequence);
        Assert.Equal(300_000, finding.Capped.Kronor);
        Assert.Equal("2700000", finding.Value("cap"));
        Assert.Equal(
            "Kostnaden för Belysning c1 (75 000 kr per ljuspunkt) överstiger 1,5 gånger riktvärdet 45 000 kr per ljuspunkt och begränsas till 2 700 000 kr för 40 ljuspunkter; 300 000 kr räknas bort.",
            finding.Message.Swedish);
        Assert.Equal(AssessmentStatus.Eligible, assessment.Status);
        Assert.Equal(2_850_000, assessment.Eligible.Kronor);
        Assert.Equal(300_000, assessment.Capped.Kronor);
        Assert.Equal(2_700_000, assessment.EligibleComponents.Single(c => c.Component.Id == "c1").Eligible.Kronor);
    }

    [Fact]
    public void A_cost_of_exactly_benchmark_times_tolerance_is_not_capped()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().Components(Lighting("c1", 2_700_000, 40)));

        assessment.Has("K6.WithinBenchmark", FindingOutcome.Met, "c1");
        Assert.Equal(2_700_000, assessment.Eligible.Kronor);
    }

    [Fact]
    public void One_krona_above_benchmark_times_tolerance_is_capped_by_one_krona()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().Components(Lighting("c1", 2_700_001, 40)));

        Assert.Equal(1, assessment.Has("K6.Capped", FindingOutcome.NotMet, "c1").Capped.Kronor);
        Assert.Equal(2_700_000, assessment.Eligible.Kronor);
    }

    [Fact]
    public void The_cap_is_rounded_down_to_the_krona()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().Components(Lighting("c1", 1_000, 0.001m), Part("c2", Measure.Sightlines, 150_000)));

        Assert.Equal(67, assessment.EligibleComponents.Single(c => c.Component.Id == "c1").Eligible.Kronor);
        Assert.Equal(933, assessment.Capped.Kronor);
    }

    [Fact]
    public void Lighting_without_a_quantity_is_not_capped_but_warned_and_a_cost_breakdown_asked_for()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().Components(Lighting("c1", 5_000_000)));

        assessment.Has("K6.CostNotJudgeable", FindingOutcome.Warning, "c1");
        Assert.Equal(5_000_000, assessment.Eligible.Kronor);
        Assert.Contains(assessment.Feedback, f => f.Swedish == "Lägg till en kostnadsspecifikation för Belysning c1 med antal ljuspunkter och kostnad per ljuspunkt.");
    }

    [Fact]
    public void Lighting_given_in_another_unit_cannot_be_judged()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().Components(Lighting("c1", 5_000_000, 300, unit: "metre")));

        assessment.Has("K6.CostNotJudgeable", FindingOutcome.Warning, "c1");
        Assert.Equal(Sek(0), assessment.Capped);
    }

    [Fact]
    public void Measures_without_a_benchmark_and_running_costs_get_no_K6_finding()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().Components(
            Lighting("c1", 1_400_000, 40), Part("c2", Measure.Sightlines, 150_000), Lighting("c3", 900_000, 4, costType: CostType.Operating)));

        Assert.Equal(["c1"], assessment.Of("K6").Select(f => f.ComponentId));
    }

    [Fact]
    public void A_capped_component_that_another_criterion_excludes_counts_only_as_excluded()
    {
        var assessment = Rounds.Assess(AnEligibleApplication()
            .Problem(ProblemKind.IllegalTraffic)
            .Components(Part("c1", Measure.AccessControl, 400_000), Lighting("c2", 3_000_000, 40)));

        assessment.Has("K6.Capped", FindingOutcome.NotMet, "c2");
        assessment.Has("K5.NotLinked", FindingOutcome.NotMet, "c2");
        Assert.Equal(400_000, assessment.Eligible.Kronor);
        Assert.Equal(3_000_000, assessment.Excluded.Kronor);
        Assert.Equal(Sek(0), assessment.Capped);
    }

    private static Trygghet.Rules.Amounts.Sek Sek(long kronor) => Trygghet.Rules.Amounts.Sek.FromKronor(kronor);
}
