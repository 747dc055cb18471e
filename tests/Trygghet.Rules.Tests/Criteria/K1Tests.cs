using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Tests.Assessment;
using static Trygghet.Rules.Tests.Assessment.ApplicationBuilder;

namespace Trygghet.Rules.Tests.Criteria;

public sealed class K1Tests
{
    [Fact]
    public void A_path_open_to_the_public_meets_K1()
    {
        var assessment = Rounds.Assess(AnEligibleApplication());

        var finding = assessment.Has("K1.PublicPlace", FindingOutcome.Met);
        Assert.Equal("Dnr KS 2020/487", finding.Source);
        Assert.Equal("Gångstråket Husby centrum (gångstråk) är en fysisk miljö dit allmänheten har tillträde.", finding.Message.Swedish);
        Assert.Equal("path", finding.Value("environment"));
        Assert.Equal(AssessmentStatus.Eligible, assessment.Status);
    }

    [Fact]
    public void A_site_the_public_cannot_access_is_rejected()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().Access(PublicAccess.None));

        var finding = assessment.Has("K1.NoPublicAccess", FindingOutcome.NotMet);
        Assert.Equal(FindingConsequence.RejectsApplication, finding.Consequence);
        Assert.Equal(AssessmentStatus.Rejected, assessment.Status);
        Assert.Empty(assessment.EligibleComponents);
        Assert.Equal(assessment.Requested, assessment.Excluded);
        assessment.HasNo("K1.PublicPlace");
    }

    [Fact]
    public void A_schoolyard_open_at_some_hours_meets_K1_and_is_asked_to_state_the_hours()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().At("Rålambshovsskolans skolgård", "Kungsholmen", SiteEnvironment.Schoolyard, PublicAccess.Restricted));

        assessment.Has("K1.RestrictedAccess", FindingOutcome.Met);
        Assert.Equal(AssessmentStatus.Eligible, assessment.Status);
        Assert.Contains(assessment.Feedback, f => f.Swedish == "Ange när Rålambshovsskolans skolgård är öppen för allmänheten.");
    }

    [Fact]
    public void An_indoor_site_open_to_the_public_is_eligible_with_a_warning_for_judgement()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().Environment(SiteEnvironment.Indoor));

        assessment.Has("K1.IndoorSite", FindingOutcome.Warning);
        assessment.Has("K1.PublicPlace", FindingOutcome.Met);
        Assert.Equal(AssessmentStatus.Eligible, assessment.Status);
    }

    [Fact]
    public void An_indoor_site_closed_to_the_public_is_rejected_without_an_indoor_warning()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().Environment(SiteEnvironment.Indoor).Access(PublicAccess.None));

        assessment.Has("K1.NoPublicAccess", FindingOutcome.NotMet);
        assessment.HasNo("K1.IndoorSite");
        Assert.Equal(AssessmentStatus.Rejected, assessment.Status);
    }
}
