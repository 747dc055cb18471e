using Trygghet.Rules.Assessment;
using Trygghet.Rules.Tests.Assessment;
using static Trygghet.Rules.Tests.Assessment.ApplicationBuilder;

namespace Trygghet.Rules.Tests.Criteria;

public sealed class K9Tests
{
    [Fact]
    public void A_draft_checked_with_the_city_office_meets_K9()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().DraftReviewed(true));

        var finding = assessment.Has("K9.DraftReviewed", FindingOutcome.Met);
        Assert.Equal("Stockholm 2024 decision", finding.Source);
    }

    [Fact]
    public void A_draft_not_checked_is_information_and_feedback_and_changes_nothing_else()
    {
        var reviewed = Rounds.Assess(AnEligibleApplication().DraftReviewed(true));
        var assessment = Rounds.Assess(AnEligibleApplication().DraftReviewed(false));

        var finding = assessment.Has("K9.DraftNotReviewed", FindingOutcome.Info);
        Assert.Equal(FindingConsequence.None, finding.Consequence);
        Assert.Equal(reviewed.Status, assessment.Status);
        Assert.Equal(reviewed.Eligible, assessment.Eligible);
        Assert.Equal(reviewed.Quality, assessment.Quality);
        Assert.Equal("Stäm av utkastet med stadsledningskontoret innan ansökan lämnas in.", Assert.Single(assessment.Feedback).Swedish);
    }
}
