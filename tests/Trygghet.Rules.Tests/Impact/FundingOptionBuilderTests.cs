using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Impact;

namespace Trygghet.Rules.Tests.Impact;

public sealed class FundingOptionBuilderTests
{
    private static readonly ImpactModel Model = new(ImpactParameters.Stockholm2024);

    private static ApplicationOptions Build(ApplicationAssessment assessment, FundingOptionsSettings? settings = null) =>
        new FundingOptionBuilder(Model, settings).Build(assessment);

    private static string[] Ids(ApplicationOptions options) => options.Options.Select(o => string.Join("+", o.ComponentIds)).ToArray();

    [Fact]
    public void Build_EligibleApplication_OffersTheWholePackageLast()
    {
        var assessment = new AssessmentBuilder()
            .WithComponent("c1", Measure.Lighting, 1_400_000)
            .WithComponent("c2", Measure.Sightlines, 150_000)
            .Build();

        var options = Build(assessment);

        var full = options.Options[^1];
        Assert.True(full.IsFullPackage);
        Assert.Equal(["c1", "c2"], full.ComponentIds);
        Assert.Equal(assessment.Eligible, full.Cost);
        Assert.Equal(full.Estimate.Units, full.ImpactUnits);
        Assert.Equal(full.ImpactUnits / 1000.0, full.ExpectedImpact);
        Assert.Equal("2024-01", options.ApplicationId);
        Assert.Single(options.Options, o => o.IsFullPackage);
    }

    [Fact]
    public void Build_ThreeComponentsOfOneMeasure_OffersEverySubsetByCost()
    {
        var assessment = new AssessmentBuilder()
            .WithComponent("c1", Measure.Lighting, 100_000)
            .WithComponent("c2", Measure.Lighting, 200_000)
            .WithComponent("c3", Measure.Lighting, 400_000)
            .Build();

        var options = Build(assessment);

        Assert.Equal(["c1", "c2", "c1+c2", "c3", "c1+c3", "c2+c3", "c1+c2+c3"], Ids(options));
        Assert.Equal([100_000L, 200_000, 300_000, 400_000, 500_000, 600_000, 700_000], options.Options.Select(o => o.Cost.Kronor));
        Assert.Equal(32_143, options.Options[0].ImpactUnits); // 3 000 × 0.20 × (0.10 × 1/7) × 0.75 × 5 = 32.1429 person-years
    }

    [Fact]
    public void Build_ReducedPackagesThatCostMoreForNoMoreImpact_ArePruned()
    {
        // Activation (0.10) for 200 000 kr beats lighting (0.10) for 400 000 kr; greening + activation (0.28) for 500 000 kr
        // beats lighting + greening (0.28) for 700 000 kr and lighting + activation (0.19) for 600 000 kr.
        var assessment = new AssessmentBuilder()
            .WithComponent("c1", Measure.Lighting, 400_000)
            .WithComponent("c2", Measure.Greening, 300_000)
            .WithComponent("c3", Measure.Activation, 200_000)
            .Build();

        var options = Build(assessment);

        Assert.Equal(["c3", "c2", "c2+c3", "c1+c2+c3"], Ids(options));
        Assert.Empty(options.Findings);
    }

    [Fact]
    public void Build_EqualCost_KeepsTheHigherImpact()
    {
        var assessment = new AssessmentBuilder()
            .WithComponent("c1", Measure.Cctv, 100_000)
            .WithComponent("c2", Measure.Lighting, 100_000)
            .Build();

        Assert.Equal(["c2", "c1+c2"], Ids(Build(assessment)));
    }

    [Fact]
    public void Build_EqualCostAndImpact_KeepsTheSmallerComponentIds()
    {
        var assessment = new AssessmentBuilder()
            .WithComponent("c2", Measure.Activation, 100_000)
            .WithComponent("c1", Measure.Lighting, 100_000)
            .Build();

        Assert.Equal(["c1", "c1+c2"], Ids(Build(assessment)));
    }

