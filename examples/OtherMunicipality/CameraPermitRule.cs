using NRules.Fluent.Dsl;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Criteria;

namespace OtherMunicipality;

/// <summary>The municipality's own rule: camera surveillance of a public place needs a permit (kamerabevakningslagen), so a CCTV component without one is excluded.</summary>
[Name("U1.CctvWithoutPermit")]
[Description("A CCTV component is excluded unless the application states a camera surveillance permit.")]
[Criterion("U1", CriterionEffect.ComponentExclusion, Source = "Kamerabevakningslagen (2018:1200)")]
public sealed class CameraPermitRule : Rule
{
    private static readonly RuleInfo Info = RuleInfo.Of(typeof(CameraPermitRule));

    /// <summary>Gets the rule's message templates, in Swedish and English.</summary>
    public static IEnumerable<KeyValuePair<string, LocalizedText>> Messages { get; } =
    [
        new("U1.CctvWithoutPermit", new LocalizedText(
            "{description} ({component}) saknar tillstånd till kamerabevakning; {cost} räknas bort.",
            "{description} ({component}) has no camera surveillance permit; {cost} is excluded.")),
        new("U1.CctvWithoutPermit.Feedback", new LocalizedText(
            "Sök tillstånd till kamerabevakning hos Integritetsskyddsmyndigheten innan kameror ingår i ansökan.",
            "Apply to the Swedish Authority for Privacy Protection for a camera permit before including cameras.")),
    ];

    /// <inheritdoc/>
    public override void Define()
    {
        ComponentFact component = null!;
        When().Match(() => component, c => c.Component.Measure == Measure.Cctv && c.Owner.Application.CameraPermit != true);
        Then().Do(ctx => Info.Finding(component.Owner, "U1.CctvWithoutPermit", FindingOutcome.NotMet)
            .About(component).Excludes(component.Component.Cost).With("cost", component.Component.Cost).InsertInto(ctx));
    }
}
