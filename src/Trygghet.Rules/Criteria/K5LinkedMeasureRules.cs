namespace Trygghet.Rules.Criteria;

using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;

// K5 Logiskt kopplad åtgärd: each measure addresses the stated problem, by the link table of the parameters. A component
// whose measure no named problem links to is excluded; when no component is linked the application is rejected. A
// problem of kind 'other' needs a person's judgement: a warning, and no component is excluded or the application
// rejected for want of a link. Components of measure 'other' are K2's concern and left out here.
// The logic score is the share of requested investment that is linked; investment whose link rests on an 'other'
// problem counts with the judgement weight.

/// <summary>K5 met: the measures address the named problems.</summary>
[Name("K5.Linked")]
[Description("At least one component's measure addresses a named problem by the link table; sets the logic score.")]
[Criterion("K5", CriterionEffect.ComponentExclusion, Source = CriterionSources.Principles)]
public sealed class K5LinkedRule : Rule
{
    private static readonly RuleInfo Info = RuleInfo.Of(typeof(K5LinkedRule));

    /// <inheritdoc/>
    public override void Define()
    {
        ApplicationFact application = null!;
        When().Match(() => application, a => !a.HasOtherProblem, a => a.Components.Any(c => MeasureLinks.IsLinked(c)));
        Then().Do(ctx => Yield(ctx, application));
    }

    private static void Yield(IContext ctx, ApplicationFact a)
    {
        Measure[] linked = [.. a.Application.Components.Select(c => c.Measure).Where(a.LinkedMeasures.Contains).Distinct().Order()];
        MeasureLinks.WithLinksUsed(Info.Finding(a, "K5.Linked", FindingOutcome.Met), a)
            .Scores(QualityDimension.Logic, MeasureLinks.LogicScore(a)).With("measures", linked).InsertInto(ctx);
    }
}

/// <summary>K5 not met: no component addresses the named problems; the application is rejected.</summary>
[Name("K5.NoLinkedMeasure")]
[Description("No component's measure addresses a named problem, and no problem of kind 'other' calls for judgement: the application is rejected.")]
[Criterion("K5", CriterionEffect.Gate, Source = CriterionSources.Principles)]
public sealed class K5NoLinkedMeasureRule : Rule
{
    private static readonly RuleInfo Info = RuleInfo.Of(typeof(K5NoLinkedMeasureRule));

    /// <inheritdoc/>
    public override void Define()
    {
        ApplicationFact application = null!;
        When().Match(() => application, a => !a.HasOtherProblem, a => !a.Components.Any(c => MeasureLinks.IsLinked(c)));
        Then().Do(ctx => Yield(ctx, application));
    }

    private static void Yield(IContext ctx, ApplicationFact a)
    {
        Measure[] measures = [.. a.Application.Components.Select(c => c.Measure).Distinct().Order()];
        MeasureLinks.WithLinksUsed(Info.Finding(a, "K5.NoLinkedMeasure", FindingOutcome.NotMet), a)
            .RejectsApplication().With("measures", measures).InsertInto(ctx);
    }
}

/// <summary>K5 not met for a component: its measure addresses none of the named problems, so its cost is excluded.</summary>
[Name("K5.NotLinked")]
[Description("A component whose measure addresses none of the named problems is excluded.")]
[Criterion("K5", CriterionEffect.ComponentExclusion, Source = CriterionSources.Principles)]
public sealed class K5NotLinkedRule : Rule
{
    private static readonly RuleInfo Info = RuleInfo.Of(typeof(K5NotLinkedRule));

    /// <inheritdoc/>
    public override void Define()
    {
        ComponentFact component = null!;
        When().Match(
            () => component,
            c => !c.Owner.HasOtherProblem,
            c => c.Component.Measure != Measure.Other,
            c => !MeasureLinks.IsLinked(c));
        Then().Do(ctx => Yield(ctx, component));
    }

