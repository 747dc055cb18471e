namespace Trygghet.Rules.Criteria;

using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Trygghet.Rules.Assessment;

// K3 Underbyggd platsspecifik problembeskrivning: the problem is described for this very place. A gate.

/// <summary>K3 met: the problem is described for this very place.</summary>
[Name("K3.SiteSpecific")]
[Description("The application describes the problem at this very place.")]
[Criterion("K3", CriterionEffect.Gate, Source = CriterionSources.Principles)]
public sealed class K3SiteSpecificRule : Rule
{
    private static readonly RuleInfo Info = RuleInfo.Of(typeof(K3SiteSpecificRule));

    /// <inheritdoc/>
    public override void Define()
    {
        ApplicationFact application = null!;
        When().Match(
            () => application,
            a => !string.IsNullOrWhiteSpace(a.Application.Problem.Description),
            a => a.Application.Problem.SiteSpecific);
        Then().Do(ctx => Yield(ctx, application));
    }

    private static void Yield(IContext ctx, ApplicationFact a) =>
        Info.Finding(a, "K3.SiteSpecific", FindingOutcome.Met).With("site", a.Application.Site.Name).InsertInto(ctx);
}

/// <summary>K3 not met: the problem description is general, not about this place; the application is rejected.</summary>
[Name("K3.NotSiteSpecific")]
[Description("The problem description does not describe this very place: the application is rejected.")]
[Criterion("K3", CriterionEffect.Gate, Source = CriterionSources.Principles)]
public sealed class K3NotSiteSpecificRule : Rule
{
    private static readonly RuleInfo Info = RuleInfo.Of(typeof(K3NotSiteSpecificRule));

    /// <inheritdoc/>
    public override void Define()
    {
        ApplicationFact application = null!;
        When().Match(
            () => application,
            a => !string.IsNullOrWhiteSpace(a.Application.Problem.Description),
            a => !a.Application.Problem.SiteSpecific);
        Then().Do(ctx => Yield(ctx, application));
    }

    private static void Yield(IContext ctx, ApplicationFact a) =>
        Info.Finding(a, "K3.NotSiteSpecific", FindingOutcome.NotMet).RejectsApplication().With("site", a.Application.Site.Name).InsertInto(ctx);
}

/// <summary>K3 not met: the application has no problem description at all; the application is rejected.</summary>
[Name("K3.NoDescription")]
[Description("The application has no problem description: the application is rejected.")]
[Criterion("K3", CriterionEffect.Gate, Source = CriterionSources.Principles)]
public sealed class K3NoDescriptionRule : Rule
{
    private static readonly RuleInfo Info = RuleInfo.Of(typeof(K3NoDescriptionRule));

    /// <inheritdoc/>
    public override void Define()
    {
        ApplicationFact application = null!;
        When().Match(() => application, a => string.IsNullOrWhiteSpace(a.Application.Problem.Description));
        Then().Do(ctx => Yield(ctx, application));
    }

    private static void Yield(IContext ctx, ApplicationFact a) =>
        Info.Finding(a, "K3.NoDescription", FindingOutcome.NotMet).RejectsApplication().With("site", a.Application.Site.Name).InsertInto(ctx);
}
