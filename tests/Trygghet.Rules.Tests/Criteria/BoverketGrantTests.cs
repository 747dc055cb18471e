using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Criteria;
using Trygghet.Rules.Parameters;
using Trygghet.Rules.Tests.Assessment;
using static Trygghet.Rules.Tests.Assessment.ApplicationBuilder;

namespace Trygghet.Rules.Tests.Criteria;

public sealed class BoverketGrantTests
{
    private static readonly RoundAssessor Assessor = new(RuleSets.BoverketGrant);

    private static ApplicationAssessment Assess(ApplicationBuilder application) =>
        Assessor.Assess(Rounds.Of([application.Build()]) with { RuleSet = "boverket-grant" }, new AssessmentOptions { IncludeTrace = true }).Applications[0];

    [Fact]
    public void The_state_pays_half_of_each_component_and_the_other_half_is_capped_away()
    {
        var assessment = Assess(AnEligibleApplication());

        Assert.Equal(AssessmentStatus.Eligible, assessment.Status);
        Assert.Equal(700_000, assessment.Has("B1.StateShare", FindingOutcome.Info, "c1").Capped.Kronor);
        Assert.Equal(75_000, assessment.Has("B1.StateShare", FindingOutcome.Info, "c2").Capped.Kronor);
        Assert.Equal(775_000, assessment.Eligible.Kronor);
        Assert.Equal(775_000, assessment.Capped.Kronor);
        Assert.Equal("grant.stateShare", Assert.Single(assessment.Trace!.Parameters, p => p.Name == "grant.stateShare").Name);
    }

    [Fact]
    public void An_odd_cost_gives_the_state_the_half_rounded_down_to_the_krona()
    {
        var assessment = Assess(AnEligibleApplication().Components(Lighting("c1", 150_001, 4)));

        Assert.Equal(75_000, assessment.Eligible.Kronor);
        Assert.Equal(75_001, assessment.Capped.Kronor);
    }

    [Fact]
    public void A_project_below_the_minimum_cost_is_rejected_and_one_at_the_minimum_is_not()
    {
        var below = Assess(AnEligibleApplication().Components(Lighting("c1", 99_999, 2)));
        var at = Assess(AnEligibleApplication().Components(Lighting("c1", 100_000, 2)));

        Assert.Equal(FindingConsequence.RejectsApplication, below.Has("B2.BelowMinimumCost", FindingOutcome.NotMet).Consequence);
        Assert.Equal(AssessmentStatus.Rejected, below.Status);
        at.Has("B2.MinimumCostMet", FindingOutcome.Met);
        Assert.Equal(AssessmentStatus.Eligible, at.Status);
        Assert.Equal(50_000, at.Eligible.Kronor);
    }

    [Fact]
    public void Running_costs_and_short_lived_components_are_excluded_as_not_durable()
    {
        var assessment = Assess(AnEligibleApplication().Components(
            Lighting("c1", 1_400_000, 40),
            Part("c2", Measure.Activation, 120_000, CostType.Operating),
            Part("c3", Measure.Sightlines, 80_000) with { LifetimeYears = 3 }));

        Assert.Equal(FindingConsequence.ExcludesComponent, assessment.Has("B3.OperatingCost", FindingOutcome.NotMet, "c2").Consequence);
        assessment.Has("B3.ShortLived", FindingOutcome.NotMet, "c3");
        Assert.Equal(700_000, assessment.Eligible.Kronor);
        Assert.Equal(200_000, assessment.Excluded.Kronor);
    }

    [Fact]
    public void An_application_without_a_follow_up_plan_is_returned_for_its_final_report()
    {
        var assessment = Assess(AnEligibleApplication().Maintenance("Stadsdelsförvaltningen", null));

        assessment.Has("B4.NoFinalReport", FindingOutcome.NotMet);
        Assert.Equal(AssessmentStatus.Incomplete, assessment.Status);
    }

    [Fact]
    public void The_preset_reuses_K1_K3_K4_K5_and_cites_its_own_references()
    {
        Assert.Equal(["K1", "K3", "K4", "K5", "B1", "B2", "B3", "B4"], RuleSets.BoverketGrant.Rules.Select(r => r.CriterionId).Distinct());
        var share = RuleSets.BoverketGrant.Parameters.AsOf(new DateOnly(2024, 2, 15)).Get(BoverketParameters.StateShare);
        Assert.Equal(0.5m, share.Value);
        Assert.StartsWith("Boverket 2021", share.Use.Reference.Document, StringComparison.Ordinal);
        Assert.Same(RuleSets.BoverketGrant, RuleSets.Find("boverket-grant"));
    }
}
