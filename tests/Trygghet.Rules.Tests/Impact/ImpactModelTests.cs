using System.Collections.ObjectModel;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Impact;

namespace Trygghet.Rules.Tests.Impact;

public sealed class ImpactModelTests
{
    private static readonly ImpactModel Model = new(ImpactParameters.Stockholm2024);

    private static ImpactEstimate EstimateWhole(ApplicationAssessment assessment) => Model.Estimate(assessment, assessment.EligibleComponents);

    [Fact]
    public void A_lit_park_path_for_3000_residents_gives_225_person_years()
    {
        var assessment = new AssessmentBuilder().WithComponent("c1", Measure.Lighting, 700_000).Build();

        var estimate = EstimateWhole(assessment);

        Assert.Equal(3_000, estimate.AffectedPeople);
        Assert.Equal(0.20, estimate.UnsafeShare);
        Assert.Equal(0.10, estimate.Effect, 12);
        Assert.Equal(0.75, estimate.Quality);
        Assert.Equal(5.0, estimate.HorizonYears);
        Assert.Equal(225.0, estimate.PersonYears, 9);
        Assert.Equal(225_000, estimate.Units);
        Assert.Empty(estimate.Findings);
    }

    [Fact]
    public void Estimate_MissingAffectedPeople_FallsBackToDefaultAndSaysSo()
    {
        var assessment = new AssessmentBuilder().WithAffectedPeople(null).WithComponent("c1", Measure.Lighting, 700_000).Build();

        var estimate = EstimateWhole(assessment);

        Assert.Equal(500, estimate.AffectedPeople);
        Assert.Equal(37_500, estimate.Units);
        var finding = Assert.Single(estimate.Findings);
        Assert.Equal("IMPACT", finding.CriterionId);
        Assert.Equal(FindingOutcome.Info, finding.Outcome);
        Assert.Equal("Impact.DefaultAffectedPeople", finding.Code);
        Assert.Equal("domain brief §3 (assumption)", finding.Source);
        Assert.Contains("500", finding.Message.Swedish, StringComparison.Ordinal);
        Assert.Contains("500", finding.Message.English, StringComparison.Ordinal);
        Assert.Equal([new FindingValue("affectedPeople", "500")], finding.Values);
    }

    [Fact]
    public void Estimate_MissingUnsafeShare_FallsBackToCityDefaultAndSaysSo()
    {
        var assessment = new AssessmentBuilder().WithUnsafeShare(null).WithComponent("c1", Measure.Lighting, 700_000).Build();

        var estimate = EstimateWhole(assessment);

        Assert.Equal(0.10, estimate.UnsafeShare);
        Assert.Equal(112_500, estimate.Units);
        var finding = Assert.Single(estimate.Findings);
        Assert.Equal("Impact.DefaultUnsafeShare", finding.Code);
        Assert.Equal(FindingOutcome.Info, finding.Outcome);
        Assert.Equal("Stockholm trygghetsmätning 2020", finding.Source);
        Assert.Contains("10 %", finding.Message.Swedish, StringComparison.Ordinal);
        Assert.Contains("10%", finding.Message.English, StringComparison.Ordinal);
        Assert.Equal([new FindingValue("baselineUnsafeShare", "0.1")], finding.Values);
    }

    [Fact]
    public void Estimate_BothFiguresMissing_YieldsBothFindingsInOrder()
    {
        var assessment = new AssessmentBuilder().WithAffectedPeople(null).WithUnsafeShare(null).WithComponent("c1", Measure.Lighting, 700_000).Build();

        var codes = EstimateWhole(assessment).Findings.Select(f => f.Code);

        Assert.Equal(["Impact.DefaultAffectedPeople", "Impact.DefaultUnsafeShare"], codes);
    }

