using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Criteria;
using Trygghet.Rules.Decisions;
using Trygghet.Rules.Serialization;
using Trygghet.Rules.Tests.Assessment;
using static Trygghet.Rules.Tests.Assessment.ApplicationBuilder;

namespace Trygghet.Rules.Tests.Criteria;

public sealed class RuleSetBuilderTests
{
    private static ApplicationAssessment Assess(RuleSet ruleSet, ApplicationBuilder application) =>
        new RoundAssessor(ruleSet).Assess(Rounds.Of([application.Build()]) with { RuleSet = ruleSet.Id }).Applications[0];

    private static ApplicationBuilder WithCctv() => AnEligibleApplication()
        .Problem(ProblemKind.Darkness, ProblemKind.Robbery)
        .AddComponent(Part("c3", Measure.Cctv, 200_000));

    [Fact]
    public void A_disabled_criterion_yields_no_finding()
    {
        var ruleSet = RuleSets.Stockholm2024.ToBuilder().WithId("no-draft-review").Without("K9").Build();

        var assessment = Assess(ruleSet, AnEligibleApplication().DraftReviewed(false));

        Assert.Empty(assessment.Of("K9"));
        Assert.DoesNotContain(ruleSet.Rules, r => r.CriterionId == "K9");
        Assert.NotEmpty(Rounds.Assess(AnEligibleApplication().DraftReviewed(false)).Of("K9"));
    }

    [Fact]
    public void A_rule_disabled_by_name_yields_no_finding_while_its_siblings_still_fire()
    {
        var ruleSet = RuleSets.Stockholm2024.ToBuilder().Without("K8.NoConsultation").Build();

        Assert.Empty(Assess(ruleSet, AnEligibleApplication().By(Boards.Traffic)).Of("K8"));
        Assess(ruleSet, AnEligibleApplication().By(Boards.Traffic).Consultation(Boards.Spanga)).Has("K8.WrongDistrictBoard", FindingOutcome.Warning);
    }

    [Fact]
    public void Making_consultation_a_gate_rejects_a_specialist_board_that_did_not_consult()
    {
        var ruleSet = RuleSets.Stockholm2024.ToBuilder().WithEffect("K8", CriterionEffect.Gate).Build();

        var assessment = Assess(ruleSet, AnEligibleApplication().By(Boards.Traffic));

        var finding = assessment.Has("K8.NoConsultation", FindingOutcome.NotMet);
        Assert.Equal(FindingConsequence.RejectsApplication, finding.Consequence);
        Assert.Equal(AssessmentStatus.Rejected, assessment.Status);
        Assert.Equal(AssessmentStatus.Eligible, Rounds.Assess(AnEligibleApplication().By(Boards.Traffic)).Status);
        Assert.Equal(AssessmentStatus.Eligible, Assess(ruleSet, AnEligibleApplication().By(Boards.Traffic).Consultation(Boards.RinkebyKista)).Status);
        Assert.All(ruleSet.Rules.Where(r => r.CriterionId == "K8"), r => Assert.Equal(CriterionEffect.Gate, r.Effect));
    }

    [Fact]
    public void Making_a_gate_a_warning_lets_the_application_through()
    {
        var ruleSet = RuleSets.Stockholm2024.ToBuilder().WithEffect("K4", CriterionEffect.Warning).Build();

        var assessment = Assess(ruleSet, AnEligibleApplication().NoEvidence());

        Assert.Equal(FindingConsequence.None, assessment.Has("K4.NoEvidence", FindingOutcome.Warning).Consequence);
        Assert.Equal(AssessmentStatus.Eligible, assessment.Status);
    }

    [Fact]
    public void A_cost_cap_cannot_be_made_from_another_effect_and_an_unknown_criterion_is_refused()
    {
        var builder = RuleSets.Stockholm2024.ToBuilder();

        Assert.Throws<ArgumentException>(() => builder.WithEffect("K8", CriterionEffect.CostCap));
        Assert.Throws<ArgumentException>(() => builder.WithEffect("K10", CriterionEffect.Gate));
        Assert.Throws<ArgumentException>(() => builder.Without("K10"));
    }

    [Fact]
    public void A_custom_rule_excludes_a_CCTV_component_without_a_permit()
    {
        var ruleSet = RuleSets.Stockholm2024.ToBuilder().AddRule<CameraPermitRule>().WithMessages(CameraPermitRule.Messages).Build();

        var assessment = Assess(ruleSet, WithCctv());

        var finding = assessment.Has("X1.CctvWithoutPermit", FindingOutcome.NotMet, "c3");
        Assert.Equal("Kamerabevakningslagen (2018:1200)", finding.Source);
        Assert.Equal(200_000, assessment.Excluded.Kronor);
        Assert.DoesNotContain(assessment.EligibleComponents, c => c.Component.Id == "c3");
    }

    [Fact]
    public void A_custom_rules_findings_reach_the_motivation_and_the_report()
    {
        var ruleSet = RuleSets.Stockholm2024.ToBuilder().WithId("uppsala-2025").AddRules(typeof(CameraPermitRule).Assembly).WithMessages(CameraPermitRule.Messages).Build();
        var round = Rounds.Of([WithCctv().Build()]) with { RuleSet = "uppsala-2025" };

        var result = new RoundRunner(ruleSet).Run(round);

        var decision = Assert.Single(result.Decisions);
        Assert.Contains("saknar tillstånd till kamerabevakning", decision.Motivation.Swedish, StringComparison.Ordinal);
        var report = ResultWriter.Write(ResultDocuments.From(result));
        Assert.Contains("X1.CctvWithoutPermit", report, StringComparison.Ordinal);
        Assert.Contains("has no camera permit", ResultWriter.Write(ResultDocuments.From(result, ReportLanguage.English)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_template_can_be_reworded_per_language()
    {
        var messages = MessageCatalogue.Default.With("K9.DraftNotReviewed", new LocalizedText("Utkastet granskades inte av kommunledningen.", "The draft was not reviewed by the municipal office."));
        var ruleSet = RuleSets.Stockholm2024.ToBuilder().WithMessages(messages).Build();

        var finding = Assert.Single(Assess(ruleSet, AnEligibleApplication().DraftReviewed(false)).Of("K9"));

        Assert.Equal("The draft was not reviewed by the municipal office.", finding.Message.English);
    }

    [Fact]
    public void A_built_rule_set_compiles_once_and_a_copy_with_other_parameters_shares_it()
    {
        var ruleSet = RuleSets.Stockholm2024.ToBuilder().Without("K9").Build();

        Assert.Same(ruleSet.Compile(), ruleSet.Compile());
        Assert.Same(ruleSet.Compile(), ruleSet.WithParameters(ruleSet.Parameters).Compile());
        Assert.NotSame(RuleSets.Stockholm2024.Compile(), ruleSet.Compile());
    }
}
