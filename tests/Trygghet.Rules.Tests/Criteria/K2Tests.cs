using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Tests.Assessment;
using static Trygghet.Rules.Tests.Assessment.ApplicationBuilder;

namespace Trygghet.Rules.Tests.Criteria;

public sealed class K2Tests
{
    [Fact]
    public void Lighting_and_clearing_aim_at_safety_and_meet_K2()
    {
        var assessment = Rounds.Assess(AnEligibleApplication());

        var finding = assessment.Has("K2.SafetyMechanism", FindingOutcome.Met);
        Assert.Equal("lighting, sightlines", finding.Value("measures"));
        Assert.Contains("(belysning och siktröjning)", finding.Message.Swedish);
        Assert.DoesNotContain(assessment.Findings, f => f.Code == "K2.NoSafetyMechanism");
    }

    [Fact]
    public void A_component_with_no_safety_mechanism_is_excluded_and_the_rest_stays_eligible()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().AddComponent(Part("c3", Measure.Other, 200_000)));

        var finding = assessment.Has("K2.NoSafetyMechanism", FindingOutcome.NotMet, "c3");
        Assert.Equal(FindingConsequence.ExcludesComponent, finding.Consequence);
        Assert.Equal(200_000, finding.Excluded.Kronor);
        Assert.Equal(AssessmentStatus.Eligible, assessment.Status);
        Assert.Equal(1_550_000, assessment.Eligible.Kronor);
        Assert.Equal(200_000, assessment.Excluded.Kronor);
        Assert.DoesNotContain(assessment.EligibleComponents, c => c.Component.Id == "c3");
        Assert.Contains(assessment.Feedback, f => f.Swedish.StartsWith("Visa hur Other c3 ökar tryggheten", StringComparison.Ordinal));
    }

    [Fact]
    public void A_component_with_no_safety_mechanism_is_not_also_judged_by_K5()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().AddComponent(Part("c3", Measure.Other, 200_000)));

        Assert.DoesNotContain(assessment.Findings, f => f.CriterionId == "K5" && f.ComponentId == "c3");
    }

    [Fact]
    public void An_application_of_only_measures_without_safety_mechanism_is_rejected()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().Components(Part("c1", Measure.Other, 500_000), Part("c2", Measure.Other, 100_000)));

        assessment.HasNo("K2.SafetyMechanism");
        Assert.Equal(2, assessment.Findings.Count(f => f.Code == "K2.NoSafetyMechanism"));
        Assert.Equal(AssessmentStatus.Rejected, assessment.Status);
        Assert.Equal(600_000, assessment.Excluded.Kronor);
        assessment.HoldsTheAmountInvariant();
    }

    [Fact]
    public void A_running_cost_without_safety_mechanism_is_excluded_once_though_two_criteria_exclude_it()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().AddComponent(Part("c3", Measure.Other, 80_000, CostType.Operating)));

        assessment.Has("K2.NoSafetyMechanism", FindingOutcome.NotMet, "c3");
        assessment.Has("K7.OperatingCost", FindingOutcome.NotMet, "c3");
        Assert.Equal(80_000, assessment.Excluded.Kronor);
        assessment.HoldsTheAmountInvariant();
    }
}
