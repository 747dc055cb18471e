namespace Trygghet.Rules.Criteria;

using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;

// K2 Syftar till ökad trygghet: each measure aims at safety by populating the place, better lighting and sightlines,
// or making crime harder. Per component: a component with no safety mechanism (measure 'other') is excluded.

/// <summary>K2 met: at least one component has a safety mechanism.</summary>
[Name("K2.SafetyMechanism")]
[Description("At least one component populates the place, improves lighting or sightlines, or makes crime harder.")]
[Criterion("K2", CriterionEffect.ComponentExclusion, Source = CriterionSources.Principles)]
public sealed class K2SafetyMechanismRule : Rule
{
    private static readonly RuleInfo Info = RuleInfo.Of(typeof(K2SafetyMechanismRule));

    /// <inheritdoc/>
    public override void Define()
    {
        ApplicationFact application = null!;
        When().Match(() => application, a => a.Application.Components.Any(c => c.Measure != Measure.Other));
        Then().Do(ctx => Yield(ctx, application));
    }

    private static void Yield(IContext ctx, ApplicationFact a)
    {
        Measure[] measures = [.. a.Application.Components.Select(c => c.Measure).Where(m => m != Measure.Other).Distinct().Order()];
        Info.Finding(a, "K2.SafetyMechanism", FindingOutcome.Met).With("measures", measures).InsertInto(ctx);
    }
}

/// <summary>K2 not met for a component: its measure has no safety mechanism, so its cost is excluded.</summary>
[Name("K2.NoSafetyMechanism")]
[Description("A component whose measure is 'other' has no safety mechanism: its cost is excluded.")]
[Criterion("K2", CriterionEffect.ComponentExclusion, Source = CriterionSources.Principles)]
public sealed class K2NoSafetyMechanismRule : Rule
{
    private static readonly RuleInfo Info = RuleInfo.Of(typeof(K2NoSafetyMechanismRule));

    /// <inheritdoc/>
    public override void Define()
    {
        ComponentFact component = null!;
        When().Match(() => component, c => c.Component.Measure == Measure.Other);
        Then().Do(ctx => Yield(ctx, component));
    }

    private static void Yield(IContext ctx, ComponentFact c) =>
        Info.Finding(c.Owner, "K2.NoSafetyMechanism", FindingOutcome.NotMet).About(c).Excludes(c.Component.Cost).With("cost", c.Component.Cost).InsertInto(ctx);
}
