using Trygghet.Rules.Assessment;
using Trygghet.Rules.Tests.Assessment;
using static Trygghet.Rules.Tests.Assessment.ApplicationBuilder;

namespace Trygghet.Rules.Tests.Criteria;

public sealed class K3Tests
{
    [Fact]
    public void A_problem_described_for_this_very_place_meets_K3()
    {
        var assessment = Rounds.Assess(AnEligibleApplication());

        var finding = assessment.Has("K3.SiteSpecific", FindingOutcome.Met);
        Assert.Equal("Problemet är beskrivet för just Gångstråket Husby centrum.", finding.Message.Swedish);
        Assert.Equal("The problem is described for Gångstråket Husby centrum itself.", finding.Message.English);
    }

    [Fact]
    public void A_general_problem_description_is_rejected_with_feedback_to_describe_the_place()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().ProblemDescription("Otryggheten ökar i hela staden.", siteSpecific: false));

        var finding = assessment.Has("K3.NotSiteSpecific", FindingOutcome.NotMet);
        Assert.Equal(FindingConsequence.RejectsApplication, finding.Consequence);
        Assert.Equal(AssessmentStatus.Rejected, assessment.Status);
        Assert.Contains(assessment.Feedback, f => f.Swedish == "Beskriv problemet på just Gångstråket Husby centrum: var, när och för vem platsen upplevs som otrygg.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_problem_description_is_rejected_once_even_when_marked_site_specific(string description)
    {
        var assessment = Rounds.Assess(AnEligibleApplication().ProblemDescription(description, siteSpecific: true));

        assessment.Has("K3.NoDescription", FindingOutcome.NotMet);
        Assert.Single(assessment.Of("K3"));
        Assert.Equal(AssessmentStatus.Rejected, assessment.Status);
    }

    [Fact]
    public void A_missing_description_not_marked_site_specific_yields_only_the_missing_description()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().ProblemDescription(string.Empty, siteSpecific: false));

        Assert.Equal("K3.NoDescription", Assert.Single(assessment.Of("K3")).Code);
    }
}