    private static void Yield(IContext ctx, ComponentFact c) =>
        MeasureLinks.WithLinksUsed(Info.Finding(c.Owner, "K5.NotLinked", FindingOutcome.NotMet), c.Owner)
            .About(c).Excludes(c.Component.Cost).With("measure", c.Component.Measure).With("cost", c.Component.Cost).InsertInto(ctx);
}

/// <summary>K5 warning: the problem includes the kind 'other', so the link between problem and measures needs a person's judgement.</summary>
[Name("K5.OtherProblem")]
[Description("A problem of kind 'other' has no links by default: a warning for a person's judgement; sets the logic score with the judgement weight.")]
[Criterion("K5", CriterionEffect.Warning, Source = CriterionSources.Principles)]
public sealed class K5OtherProblemRule : Rule
{
    private static readonly RuleInfo Info = RuleInfo.Of(typeof(K5OtherProblemRule));

    /// <inheritdoc/>
    public override void Define()
    {
        ApplicationFact application = null!;
        When().Match(() => application, a => a.HasOtherProblem);
        Then().Do(ctx => Yield(ctx, application));
    }

    private static void Yield(IContext ctx, ApplicationFact a) =>
        MeasureLinks.WithLinksUsed(Info.Finding(a, "K5.OtherProblem", FindingOutcome.Warning), a)
            .Scores(QualityDimension.Logic, MeasureLinks.LogicScore(a)).Uses(a.Context.Parameters.LogicJudgementWeight).InsertInto(ctx);
}

/// <summary>K5 warning for a component: with an 'other' problem, a component no named problem links to is kept for a person's judgement.</summary>
[Name("K5.LinkNeedsJudgement")]
[Description("With a problem of kind 'other', a component that no named problem links to is not excluded; its link needs a person's judgement.")]
[Criterion("K5", CriterionEffect.Warning, Source = CriterionSources.Principles)]
public sealed class K5LinkNeedsJudgementRule : Rule
{
    private static readonly RuleInfo Info = RuleInfo.Of(typeof(K5LinkNeedsJudgementRule));

    /// <inheritdoc/>
    public override void Define()
    {
        ComponentFact component = null!;
        When().Match(
            () => component,
            c => c.Owner.HasOtherProblem,
            c => c.Component.Measure != Measure.Other,
            c => !MeasureLinks.IsLinked(c));
        Then().Do(ctx => Yield(ctx, component));
    }

    private static void Yield(IContext ctx, ComponentFact c) =>
        MeasureLinks.WithLinksUsed(Info.Finding(c.Owner, "K5.LinkNeedsJudgement", FindingOutcome.Warning), c.Owner)
            .About(c).With("measure", c.Component.Measure).InsertInto(ctx);
}

/// <summary>The K5 link test and logic score, shared by the K5 rules.</summary>
internal static class MeasureLinks
{
    public static bool IsLinked(ComponentFact c) => c.Owner.LinkedMeasures.Contains(c.Component.Measure);

    public static FindingBuilder WithLinksUsed(FindingBuilder finding, ApplicationFact a)
    {
        var parameters = a.Context.Parameters;
        foreach (var kind in a.Application.Problem.Kinds.Distinct().Order())
        {
            finding.Uses(parameters.Links(kind));
        }

        return finding.With("problems", a.Application.Problem.Kinds.Distinct().Order().ToArray());
    }

    public static double LogicScore(ApplicationFact a)
    {
        var investment = Sek.Zero;
        var linked = Sek.Zero;
        var judged = Sek.Zero;
        foreach (var c in a.Components)
        {
            if (c.Component.CostType != CostType.Investment)
            {
                continue;
            }

            investment += c.Component.Cost;
            if (IsLinked(c))
            {
                linked += c.Component.Cost;
            }
            else if (a.HasOtherProblem && c.Component.Measure != Measure.Other)
            {
                judged += c.Component.Cost;
            }
        }

        if (investment == Sek.Zero)
        {
            return 0.0;
        }

        var weight = a.Context.Parameters.LogicJudgementWeight.Value;
        return Math.Min(1.0, (linked.Kronor + (weight * judged.Kronor)) / investment.Kronor);
    }
}