    [Fact]
    public void Estimate_EveryMeasureTogether_IsCappedAtHalf()
    {
        var builder = new AssessmentBuilder().WithMaintenanceOwner("Trafikkontoret");
        foreach (var measure in Enum.GetValues<Measure>())
        {
            builder.WithComponent(measure.ToString(), measure, 100_000);
        }

        var estimate = EstimateWhole(builder.Build());

        Assert.Equal(0.5, estimate.Effect);
        Assert.Equal(5.0, estimate.HorizonYears);
        Assert.Equal(1_125_000, estimate.Units); // 3 000 × 0.20 × 0.5 × 0.75 × 5 = 1 125 person-years
    }

    [Fact]
    public void Estimate_LowerCap_CapsTheCombinedEffect()
    {
        var model = new ImpactModel(ImpactParameters.Stockholm2024 with { EffectCap = 0.15 });
        var assessment = new AssessmentBuilder()
            .WithComponent("c1", Measure.Lighting, 100_000)
            .WithComponent("c2", Measure.Greening, 100_000)
            .Build();

        Assert.Equal(0.15, model.Estimate(assessment, assessment.EligibleComponents).Effect);
        Assert.Equal(0.10, model.Estimate(assessment, [assessment.EligibleComponents[0]]).Effect, 12);
    }

    [Fact]
    public void Estimate_TwoMeasures_CombineAsOneMinusProductOfRemainders()
    {
        var assessment = new AssessmentBuilder()
            .WithMaintenanceOwner("Trafikkontoret")
            .WithComponent("c1", Measure.Lighting, 600_000)
            .WithComponent("c2", Measure.Sightlines, 100_000)
            .Build();

        var estimate = EstimateWhole(assessment);

        Assert.Equal(1 - (0.9 * 0.95), estimate.Effect, 12);
        Assert.Equal(5.0, estimate.HorizonYears);
    }

    [Fact]
    public void Estimate_SameMeasureTwice_CountsTheMeasureOnceAndReducedPackagesByCostShare()
    {
        var assessment = new AssessmentBuilder()
            .WithComponent("c1", Measure.Lighting, 300_000)
            .WithComponent("c2", Measure.Lighting, 100_000)
            .Build();

        Assert.Equal(0.10, EstimateWhole(assessment).Effect, 12);
        Assert.Equal(0.025, Model.Estimate(assessment, [assessment.EligibleComponents[1]]).Effect, 12);
        Assert.Equal(0.075, Model.Estimate(assessment, [assessment.EligibleComponents[0]]).Effect, 12);
    }

    [Fact]
    public void Estimate_CappedComponent_SharesByEligibleAmountNotCost()
    {
        var assessment = new AssessmentBuilder()
            .WithCappedComponent("c1", Measure.Lighting, 900_000, 100_000)
            .WithComponent("c2", Measure.Lighting, 100_000)
            .Build();

        Assert.Equal(0.05, Model.Estimate(assessment, [assessment.EligibleComponents[0]]).Effect, 12);
    }

    [Fact]
    public void Estimate_VegetationClearingWithoutUpkeep_LastsThreeYears()
    {
        var assessment = new AssessmentBuilder().WithComponent("c1", Measure.Sightlines, 290_000).Build();

        var estimate = EstimateWhole(assessment);

        Assert.Equal(3.0, estimate.HorizonYears);
        Assert.Equal(67_500, estimate.Units); // 3 000 × 0.20 × 0.05 × 0.75 × 3 person-years
    }

    [Fact]
    public void Estimate_VegetationClearingWithMaintenanceOwner_LastsFiveYears()
    {
        var assessment = new AssessmentBuilder().WithMaintenanceOwner("Parkförvaltningen").WithComponent("c1", Measure.Sightlines, 290_000).Build();

        Assert.Equal(5.0, EstimateWhole(assessment).HorizonYears);
    }

