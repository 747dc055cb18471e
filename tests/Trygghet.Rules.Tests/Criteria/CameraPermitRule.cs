using Microsoft.Extensions.DependencyInjection;
using NRules.Fluent.Dsl;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Criteria;

namespace Trygghet.Rules.Tests.Criteria;

/// <summary>A host's own rule, as another municipality would write it: a CCTV component needs a camera permit (kamerabevakningslagen).</summary>
[Name("X1.CctvWithoutPermit")]
[Description("A CCTV component without a camera permit is excluded.")]
[Criterion("X1", CriterionEffect.ComponentExclusion, Source = "Kamerabevakningslagen (2018:1200)")]
public sealed class CameraPermitRule : Rule
{
    private static readonly RuleInfo Info = RuleInfo.Of(typeof(CameraPermitRule));

    private readonly CameraPermits permits;

    public CameraPermitRule()
        : this(new CameraPermits([]))
    {
    }

    [ActivatorUtilitiesConstructor]
    public CameraPermitRule(CameraPermits permits) => this.permits = permits;

    public static MessageCatalogue Messages { get; } = MessageCatalogue.Default.With(
        "X1.CctvWithoutPermit",
        new LocalizedText("{description} ({component}) saknar tillstånd till kamerabevakning; {cost} räknas bort.", "{description} ({component}) has no camera permit; {cost} is excluded."));

    public override void Define()
    {
        ComponentFact component = null!;
        When().Match(() => component, c => c.Component.Measure == Measure.Cctv && !permits.Has(c.Owner.Application.Id));
        Then().Do(ctx => Info.Finding(component.Owner, "X1.CctvWithoutPermit", FindingOutcome.NotMet).About(component)
            .Excludes(component.Component.Cost).With("cost", component.Component.Cost).InsertInto(ctx));
    }
}

/// <summary>The applications that hold a camera permit: a service a host registers in its container.</summary>
public sealed class CameraPermits(IEnumerable<string> applicationIds)
{
    private readonly HashSet<string> ids = [.. applicationIds];

    public bool Has(string applicationId) => ids.Contains(applicationId);
}
