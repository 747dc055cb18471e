using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;
using static Trygghet.Rules.Tests.Assessment.ApplicationBuilder;

namespace Trygghet.Rules.Tests.Assessment;

/// <summary>Whole applications assessed as a case officer would describe them.</summary>
public sealed class ScenarioTests
{
    private static readonly MotivationWriter Writer = new();

    [Fact]
    public void The_Husby_path_lighting_meets_every_criterion_and_is_proposed_in_full()
    {
        var assessment = Rounds.Assess(AnEligibleApplication());

        Assert.Equal(AssessmentStatus.Eligible, assessment.Status);
        Assert.Equal(1_550_000, assessment.Eligible.Kronor);
        Assert.Equal(new QualityScores(1.0, 1.0, 1.0), assessment.Quality);
        Assert.DoesNotContain(assessment.Findings, f => f.Outcome is FindingOutcome.NotMet or FindingOutcome.Warning);
        Assert.Empty(assessment.Feedback);
        Assert.Equal(
            "Ansökan bedöms uppfylla kriterierna. Stadsledningskontoret föreslår att ansökan beviljas 1,6 mnkr.",
            Writer.Write(assessment, assessment.Eligible).Swedish);
    }

    [Fact]
    public void A_specialist_boards_lighting_on_a_districts_path_without_consultation_is_eligible_with_a_consultation_warning()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().By(Boards.Traffic));

        Assert.Equal(AssessmentStatus.Eligible, assessment.Status);
        Assert.Equal(assessment.Requested, assessment.Eligible);
        Assert.Equal(FindingOutcome.Warning, assessment.Findings.Single(f => f.CriterionId == "K8").Outcome);
        Assert.Equal("Samråd med Rinkeby-Kista stadsdelsnämnd om åtgärderna på Gångstråket Husby centrum.", Assert.Single(assessment.Feedback).Swedish);
        Assert.Equal(
            "Ansökan bedöms uppfylla kriterierna. Stadsledningskontoret föreslår att ansökan beviljas 1,6 mnkr. "
            + "Trafiknämnden har inte samrått med Rinkeby-Kista stadsdelsnämnd, i vars område Gångstråket Husby centrum ligger.",
            Writer.Write(assessment, assessment.Eligible).Swedish);
    }

    [Fact]
    public void Expensive_lighting_is_capped_and_the_motivation_names_the_reduction_and_its_reason()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().Components(Lighting("c1", 3_000_000, 40), Part("c2", Measure.Sightlines, 150_000)));

        Assert.Equal(2_850_000, assessment.Eligible.Kronor);
        Assert.Equal(
            "Ansökan bedöms uppfylla kriterierna för delar av de sökta kostnaderna. Stadsledningskontoret föreslår 2,9 mnkr av sökta 3,2 mnkr. "
            + "Kostnaden för Belysning c1 (75 000 kr per ljuspunkt) överstiger 1,5 gånger riktvärdet 45 000 kr per ljuspunkt och begränsas till 2 700 000 kr för 40 ljuspunkter; 300 000 kr räknas bort.",
            Writer.Write(assessment, assessment.Eligible).Swedish);
        Assert.Equal(
            "The application is judged to meet the criteria for part of the costs applied for. The City Executive Office proposes SEK 2.9m of the SEK 3.2m applied for. "
            + "The cost of Belysning c1 (SEK 75,000 per light point) exceeds 1.5 times the benchmark of SEK 45,000 per light point and is capped at SEK 2,700,000 for 40 light points; SEK 300,000 is deducted.",
            Writer.Write(assessment, assessment.Eligible).English);
    }

    [Fact]
    public void Running_costs_in_an_investment_application_are_left_out_and_the_board_is_asked_to_separate_them()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().AddComponent(new Component
        {
            Id = "c3", Measure = Measure.Lighting, Description = "Drift och underhåll av belysningen", Cost = Sek.FromKronor(90_000), CostType = CostType.Operating,
        }));

        Assert.Equal(AssessmentStatus.Eligible, assessment.Status);
        Assert.Equal(1_550_000, assessment.Eligible.Kronor);
        Assert.Equal(90_000, assessment.Excluded.Kronor);
        Assert.Contains(
            "Drift och underhåll av belysningen (c3) är en driftkostnad; trygghetsinvesteringar är investeringsmedel, så 90 000 kr räknas bort.",
            Writer.Write(assessment, assessment.Eligible).Swedish,
            StringComparison.Ordinal);
        Assert.Contains(assessment.Feedback, f => f.English == "Separate running costs and fund them from the board's operating budget; apply for capital costs only.");
    }

    [Fact]
    public void An_application_with_no_documented_insecurity_is_rejected_and_asked_for_a_safety_walk_at_the_site()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().NoEvidence());

        Assert.Equal(AssessmentStatus.Rejected, assessment.Status);
        Assert.Equal(Sek.Zero, assessment.Eligible);
        Assert.Equal(
            "Ansökan bedöms inte uppfylla kriteriet ”dokumenterad otrygghet på platsen” (K4). Otryggheten på platsen är inte dokumenterad: ansökan anger inget underlag. "
            + "Stadsledningskontoret föreslår att ansökan avslås.",
            Writer.Write(assessment, Sek.Zero).Swedish);
        Assert.Contains(assessment.Feedback, f => f.Swedish.Contains("en trygghetsvandring på platsen", StringComparison.Ordinal));
    }

    [Fact]
    public void An_application_failing_two_gates_names_both_criteria()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().NoEvidence().ProblemDescription("Otrygghet i stan.", siteSpecific: false));

        Assert.StartsWith(
            "The application is judged not to meet the criteria “a substantiated site-specific problem description” (K3) and “documented insecurity at the site” (K4).",
            Writer.Write(assessment, Sek.Zero).English,
            StringComparison.Ordinal);
    }

    [Fact]
    public void An_incomplete_application_is_returned_and_still_gets_feedback_on_every_criterion()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().Formal(boardDecision: false).By(Boards.Sports).DraftReviewed(false));

        Assert.Equal(AssessmentStatus.Incomplete, assessment.Status);
        Assert.Equal(
            "Ansökan är inte komplett och har därför inte bedömts i sak. Nämndens beslut om ansökan saknas. Stadsledningskontoret föreslår att ansökan återlämnas för komplettering.",
            Writer.Write(assessment, Sek.Zero).Swedish);
        Assert.Equal(
            [
                "Bifoga nämndens beslut om ansökan.",
                "Samråd med Rinkeby-Kista stadsdelsnämnd om åtgärderna på Gångstråket Husby centrum.",
                "Stäm av utkastet med stadsledningskontoret innan ansökan lämnas in.",
            ],
            assessment.Feedback.Select(f => f.Swedish));
    }

    [Fact]
    public void An_application_with_nothing_but_running_costs_is_rejected_because_nothing_is_eligible()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().Components(Part("c1", Measure.Lighting, 200_000, CostType.Operating)));

        Assert.Equal(AssessmentStatus.Rejected, assessment.Status);
        Assert.StartsWith(
            "Ingen av de sökta kostnaderna är stödberättigande. Lighting c1 (c1) är en driftkostnad;",
            Writer.Write(assessment, Sek.Zero).Swedish,
            StringComparison.Ordinal);
    }

    [Fact]
    public void An_eligible_application_the_budget_leaves_out_is_told_it_did_not_fit()
    {
        var assessment = Rounds.Assess(AnEligibleApplication());

        Assert.Equal(
            "Ansökan bedöms uppfylla kriterierna med stödberättigande kostnader om 1,6 mnkr men ryms inte inom budgetramen. Stadsledningskontoret föreslår att ansökan inte beviljas medel.",
            Writer.Write(assessment, Sek.Zero).Swedish);
    }

    [Fact]
    public void An_eligible_application_the_budget_funds_in_part_names_both_amounts()
    {
        var assessment = Rounds.Assess(AnEligibleApplication());

        Assert.Equal(
            "The application is judged to meet the criteria with eligible costs of SEK 1.6m. Within the budget the City Executive Office proposes SEK 1.4m.",
            Writer.Write(assessment, Sek.FromKronor(1_400_000)).English);
    }

    [Fact]
    public void A_lit_schoolyard_with_area_evidence_only_and_no_follow_up_is_eligible_with_lower_quality()
    {
        var assessment = Rounds.Assess(AnEligibleApplication()
            .At("Skolgården vid Rålambshovsskolan", "Kungsholmen", SiteEnvironment.Schoolyard, PublicAccess.Restricted)
            .Evidence(AreaEvidence(EvidenceKind.Survey, new DateOnly(2023, 3, 1)))
            .Maintenance("Utbildningsförvaltningen", null));

        Assert.Equal(AssessmentStatus.Eligible, assessment.Status);
        Assert.Equal(new QualityScores(0.5, 1.0, 0.9), assessment.Quality);
        Assert.Equal(0.45, assessment.Quality.Combined, 10);
        Assert.Equal(3, assessment.Feedback.Count);
    }
}
