using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Tests.Assessment;
using static Trygghet.Rules.Tests.Assessment.ApplicationBuilder;

namespace Trygghet.Rules.Tests.Criteria;

public sealed class K4Tests
{
    private static readonly DateOnly Recent = new(2023, 9, 20);

    [Fact]
    public void A_safety_walk_and_a_survey_at_the_site_give_full_confidence()
    {
        var assessment = Rounds.Assess(AnEligibleApplication());

        var finding = assessment.Has("K4.SiteEvidence", FindingOutcome.Met);
        Assert.Equal("2", finding.Value("count"));
        Assert.Equal("safetyWalk, survey", finding.Value("kinds"));
        Assert.Equal(1.0, assessment.Quality.Evidence);
    }

    [Fact]
    public void Two_safety_walks_are_one_kind_and_give_partial_confidence_with_feedback()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().Evidence(
            SiteEvidence(EvidenceKind.SafetyWalk, Recent), SiteEvidence(EvidenceKind.SafetyWalk, Recent.AddDays(-30))));

        var finding = assessment.Has("K4.PartialSiteEvidence", FindingOutcome.Met);
        Assert.Equal("1", finding.Value("count"));
        Assert.Equal(0.75, assessment.Quality.Evidence);
        Assert.Equal(AssessmentStatus.Eligible, assessment.Status);
        Assert.Contains(assessment.Feedback, f => f.Swedish.StartsWith("Komplettera underlaget för Gångstråket Husby centrum med underlag av ett annat slag än trygghetsvandring", StringComparison.Ordinal));
    }

    [Fact]
    public void Area_level_evidence_only_is_eligible_with_a_warning_and_a_request_for_a_site_safety_walk()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().Evidence(AreaEvidence(EvidenceKind.Survey, Recent)));

        assessment.Has("K4.AreaEvidenceOnly", FindingOutcome.Warning);
        Assert.Equal(0.5, assessment.Quality.Evidence);
        Assert.Equal(AssessmentStatus.Eligible, assessment.Status);
        Assert.Contains(assessment.Feedback, f => f.Swedish == "Bifoga en trygghetsvandring eller annat underlag för just Gångstråket Husby centrum; underlag för området räcker inte för full säkerhet.");
    }

    [Fact]
    public void Outdated_evidence_only_counts_as_no_current_evidence_a_warning_and_the_weak_score()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().Evidence(SiteEvidence(EvidenceKind.SafetyWalk, new DateOnly(2019, 10, 1))));

        var finding = assessment.Has("K4.OutdatedEvidenceOnly", FindingOutcome.Warning);
        Assert.Equal("2019-10-01", finding.Value("latest"));
        Assert.Equal("3", finding.Value("maxAgeYears"));
        Assert.Equal(0.5, assessment.Quality.Evidence);
        Assert.Equal(AssessmentStatus.Eligible, assessment.Status);
    }

    [Fact]
    public void No_evidence_at_all_is_rejected_with_feedback_to_document_the_place()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().NoEvidence());

        var finding = assessment.Has("K4.NoEvidence", FindingOutcome.NotMet);
        Assert.Equal(FindingConsequence.RejectsApplication, finding.Consequence);
        Assert.Single(assessment.Of("K4"));
        Assert.Equal(AssessmentStatus.Rejected, assessment.Status);
        Assert.Contains(assessment.Feedback, f => f.Swedish.StartsWith("Dokumentera otryggheten på Gångstråket Husby centrum med lokalt underlag", StringComparison.Ordinal));
    }

    [Fact]
    public void Evidence_dated_exactly_three_years_before_the_assessment_date_is_current()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().Evidence(SiteEvidence(EvidenceKind.SafetyWalk, new DateOnly(2021, 2, 15))));

        assessment.Has("K4.PartialSiteEvidence", FindingOutcome.Met);
    }

    [Fact]
    public void Evidence_dated_one_day_more_than_three_years_before_the_assessment_date_is_outdated()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().Evidence(SiteEvidence(EvidenceKind.SafetyWalk, new DateOnly(2021, 2, 14))));

        assessment.Has("K4.OutdatedEvidenceOnly", FindingOutcome.Warning);
    }

    [Fact]
    public void Outdated_evidence_beside_current_evidence_is_not_counted_and_the_case_officer_is_told()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().Evidence(
            SiteEvidence(EvidenceKind.SafetyWalk, Recent), SiteEvidence(EvidenceKind.Survey, new DateOnly(2018, 5, 1))));

        assessment.Has("K4.PartialSiteEvidence", FindingOutcome.Met);
        var info = assessment.Has("K4.OutdatedEvidenceIgnored", FindingOutcome.Info);
        Assert.Equal("1 underlag är äldre än 3 år och har inte räknats.", info.Message.Swedish);
    }

    [Fact]
    public void Site_evidence_outranks_area_evidence_of_other_kinds()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().Evidence(
            SiteEvidence(EvidenceKind.Dialogue, Recent), AreaEvidence(EvidenceKind.Survey, Recent), AreaEvidence(EvidenceKind.SituationReport, Recent)));

        Assert.Equal("dialogue", assessment.Has("K4.PartialSiteEvidence", FindingOutcome.Met).Value("kinds"));
        Assert.Equal(0.75, assessment.Quality.Evidence);
    }
}
