using Trygghet.Rules.Assessment;
using Trygghet.Rules.Criteria;
using Trygghet.Rules.Parameters;
using Trygghet.Rules.Serialization;
using Trygghet.Rules.Tests.Assessment;
using static Trygghet.Rules.Tests.Assessment.ApplicationBuilder;

namespace Trygghet.Rules.Tests.Parameters;

public sealed class DatedParameterTests
{
    private static readonly ParameterReference Tightened = new("Kommunstyrelsen 2024-06-12 § 140", "riktvärden för belysning");

    private const string Tolerances = """
        {
          "formatVersion": 1,
          "ruleSet": "stockholm-2024",
          "parameters": {
            "cost.tolerance": [
              { "value": 1.5, "effectiveFrom": "2020-01-01", "decided": null, "reference": { "document": "Domain brief, Stockholm 2024 defaults (assumption)", "section": "§2 default parameters" } },
              { "value": 1.0, "effectiveFrom": "2024-07-01", "decided": "2024-06-12", "reference": { "document": "Kommunstyrelsen 2024-06-12 § 140", "section": "riktvärden för belysning" } }
            ]
          }
        }
        """;

    private static readonly RoundAssessor Assessor = new(ParameterFileReader.ApplyTo(RuleSets.Stockholm2024, Tolerances));

    private static ApplicationAssessment AssessAsOf(DateOnly date) => Assessor.Assess(
        Rounds.Of([AnEligibleApplication().Components(Lighting("c1", 2_000_000, 40)).Build()], date),
        new AssessmentOptions { IncludeTrace = true }).Applications[0];

    [Fact]
    public void The_same_round_before_the_new_tolerance_takes_effect_is_within_the_benchmark()
    {
        var assessment = AssessAsOf(new DateOnly(2024, 6, 30));

        Assert.Equal("1.5", assessment.Has("K6.WithinBenchmark", FindingOutcome.Met, "c1").Value("tolerance"));
        Assert.Equal(2_000_000, assessment.Eligible.Kronor);
    }

    [Fact]
    public void The_same_round_after_the_new_tolerance_takes_effect_is_capped_at_the_bare_benchmark()
    {
        var assessment = AssessAsOf(new DateOnly(2024, 7, 1));

        var finding = assessment.Has("K6.Capped", FindingOutcome.NotMet, "c1");
        Assert.Equal("1.0", finding.Value("tolerance"));
        Assert.Equal(200_000, assessment.Capped.Kronor);
        Assert.Equal(1_800_000, assessment.Eligible.Kronor);
    }

    [Fact]
    public void The_trace_names_the_value_used_with_its_date_and_reference()
    {
        var before = Assert.Single(AssessAsOf(new DateOnly(2024, 6, 30)).Trace!.Parameters, p => p.Name == "cost.tolerance");
        var after = Assert.Single(AssessAsOf(new DateOnly(2024, 7, 1)).Trace!.Parameters, p => p.Name == "cost.tolerance");

        Assert.Equal(("1.5", new DateOnly(2020, 1, 1), (DateOnly?)null), (before.Value, before.EffectiveFrom, before.DecisionDate));
        Assert.Equal(("1.0", new DateOnly(2024, 7, 1), (DateOnly?)new DateOnly(2024, 6, 12), Tightened), (after.Value, after.EffectiveFrom, after.DecisionDate, after.Reference));
    }
}
