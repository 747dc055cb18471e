using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Tests.Assessment;
using static Trygghet.Rules.Tests.Assessment.ApplicationBuilder;

namespace Trygghet.Rules.Tests.Criteria;

public sealed class K5Tests
{
    [Fact]
    public void Lighting_for_darkness_and_clearing_for_blocked_sightlines_are_linked()
    {
        var assessment = Rounds.Assess(AnEligibleApplication());

        var finding = assessment.Has("K5.Linked", FindingOutcome.Met);
        Assert.Equal("darkness, blockedSightlines", finding.Value("problems"));
        Assert.Equal("Åtgärderna (belysning och siktröjning) är logiskt kopplade till problemet (mörker och skymd sikt).", finding.Message.Swedish);
        Assert.Equal(1.0, assessment.Quality.Logic);
    }

    [Fact]
    public void An_outdoor_gym_against_darkness_is_excluded_and_lowers_the_logic_score()
    {
        var assessment = Rounds.Assess(AnEligibleApplication()
            .Problem(ProblemKind.Darkness)
            .Components(Lighting("c1", 1_400_000, 40), Part("c2", Measure.Activation, 600_000)));

        var finding = assessment.Has("K5.NotLinked", FindingOutcome.NotMet, "c2");
        Assert.Equal(600_000, finding.Excluded.Kronor);
        Assert.Equal(AssessmentStatus.Eligible, assessment.Status);
        Assert.Equal(1_400_000, assessment.Eligible.Kronor);
        Assert.Equal(0.7, assessment.Quality.Logic, 10);
    }

    [Fact]
    public void Lighting_against_illegal_traffic_only_is_rejected_as_no_measure_is_linked()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().Problem(ProblemKind.IllegalTraffic).Components(Lighting("c1", 900_000, 20)));

        var finding = assessment.Has("K5.NoLinkedMeasure", FindingOutcome.NotMet);
        Assert.Equal(FindingConsequence.RejectsApplication, finding.Consequence);
        assessment.Has("K5.NotLinked", FindingOutcome.NotMet, "c1");
        Assert.Equal(AssessmentStatus.Rejected, assessment.Status);
    }

    [Fact]
    public void An_other_problem_is_eligible_with_a_warning_and_its_components_are_not_excluded()
    {
        var assessment = Rounds.Assess(AnEligibleApplication().Problem(ProblemKind.Other));

        assessment.Has("K5.OtherProblem", FindingOutcome.Warning);
        assessment.Has("K5.LinkNeedsJudgement", FindingOutcome.Warning, "c1");
        assessment.Has("K5.LinkNeedsJudgement", FindingOutcome.Warning, "c2");
        assessment.HasNo("K5.NoLinkedMeasure");
        assessment.HasNo("K5.NotLinked");
        Assert.Equal(AssessmentStatus.Eligible, assessment.Status);
        Assert.Equal(assessment.Requested, assessment.Eligible);
        Assert.Equal(0.5, assessment.Quality.Logic, 10);
    }

    [Fact]
    public void Beside_a_named_problem_an_other_problem_weighs_unlinked_investment_at_half()
    {
        var assessment = Rounds.Assess(AnEligibleApplication()
            .Problem(ProblemKind.Darkness, ProblemKind.Other)
            .Components(Lighting("c1", 1_400_000, 40), Part("c2", Measure.Activation, 600_000)));

        assessment.HasNo("K5.Linked");
        assessment.Has("K5.OtherProblem", FindingOutcome.Warning);
        assessment.Has("K5.LinkNeedsJudgement", FindingOutcome.Warning, "c2");
        Assert.Equal(2_000_000, assessment.Eligible.Kronor);
        Assert.Equal((1_400_000 + (0.5 * 600_000)) / 2_000_000, assessment.Quality.Logic, 10);
    }

    [Fact]
    public void Running_costs_do_not_count_in_the_logic_score()
    {
        var assessment = Rounds.Assess(AnEligibleApplication()
            .Problem(ProblemKind.Darkness)
            .Components(Lighting("c1", 1_000_000, 20), Part("c2", Measure.Lighting, 300_000, CostType.Operating)));

        Assert.Equal(1.0, assessment.Quality.Logic);
    }

    [Fact]
    public void The_link_finding_records_the_link_parameters_it_used()
    {
        var assessment = Rounds.Assess(AnEligibleApplication(), trace: true);

        var firing = Assert.Single(assessment.Trace!.Firings, f => f.Rule == "K5.Linked");
        Assert.Equal(["links.blockedSightlines", "links.darkness"], firing.Parameters.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("lighting", firing.Parameters.Single(p => p.Name == "links.darkness").Value);
    }
}
