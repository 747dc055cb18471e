namespace Trygghet.Rules.Criteria;

using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;

// K1 Fysisk miljö dit allmänheten har tillträde: the site is a physical environment open to the public. A gate.

/// <summary>K1 met: the site is open to the public at all hours.</summary>
[Name("K1.PublicPlace")]
[Description("The site is a physical environment open to the public at all hours.")]
[Criterion("K1", CriterionEffect.Gate, Source = CriterionSources.Principles)]
public sealed class K1PublicPlaceRule : Rule
{
    private static readonly RuleInfo Info = RuleInfo.Of(typeof(K1PublicPlaceRule));

    /// <inheritdoc/>
    public override void Define()
    {
        ApplicationFact application = null!;
        When().Match(() => application, a => a.Application.Site.PublicAccess == PublicAccess.Open);
        Then().Do(ctx => Yield(ctx, application));
    }

    private static void Yield(IContext ctx, ApplicationFact a) =>
        Info.Finding(a, "K1.PublicPlace", FindingOutcome.Met).With("site", a.Application.Site.Name).With("environment", a.Application.Site.Environment).InsertInto(ctx);
}

/// <summary>K1 met with a note: the site is open to the public at some hours only, such as a schoolyard.</summary>
[Name("K1.RestrictedAccess")]
[Description("The site is open to the public at some hours only; it counts as public, and the applicant is asked to state the hours.")]
[Criterion("K1", CriterionEffect.Gate, Source = CriterionSources.Principles)]
public sealed class K1RestrictedAccessRule : Rule
{
    private static readonly RuleInfo Info = RuleInfo.Of(typeof(K1RestrictedAccessRule));

    /// <inheritdoc/>
    public override void Define()
    {
        ApplicationFact application = null!;
        When().Match(() => application, a => a.Application.Site.PublicAccess == PublicAccess.Restricted);
        Then().Do(ctx => Yield(ctx, application));
    }

    private static void Yield(IContext ctx, ApplicationFact a) =>
        Info.Finding(a, "K1.RestrictedAccess", FindingOutcome.Met).With("site", a.Application.Site.Name).With("environment", a.Application.Site.Environment).InsertInto(ctx);
}

/// <summary>K1 not met: the public has no access to the site, so the application is rejected.</summary>
[Name("K1.NoPublicAccess")]
[Description("The public has no access to the site: the application is rejected.")]
[Criterion("K1", CriterionEffect.Gate, Source = CriterionSources.Principles)]
public sealed class K1NoPublicAccessRule : Rule
{
    private static readonly RuleInfo Info = RuleInfo.Of(typeof(K1NoPublicAccessRule));

    /// <inheritdoc/>
    public override void Define()
    {
        ApplicationFact application = null!;
        When().Match(() => application, a => a.Application.Site.PublicAccess == PublicAccess.None);
        Then().Do(ctx => Yield(ctx, application));
    }

    private static void Yield(IContext ctx, ApplicationFact a) =>
        Info.Finding(a, "K1.NoPublicAccess", FindingOutcome.NotMet).RejectsApplication().With("site", a.Application.Site.Name).InsertInto(ctx);
}

/// <summary>K1 warning: an indoor site open to the public needs a case officer's judgement of whether it is a public physical environment.</summary>
[Name("K1.IndoorSite")]
[Description("An indoor site open to the public needs a person's judgement of whether it counts as a public physical environment.")]
[Criterion("K1", CriterionEffect.Warning, Source = CriterionSources.Principles)]
public sealed class K1IndoorSiteRule : Rule
{
    private static readonly RuleInfo Info = RuleInfo.Of(typeof(K1IndoorSiteRule));

    /// <inheritdoc/>
    public override void Define()
    {
        ApplicationFact application = null!;
        When().Match(
            () => application,
            a => a.Application.Site.Environment == SiteEnvironment.Indoor,
            a => a.Application.Site.PublicAccess != PublicAccess.None);
        Then().Do(ctx => Yield(ctx, application));
    }

    private static void Yield(IContext ctx, ApplicationFact a) =>
        Info.Finding(a, "K1.IndoorSite", FindingOutcome.Warning).With("site", a.Application.Site.Name).InsertInto(ctx);
}