    [Fact]
    public void Build_ComponentWithoutEffect_KeepsTheWholePackageAndSaysItAddsNothing()
    {
        var assessment = new AssessmentBuilder()
            .WithComponent("c1", Measure.Lighting, 100_000)
            .WithComponent("c2", Measure.Other, 50_000)
            .Build();

        var options = Build(assessment);

        Assert.Equal(["c1", "c1+c2"], Ids(options));
        Assert.Equal(options.Options[0].ImpactUnits, options.Options[1].ImpactUnits);
        var finding = Assert.Single(options.Findings);
        Assert.Equal("Impact.FullPackageDominated", finding.Code);
        Assert.Contains("[c1]", finding.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TenComponents_OffersTheWholePackageRemovalsAndGreedyPrefixes()
    {
        var builder = new AssessmentBuilder();
        for (var i = 0; i < 10; i++)
        {
            // Amounts 1, 2, 4, … 512 thousand: every subset has its own cost, so no candidate prunes another.
            builder.WithComponent($"c{i:00}", Measure.Lighting, 1_000L << i);
        }

        var options = Build(builder.Build());

        // 1 whole package + 10 removals + 9 greedy prefixes, of which the longest is also a removal.
        Assert.Equal(19, options.Options.Count);
        Assert.Equal(10, options.Options.Count(o => o.ComponentIds.Count == 9));
        Assert.Equal(["c00"], options.Options[0].ComponentIds);
        Assert.True(options.Options[^1].IsFullPackage);
    }

    [Fact]
    public void Build_SevenComponents_LeavesExhaustiveEnumeration()
    {
        var builder = new AssessmentBuilder();
        for (var i = 0; i < 7; i++)
        {
            builder.WithComponent($"c{i}", Measure.Lighting, 1_000L << i);
        }

        var six = Build(builder.Build(), new FundingOptionsSettings { ExhaustiveUpToComponents = 7, MaxOptions = 200 });
        var bounded = Build(builder.Build());

        Assert.Equal(127, six.Options.Count);
        Assert.Equal(1 + 7 + 5, bounded.Options.Count);
    }

    [Fact]
    public void Build_MoreOptionsThanTheMaximum_KeepsEvenlySpacedOnesWithTheExtremes()
    {
        var builder = new AssessmentBuilder();
        for (var i = 0; i < 6; i++)
        {
            builder.WithComponent($"c{i}", Measure.Lighting, 1_000L << i);
        }

        var all = Build(builder.Build());
        var five = Build(builder.Build(), new FundingOptionsSettings { MaxOptions = 5 });

        Assert.Equal(63, all.Options.Count);
        Assert.Equal(
            new[] { 0, 15, 31, 46, 62 }.Select(i => all.Options[i].Cost),
            five.Options.Select(o => o.Cost));
    }

    [Fact]
    public void Build_PartialFundingOff_OffersOnlyTheWholePackage()
    {
        var assessment = new AssessmentBuilder()
            .WithComponent("c1", Measure.Lighting, 400_000)
            .WithComponent("c2", Measure.Greening, 300_000)
            .WithComponent("c3", Measure.Activation, 200_000)
            .Build();

        var options = Build(assessment, new FundingOptionsSettings { AllowPartialFunding = false });

        var only = Assert.Single(options.Options);
        Assert.True(only.IsFullPackage);
        Assert.Equal(assessment.Eligible, only.Cost);
    }

    [Theory]
    [InlineData(AssessmentStatus.Rejected)]
    [InlineData(AssessmentStatus.Incomplete)]
    public void Build_NotEligible_OffersNothing(AssessmentStatus status)
    {
        var assessment = new AssessmentBuilder().WithStatus(status).WithAffectedPeople(null).WithComponent("c1", Measure.Lighting, 400_000).Build();

        var options = Build(assessment);

        Assert.Empty(options.Options);
        Assert.Empty(options.Findings);
    }

    [Fact]
    public void Build_MissingFigures_ReportsTheFallbacksOnce()
    {
        var assessment = new AssessmentBuilder()
            .WithAffectedPeople(null)
            .WithUnsafeShare(null)
            .WithComponent("c1", Measure.Lighting, 400_000)
            .WithComponent("c2", Measure.Greening, 300_000)
            .Build();

        var options = Build(assessment);

        Assert.Equal(["Impact.DefaultAffectedPeople", "Impact.DefaultUnsafeShare"], options.Findings.Select(f => f.Code));
    }

    [Fact]
    public void Build_ComponentsInAnotherOrder_GiveTheSameOptions()
    {
        AssessmentBuilder Builder() => new AssessmentBuilder()
            .WithComponent("c1", Measure.Lighting, 400_000)
            .WithComponent("c2", Measure.Sightlines, 300_000)
            .WithComponent("c3", Measure.Activation, 250_000)
            .WithComponent("c4", Measure.Cctv, 100_000);

        var forward = Build(Builder().Build());
        var backward = Build(Builder().Reversed().Build());

        Assert.Equal(Ids(forward), Ids(backward));
        Assert.Equal(forward.Options.Select(o => (o.Cost, o.ImpactUnits)), backward.Options.Select(o => (o.Cost, o.ImpactUnits)));
    }

    [Fact]
    public void Build_ZeroAmountComponent_RidesAlongInEveryOption()
    {
        var assessment = new AssessmentBuilder()
            .WithComponent("c1", Measure.Lighting, 400_000)
            .WithComponent("c2", Measure.Greening, 300_000)
            .WithComponent("c3", Measure.Activation, 0)
            .Build();

        var options = Build(assessment);

        Assert.All(options.Options, o => Assert.Contains("c3", o.ComponentIds));
        Assert.All(options.Options, o => Assert.True(o.Cost.Kronor > 0));
    }

    [Fact]
    public void Constructor_SettingsOutOfRange_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FundingOptionBuilder(Model, new FundingOptionsSettings { MaxOptions = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FundingOptionBuilder(Model, new FundingOptionsSettings { ExhaustiveUpToComponents = 17 }));
    }
}
