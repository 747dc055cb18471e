using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Parameters;

namespace Trygghet.Rules.Tests.Parameters;

public sealed class StockholmParametersTests
{
    private static readonly ResolvedParameters Resolved = StockholmParameters.Stockholm2024.AsOf(new DateOnly(2024, 2, 15));

    [Fact]
    public void The_defaults_table_is_encoded_as_the_domain_brief_gives_it()
    {
        Assert.Equal(3, Resolved.EvidenceCurrentWithinYears.Value);
        Assert.Equal(2, Resolved.EvidenceSiteKindsForFullConfidence.Value);
        Assert.Equal(1.0, Resolved.EvidenceConfidenceFull.Value);
        Assert.Equal(0.75, Resolved.EvidenceConfidencePartial.Value);
        Assert.Equal(0.5, Resolved.EvidenceConfidenceWeak.Value);
        Assert.Equal(Sek.FromKronor(45_000), Resolved.LightingBenchmarkPerUnit.Value);
        Assert.Equal("lightPoint", Resolved.LightingBenchmarkUnit.Value);
        Assert.Equal(1.5m, Resolved.CostTolerance.Value);
    }

    [Theory]
    [InlineData(ProblemKind.Darkness, "lighting")]
    [InlineData(ProblemKind.BlockedSightlines, "lighting, sightlines")]
    [InlineData(ProblemKind.Deserted, "lighting, activation, refurbishment, greening")]
    [InlineData(ProblemKind.DrugDealing, "lighting, sightlines, activation, accessControl, cctv")]
    [InlineData(ProblemKind.ThreateningGroups, "lighting, sightlines, activation, cctv")]
    [InlineData(ProblemKind.IllegalTraffic, "accessControl")]
    [InlineData(ProblemKind.Vandalism, "accessControl, cctv, refurbishment")]
    [InlineData(ProblemKind.Harassment, "lighting, sightlines, activation, cctv")]
    [InlineData(ProblemKind.Burglary, "lighting, accessControl, cctv")]
    [InlineData(ProblemKind.Robbery, "lighting, sightlines, cctv")]
    [InlineData(ProblemKind.Neglect, "sightlines, refurbishment, greening")]
    [InlineData(ProblemKind.Other, "none")]
    public void The_K5_link_table_is_encoded_as_the_domain_brief_gives_it(ProblemKind problem, string measures) =>
        Assert.Equal(measures, Resolved.Links(problem).Value.ToString());

    [Theory]
    [InlineData(Measure.Lighting, 0.10, 5)]
    [InlineData(Measure.Sightlines, 0.05, 3)]
    [InlineData(Measure.Greening, 0.20, 5)]
    [InlineData(Measure.Refurbishment, 0.20, 5)]
    [InlineData(Measure.Activation, 0.10, 5)]
    [InlineData(Measure.Cctv, 0.03, 5)]
    [InlineData(Measure.AccessControl, 0.05, 5)]
    [InlineData(Measure.Other, 0.0, 3)]
    public void The_impact_priors_and_horizons_are_dated_parameters(Measure measure, double prior, int horizon)
    {
        Assert.Equal(prior, Resolved.ImpactPrior(measure).Value);
        Assert.Equal(horizon, Resolved.ImpactHorizonYears(measure).Value);
    }

    [Fact]
    public void The_impact_model_defaults_are_dated_parameters()
    {
        Assert.Equal(0.5, Resolved.ImpactReductionCap.Value);
        Assert.Equal(0.10, Resolved.ImpactDefaultUnsafeShare.Value);
        Assert.Equal(500, Resolved.ImpactDefaultAffectedPeople.Value);
        Assert.Equal(300, Resolved.ImpactCatchmentMetres.Value);
    }

    [Fact]
    public void Every_value_is_effective_from_2020_names_its_source_and_is_an_undecided_assumption()
    {
        var uses = Resolved.ToUses();

        Assert.Equal(ParameterKeys.All.Count, uses.Count);
        Assert.All(uses, u =>
        {
            Assert.Equal(new DateOnly(2020, 1, 1), u.EffectiveFrom);
            Assert.Null(u.DecisionDate);
            Assert.Contains("assumption", u.Reference.Document, StringComparison.Ordinal);
        });
        Assert.Equal("Domain brief, Stockholm 2024 defaults (assumption), §2 default parameters", Resolved.LightingBenchmarkPerUnit.Entry.Reference.ToString());
    }
}