    [Fact]
    public void Estimate_MixedHorizons_IntegratesTheEffectOverTime()
    {
        var assessment = new AssessmentBuilder()
            .WithComponent("c1", Measure.Lighting, 600_000)
            .WithComponent("c2", Measure.Sightlines, 100_000)
            .Build();

        var estimate = EstimateWhole(assessment);

        // Both act for three years (E 0.145), then lighting alone for two more (0.10).
        Assert.Equal(0.145, estimate.Effect, 12);
        Assert.Equal((0.145 * 3) + (0.10 * 2), estimate.Effect * estimate.HorizonYears, 12);
        Assert.Equal(285_750, estimate.Units); // 3 000 × 0.20 × 0.75 × 0.635 person-years
        Assert.True(estimate.Units > Model.Estimate(assessment, [assessment.EligibleComponents[0]]).Units);
    }

    [Fact]
    public void Estimate_OnlyOtherMeasures_GivesNoImpact()
    {
        var assessment = new AssessmentBuilder().WithComponent("c1", Measure.Other, 100_000).Build();

        var estimate = EstimateWhole(assessment);

        Assert.Equal(0.0, estimate.Effect);
        Assert.Equal(0.0, estimate.HorizonYears);
        Assert.Equal(0, estimate.Units);
    }

    [Fact]
    public void Estimate_ComponentOrder_DoesNotChangeTheUnits()
    {
        var assessment = new AssessmentBuilder()
            .WithComponent("c1", Measure.Lighting, 600_000)
            .WithComponent("c2", Measure.Sightlines, 100_000)
            .WithComponent("c3", Measure.Cctv, 250_000)
            .Build();

        Assert.Equal(EstimateWhole(assessment).Units, Model.Estimate(assessment, assessment.EligibleComponents.Reverse().ToArray()).Units);
    }

    [Fact]
    public void Estimate_ComponentNotEligible_Throws()
    {
        var assessment = new AssessmentBuilder().WithComponent("c1", Measure.Lighting, 600_000).Build();
        var other = new AssessmentBuilder().WithComponent("c9", Measure.Lighting, 600_000).Build();

        Assert.Throws<ArgumentException>(() => Model.Estimate(assessment, other.EligibleComponents));
    }

    [Fact]
    public void Estimate_ComponentTwice_Throws()
    {
        var assessment = new AssessmentBuilder().WithComponent("c1", Measure.Lighting, 600_000).Build();

        Assert.Throws<ArgumentException>(() => Model.Estimate(assessment, [assessment.EligibleComponents[0], assessment.EligibleComponents[0]]));
    }

    [Fact]
    public void Constructor_InvalidParameters_ListsEveryProblem()
    {
        var priors = new Dictionary<Measure, double>(ImpactParameters.Stockholm2024.EffectPriors);
        priors.Remove(Measure.Cctv);
        var parameters = ImpactParameters.Stockholm2024 with { EffectPriors = new ReadOnlyDictionary<Measure, double>(priors), EffectCap = 1.5, DefaultAffectedPeople = -1 };

        var error = Assert.Throws<ArgumentException>(() => new ImpactModel(parameters));

        Assert.Contains("EffectPriors has no prior for Cctv", error.Message, StringComparison.Ordinal);
        Assert.Contains("EffectCap", error.Message, StringComparison.Ordinal);
        Assert.Contains("DefaultAffectedPeople", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stockholm2024_HasThePriorsOfTheDomainBrief()
    {
        var priors = ImpactParameters.Stockholm2024.EffectPriors;

        Assert.Equal(0.10, priors[Measure.Lighting]);
        Assert.Equal(0.05, priors[Measure.Sightlines]);
        Assert.Equal(0.20, priors[Measure.Greening]);
        Assert.Equal(0.20, priors[Measure.Refurbishment]);
        Assert.Equal(0.10, priors[Measure.Activation]);
        Assert.Equal(0.03, priors[Measure.Cctv]);
        Assert.Equal(0.05, priors[Measure.AccessControl]);
        Assert.Equal(0.0, priors[Measure.Other]);
        Assert.Equal(0.5, ImpactParameters.Stockholm2024.EffectCap);
        Assert.Equal(0.10, ImpactParameters.Stockholm2024.DefaultUnsafeShare);
    }
}
