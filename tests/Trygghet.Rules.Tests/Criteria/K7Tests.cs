using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Tests.Assessment;
using static Trygghet.Rules.Tests.Assessment.ApplicationBuilder;

namespace Trygghet.Rules.Tests.Criteria;

public sealed class K7Tests
{
    [Fact]
    public void Every_formal_requirement_met_meets_K7()
    {
        var assessment = Rounds.Assess(AnEligibleApplication());

        assessment.Has("K7.FormalRequirements", FindingOutcome.Met);
        Assert.Equal(AssessmentStatus.Eligible, assessment.Status);
    }

    [Fact]
    public void A_missing_board_decision_returns_the_application_as_incomplete()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().Formal(boardDecision: false));

        var finding = assessment.Has("K7.NoBoardDecision", FindingOutcome.NotMet);
        Assert.Equal(FindingConsequence.ReturnsApplication, finding.Consequence);
        assessment.HasNo("K7.FormalRequirements");
        Assert.Equal(AssessmentStatus.Incomplete, assessment.Status);
        Assert.Empty(assessment.EligibleComponents);
        Assert.Equal(assessment.Requested, assessment.Excluded);
        Assert.Equal(QualityScores.Zero, assessment.Quality);
        Assert.Contains(assessment.Feedback, f => f.Swedish == "Bifoga nämndens beslut om ansökan.");
    }

    [Fact]
    public void Every_missing_formal_requirement_has_its_own_finding_and_feedback()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().Formal(false, false, false, false));

        Assert.Equal(
            ["K7.NoBoardDecision", "K7.NoContactPerson", "K7.NoCostBreakdown", "K7.NoTimetable"],
            assessment.Of("K7").Where(f => f.Outcome == FindingOutcome.NotMet).Select(f => f.Code));
        Assert.Contains(assessment.Feedback, f => f.English == "Attach a timetable for carrying out the investment.");
        Assert.Contains(assessment.Feedback, f => f.English == "Name a contact person for the application.");
    }

    [Fact]
    public void An_incomplete_application_is_still_assessed_on_every_criterion_and_incomplete_outranks_rejected()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().Formal(timetable: false).NoEvidence());

        Assert.Equal(AssessmentStatus.Incomplete, assessment.Status);
        assessment.Has("K4.NoEvidence", FindingOutcome.NotMet);
        Assert.Equal(["K1", "K2", "K3", "K4", "K5", "K6", "K7", "K9"], assessment.Findings.Select(f => f.CriterionId).Distinct());
        Assert.Contains(assessment.Feedback, f => f.Swedish.StartsWith("Dokumentera otryggheten", StringComparison.Ordinal));
    }

    [Fact]
    public void A_running_cost_is_excluded_and_the_board_asked_to_separate_running_costs()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().AddComponent(Part("c3", Measure.Lighting, 120_000, CostType.Operating)));

        var finding = assessment.Has("K7.OperatingCost", FindingOutcome.NotMet, "c3");
        Assert.Equal(120_000, finding.Excluded.Kronor);
        Assert.Equal(AssessmentStatus.Eligible, assessment.Status);
        Assert.Equal(1_550_000, assessment.Eligible.Kronor);
        Assert.Contains(assessment.Feedback, f => f.Swedish == "Redovisa driftkostnader separat och finansiera dem inom nämndens driftbudget; sök endast för investeringar.");
    }

    [Fact]
    public void An_application_of_running_costs_only_is_rejected_as_nothing_is_eligible()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().Components(
            Part("c1", Measure.Lighting, 300_000, CostType.Operating), Part("c2", Measure.Sightlines, 50_000, CostType.Operating)));

        Assert.Equal(AssessmentStatus.Rejected, assessment.Status);
        Assert.DoesNotContain(assessment.Findings, f => f.Consequence == FindingConsequence.RejectsApplication);
        Assert.Equal(350_000, assessment.Excluded.Kronor);
    }

    [Theory]
    [InlineData("Förvaltningen", "Ny trygghetsvandring 2025", "K7.MaintenanceAndFollowUp", 1.0)]
    [InlineData(null, "Ny trygghetsvandring 2025", "K7.NoMaintenanceOwner", 0.9)]
    [InlineData("Förvaltningen", "  ", "K7.NoFollowUpPlan", 0.9)]
    [InlineData(null, null, "K7.NoMaintenanceOwnerOrFollowUpPlan", 0.8)]
    public void A_maintenance_owner_and_a_follow_up_plan_set_deliverability(string? owner, string? plan, string code, double deliverability)
    {
        var assessment = Rounds.Assess(AnEligibleApplication().Maintenance(owner, plan));

        Assert.Single(assessment.Findings, f => f.Code == code);
        Assert.Equal(deliverability, assessment.Quality.Deliverability);
        Assert.Equal(AssessmentStatus.Eligible, assessment.Status);
    }

    [Fact]
    public void Deliverability_findings_cite_the_city_audit()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().Maintenance(null, null));

        Assert.Equal("Stadsrevisionen 2017", assessment.Has("K7.NoMaintenanceOwnerOrFollowUpPlan", FindingOutcome.Info).Source);
    }
}
