namespace Trygghet.Rules.Criteria;

using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Trygghet.Rules.Assessment;

// K9 Avstämning av utkast med stadsledningskontoret: drafts are checked with the city office before submission.
// Stockholm 2024 urges it: information and feedback, nothing more.

/// <summary>K9 met: the draft was checked with the city office.</summary>
[Name("K9.DraftReviewed")]
[Description("The draft was checked with the city office before submission.")]
[Criterion("K9", CriterionEffect.Info, Source = CriterionSources.Decision2024)]
public sealed class K9DraftReviewedRule : Rule
{
    private static readonly RuleInfo Info = RuleInfo.Of(typeof(K9DraftReviewedRule));

    /// <inheritdoc/>
    public override void Define()
    {
        ApplicationFact application = null!;
        When().Match(() => application, a => a.Application.DraftReviewedByCityOffice);
        Then().Do(ctx => Yield(ctx, application));
    }

    private static void Yield(IContext ctx, ApplicationFact a) => Info.Finding(a, "K9.DraftReviewed", FindingOutcome.Met).InsertInto(ctx);
}

/// <summary>K9 info: the draft was not checked with the city office; feedback urges it next time.</summary>
[Name("K9.DraftNotReviewed")]
[Description("The draft was not checked with the city office: information and feedback.")]
[Criterion("K9", CriterionEffect.Info, Source = CriterionSources.Decision2024)]
public sealed class K9DraftNotReviewedRule : Rule
{
    private static readonly RuleInfo Info = RuleInfo.Of(typeof(K9DraftNotReviewedRule));

    /// <inheritdoc/>
    public override void Define()
    {
        ApplicationFact application = null!;
        When().Match(() => application, a => !a.Application.DraftReviewedByCityOffice);
        Then().Do(ctx => Yield(ctx, application));
    }

    private static void Yield(IContext ctx, ApplicationFact a) => Info.Finding(a, "K9.DraftNotReviewed", FindingOutcome.Info).InsertInto(ctx);
}
