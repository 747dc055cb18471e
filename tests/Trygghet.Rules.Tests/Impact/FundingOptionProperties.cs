using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Impact;

namespace Trygghet.Rules.Tests.Impact;

/// <summary>Laws every application's funding options obey, for random eligible applications of 1 to 9 components.</summary>
public sealed class FundingOptionProperties
{
    private static readonly FundingOptionBuilder Builder = new(new ImpactModel(ImpactParameters.Stockholm2024));

    private static readonly Measure[] Measures = Enum.GetValues<Measure>();

    private static Arbitrary<ApplicationAssessment> Assessments()
    {
        var component = Gen.Zip(Gen.Elements(Measures), Gen.Choose(1, 5_000_000));
        var gen =
            from components in Gen.Choose(1, 9).SelectMany(n => Gen.ArrayOf(component, n))
            from people in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(0, 20_000).Select(p => (int?)p))
            from unsafeShare in Gen.OneOf(Gen.Constant<double?>(null), Gen.Choose(0, 100).Select(p => (double?)(p / 100.0)))
            from quality in Gen.ArrayOf(Gen.Choose(0, 100).Select(q => q / 100.0), 3)
            from owner in Gen.Elements(true, false)
            select Assessment(components, people, unsafeShare, quality, owner);
        return gen.ToArbitrary();
    }

    private static ApplicationAssessment Assessment((Measure Measure, int Amount)[] components, int? people, double? unsafeShare, double[] quality, bool owner)
    {
        var builder = new AssessmentBuilder()
            .WithAffectedPeople(people)
            .WithUnsafeShare(unsafeShare)
            .WithQuality(quality[0], quality[1], quality[2])
            .WithMaintenanceOwner(owner ? "Trafikkontoret" : null);
        for (var i = 0; i < components.Length; i++)
        {
            builder.WithComponent($"c{i}", components[i].Measure, components[i].Amount);
        }

        return builder.Build();
    }

    [Property]
    public Property Every_option_costs_more_than_nothing_and_no_more_than_is_eligible() => Prop.ForAll(Assessments(), assessment =>
        Builder.Build(assessment).Options.All(o => o.Cost.Kronor > 0 && o.Cost <= assessment.Eligible));

    [Property]
    public Property Every_option_has_a_non_negative_impact() => Prop.ForAll(Assessments(), assessment =>
        Builder.Build(assessment).Options.All(o => o.ImpactUnits >= 0 && o.ExpectedImpact >= 0));

    [Property]
    public Property The_whole_package_is_always_offered_last() => Prop.ForAll(Assessments(), assessment =>
    {
        var options = Builder.Build(assessment).Options;
        return options.Count(o => o.IsFullPackage) == 1
            && options[^1].IsFullPackage
            && options[^1].Cost == assessment.Eligible
            && options[^1].ComponentIds.Count == assessment.EligibleComponents.Count;
    });

    [Property]
    public Property No_option_is_dominated_except_a_whole_package_that_says_so() => Prop.ForAll(Assessments(), assessment =>
    {
        var result = Builder.Build(assessment);
        var options = result.Options;
        var fullDominated = options.Any(o => !o.IsFullPackage && o.ImpactUnits >= options[^1].ImpactUnits);
        var flagged = result.Findings.Any(f => f.Code == "Impact.FullPackageDominated");
        var reducedUndominated = options.Where(o => !o.IsFullPackage).All(o =>
            o.ImpactUnits > 0 && !options.Any(other => !ReferenceEquals(other, o) && other.Cost <= o.Cost && other.ImpactUnits >= o.ImpactUnits));
        return reducedUndominated && fullDominated == flagged;
    });

    [Property]
    public Property Options_are_ordered_by_strictly_rising_cost() => Prop.ForAll(Assessments(), assessment =>
    {
        var options = Builder.Build(assessment).Options;
        return options.Zip(options.Skip(1)).All(pair => pair.First.Cost < pair.Second.Cost);
    });

    [Property]
    public Property The_order_of_the_components_does_not_matter() => Prop.ForAll(Assessments(), assessment =>
    {
        var reversed = assessment with { EligibleComponents = assessment.EligibleComponents.Reverse().ToArray() };
        var forward = Builder.Build(assessment).Options.Select(o => (string.Join("+", o.ComponentIds), o.Cost, o.ImpactUnits));
        var backward = Builder.Build(reversed).Options.Select(o => (string.Join("+", o.ComponentIds), o.Cost, o.ImpactUnits));
        return forward.SequenceEqual(backward);
    });

    [Property]
    public Property Without_partial_funding_there_is_one_option() => Prop.ForAll(Assessments(), assessment =>
    {
        var whole = new FundingOptionBuilder(new ImpactModel(ImpactParameters.Stockholm2024), new FundingOptionsSettings { AllowPartialFunding = false });
        var options = whole.Build(assessment).Options;
        return options.Count == 1 && options[0].IsFullPackage;
    });
}
