using Trygghet.Rules.Assessment;
using Trygghet.Rules.Tests.Assessment;
using static Trygghet.Rules.Tests.Assessment.ApplicationBuilder;

namespace Trygghet.Rules.Tests.Criteria;

public sealed class K8Tests
{
    [Fact]
    public void A_district_board_applying_for_its_own_area_is_not_concerned_by_K8()
    {
        var assessment = Rounds.Assess(AnEligibleApplication());

        Assert.Empty(assessment.Of("K8"));
    }

    [Fact]
    public void A_specialist_board_that_consulted_the_district_board_of_the_area_meets_K8()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().By(Boards.Traffic).Consultation(Boards.RinkebyKista, new DateOnly(2023, 11, 1)));

        var finding = assessment.Has("K8.Consulted", FindingOutcome.Met);
        Assert.Equal("Samråd med Rinkeby-Kista stadsdelsnämnd har skett 2023-11-01.", finding.Message.Swedish);
        Assert.Equal("Stockholm 2024 decision", finding.Source);
    }

    [Fact]
    public void A_specialist_board_without_consultation_is_warned_and_told_which_district_board_to_consult()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().By(Boards.Traffic));

        var finding = assessment.Has("K8.NoConsultation", FindingOutcome.Warning);
        Assert.Equal("Trafiknämnden har inte samrått med Rinkeby-Kista stadsdelsnämnd, i vars område Gångstråket Husby centrum ligger.", finding.Message.Swedish);
        Assert.Equal(FindingConsequence.None, finding.Consequence);
        Assert.Equal(AssessmentStatus.Eligible, assessment.Status);
        Assert.Contains(assessment.Feedback, f => f.Swedish == "Samråd med Rinkeby-Kista stadsdelsnämnd om åtgärderna på Gångstråket Husby centrum.");
    }

    [Fact]
    public void A_specialist_board_that_consulted_another_district_board_is_warned_and_named_the_right_one()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().By(Boards.Sports).Consultation(Boards.Sodermalm));

        var finding = assessment.Has("K8.WrongDistrictBoard", FindingOutcome.Warning);
        Assert.Equal("Idrottsnämnden consulted Södermalms stadsdelsnämnd, but Gångstråket Husby centrum lies in the area of Rinkeby-Kista stadsdelsnämnd.", finding.Message.English);
        Assert.Contains(assessment.Feedback, f => f.Swedish == "Samråd med Rinkeby-Kista stadsdelsnämnd, i vars område Gångstråket Husby centrum ligger.");
    }

    [Fact]
    public void When_the_round_lists_no_district_board_for_the_area_the_feedback_names_the_area()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().By(Boards.Traffic).At("Brommaplan", "Bromma"));

        Assert.Contains(assessment.Feedback, f => f.Swedish == "Samråd med stadsdelsnämnden för Bromma om åtgärderna på Brommaplan.");
        Assert.Contains(assessment.Feedback, f => f.English == "Consult the district board for Bromma about the measures at Brommaplan.");
    }

    [Fact]
    public void When_the_round_lists_no_district_board_for_the_area_any_consultation_is_taken_as_met()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().By(Boards.Traffic).At("Brommaplan", "Bromma").Consultation(Boards.Spanga));

        assessment.Has("K8.Consulted", FindingOutcome.Met);
    }
}
