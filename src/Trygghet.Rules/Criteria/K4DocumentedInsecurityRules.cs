namespace Trygghet.Rules.Criteria;

using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;

// K4 Dokumenterad otrygghet på platsen: insecurity at the place is documented with local evidence. A gate when there
// is no evidence at all. Otherwise current site-level evidence decides the confidence: enough kinds give full
// confidence, fewer kinds lower it; only area- or city-level evidence, or only outdated evidence, give the weak score
// with a warning and feedback. Evidence counts as current when dated on or after the assessment date minus the
// parameter's years; evidence dated after the assessment date counts as current.

/// <summary>K4 not met: the application gives no evidence at all; the application is rejected.</summary>
[Name("K4.NoEvidence")]
[Description("The application documents no insecurity at the site at all: the application is rejected.")]
[Criterion("K4", CriterionEffect.Gate, Source = CriterionSources.Principles)]
public sealed class K4NoEvidenceRule : Rule
{
    private static readonly RuleInfo Info = RuleInfo.Of(typeof(K4NoEvidenceRule));

    /// <inheritdoc/>
    public override void Define()
    {
        ApplicationFact application = null!;
        When().Match(() => application, a => a.Application.Evidence.Count == 0);
        Then().Do(ctx => Yield(ctx, application));
    }

    private static void Yield(IContext ctx, ApplicationFact a) =>
        Info.Finding(a, "K4.NoEvidence", FindingOutcome.NotMet).RejectsApplication().With("site", a.Application.Site.Name).InsertInto(ctx);
}

/// <summary>K4 met or warned: how far current site-level evidence documents insecurity, which sets the evidence quality score.</summary>
[Name("K4.Confidence")]
[Description("Current site-level evidence of enough different kinds gives full confidence; fewer kinds lower it; area-level or outdated evidence only gives the weak score and a warning.")]
[Criterion("K4", CriterionEffect.Warning, Source = CriterionSources.Principles)]
public sealed class K4EvidenceConfidenceRule : Rule
{
    private static readonly RuleInfo Info = RuleInfo.Of(typeof(K4EvidenceConfidenceRule));

    /// <inheritdoc/>
    public override void Define()
    {
        ApplicationFact application = null!;
        When().Match(() => application, a => a.Application.Evidence.Count > 0);
        Then().Do(ctx => Yield(ctx, application));
    }

    private static void Yield(IContext ctx, ApplicationFact a)
    {
        var parameters = a.Context.Parameters;
        var evidence = EvidenceAge.Split(a);
        EvidenceKind[] siteKinds = [.. evidence.Current.Where(e => e.Scope == EvidenceScope.Site).Select(e => e.Kind).Distinct().Order()];
        var needed = parameters.EvidenceSiteKindsForFullConfidence;
        FindingBuilder finding;
        if (siteKinds.Length >= needed.Value)
        {
            finding = Info.Finding(a, "K4.SiteEvidence", FindingOutcome.Met)
                .Scores(QualityDimension.Evidence, parameters.EvidenceConfidenceFull.Value).With("confidence", parameters.EvidenceConfidenceFull);
        }
        else if (siteKinds.Length > 0)
        {
            finding = Info.Finding(a, "K4.PartialSiteEvidence", FindingOutcome.Met)
                .Scores(QualityDimension.Evidence, parameters.EvidenceConfidencePartial.Value).With("confidence", parameters.EvidenceConfidencePartial);
        }
        else if (evidence.Current.Count > 0)
        {
            EvidenceKind[] kinds = [.. evidence.Current.Select(e => e.Kind).Distinct().Order()];
            finding = Info.Finding(a, "K4.AreaEvidenceOnly", FindingOutcome.Warning)
                .Scores(QualityDimension.Evidence, parameters.EvidenceConfidenceWeak.Value).With("confidence", parameters.EvidenceConfidenceWeak)
                .With("areaKinds", kinds);
        }
        else
        {
            finding = Info.Finding(a, "K4.OutdatedEvidenceOnly", FindingOutcome.Warning)
                .Scores(QualityDimension.Evidence, parameters.EvidenceConfidenceWeak.Value).With("confidence", parameters.EvidenceConfidenceWeak)
                .With("latest", a.Application.Evidence.Max(e => e.Date));
        }

        finding.With("site", a.Application.Site.Name).With("kinds", siteKinds).With("count", siteKinds.Length)
            .With("needed", needed).With("maxAgeYears", parameters.EvidenceCurrentWithinYears).InsertInto(ctx);
    }
}

/// <summary>K4 info: some evidence is older than the current window and was not counted, while newer evidence exists.</summary>
[Name("K4.OutdatedEvidenceIgnored")]
[Description("Evidence older than the current window is not counted when newer evidence exists; the case officer is told.")]
[Criterion("K4", CriterionEffect.Info, Source = CriterionSources.Principles)]
public sealed class K4OutdatedEvidenceRule : Rule
{
    private static readonly RuleInfo Info = RuleInfo.Of(typeof(K4OutdatedEvidenceRule));

    /// <inheritdoc/>
    public override void Define()
    {
        ApplicationFact application = null!;
        When().Match(() => application, a => EvidenceAge.HasCurrentAndOutdated(a));
        Then().Do(ctx => Yield(ctx, application));
    }

    private static void Yield(IContext ctx, ApplicationFact a)
    {
        var evidence = EvidenceAge.Split(a);
        Info.Finding(a, "K4.OutdatedEvidenceIgnored", FindingOutcome.Info)
            .With("count", evidence.Outdated.Count).With("maxAgeYears", a.Context.Parameters.EvidenceCurrentWithinYears).InsertInto(ctx);
    }
}

/// <summary>Splits an application's evidence into current and outdated as of the assessment date.</summary>
internal static class EvidenceAge
{
    public static (IReadOnlyList<Evidence> Current, IReadOnlyList<Evidence> Outdated) Split(ApplicationFact a)
    {
        var cutoff = Cutoff(a);
        var current = new List<Evidence>(a.Application.Evidence.Count);
        var outdated = new List<Evidence>();
        foreach (var e in a.Application.Evidence)
        {
            (e.Date >= cutoff ? current : outdated).Add(e);
        }

        return (current, outdated);
    }

    public static bool HasCurrentAndOutdated(ApplicationFact a)
    {
        var cutoff = Cutoff(a);
        return a.Application.Evidence.Any(e => e.Date >= cutoff) && a.Application.Evidence.Any(e => e.Date < cutoff);
    }

    private static DateOnly Cutoff(ApplicationFact a) => a.Context.AssessmentDate.AddYears(-a.Context.Parameters.EvidenceCurrentWithinYears.Value);
}
