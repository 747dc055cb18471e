namespace Trygghet.Rules.Criteria;

using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Parameters;

// The boverket-grant rule set's own criteria, modelled on Boverket's grants (domain brief, "Practice found in comparable
// schemes"): B1 the state pays at most a share of the cost, B2 a minimum project cost, B3 durable measures only, B4 a
// final report. The brief summarises the schemes; the exact wording of the ordinances is not encoded.

/// <summary>The documents the <c>boverket-grant</c> criteria come from.</summary>
public static class BoverketSources
{
    /// <summary>Boverket's grants for outdoor environments and for green and safe communities, as the domain brief summarises them.</summary>
    public const string Grants = "Förordning (2016:848) om bidrag för att anlägga och rusta upp utemiljöer; Boverket 2021 gröna och trygga samhällen";
}

/// <summary>B1: the grant is capped at the state's share of each eligible component's cost; the rest is the applicant's co-funding.</summary>
/// <remarks>The state's part is the cost times <see cref="BoverketParameters.StateShare"/> rounded down to the krona, so the state never pays more than its share; the rest is capped away.</remarks>
[Name("B1.StateShare")]
[Description("The state pays at most its share of each component's cost; the rest is capped away as co-funding.")]
[Criterion("B1", CriterionEffect.CostCap, Source = BoverketSources.Grants)]
public sealed class B1StateShareRule : Rule
{
    private static readonly RuleInfo Info = RuleInfo.Of(typeof(B1StateShareRule));

    /// <inheritdoc/>
    public override void Define()
    {
        ComponentFact component = null!;
        When().Match(() => component, c => c.Component.Cost > Sek.Zero);
        Then().Do(ctx => Yield(ctx, component));
    }

    private static void Yield(IContext ctx, ComponentFact c)
    {
        var share = c.Owner.Context.Parameters.Get(BoverketParameters.StateShare);
        var cost = c.Component.Cost;
        var stateShare = Sek.FromKronor(decimal.ToInt64(decimal.Floor(cost.Kronor * Math.Clamp(share.Value, 0m, 1m))));
        Info.Finding(c.Owner, "B1.StateShare", FindingOutcome.Info).About(c).Caps(cost - stateShare)
            .With("share", share).With("cost", cost).With("grant", stateShare).With("coFunding", cost - stateShare).InsertInto(ctx);
    }
}

/// <summary>B2: a project whose total cost is below the minimum is rejected.</summary>
[Name("B2.BelowMinimumCost")]
[Description("A project whose total cost is below the minimum project cost is rejected.")]
[Criterion("B2", CriterionEffect.Gate, Source = BoverketSources.Grants)]
public sealed class B2BelowMinimumCostRule : Rule
{
    private static readonly RuleInfo Info = RuleInfo.Of(typeof(B2BelowMinimumCostRule));

    /// <inheritdoc/>
    public override void Define()
    {
        ApplicationFact application = null!;
        When().Match(() => application, a => a.Application.Requested < a.Context.Parameters.Get(BoverketParameters.MinimumProjectCost).Value);
        Then().Do(ctx => Info.Finding(application, "B2.BelowMinimumCost", FindingOutcome.NotMet).RejectsApplication()
            .With("cost", application.Application.Requested).With("minimum", application.Context.Parameters.Get(BoverketParameters.MinimumProjectCost)).InsertInto(ctx));
    }
}

/// <summary>B2 met: the project's total cost reaches the minimum.</summary>
[Name("B2.MinimumCostMet")]
[Description("The project's total cost reaches the minimum project cost.")]
[Criterion("B2", CriterionEffect.Gate, Source = BoverketSources.Grants)]
public sealed class B2MinimumCostMetRule : Rule
{
    private static readonly RuleInfo Info = RuleInfo.Of(typeof(B2MinimumCostMetRule));

    /// <inheritdoc/>
    public override void Define()
    {
        ApplicationFact application = null!;
        When().Match(() => application, a => a.Application.Requested >= a.Context.Parameters.Get(BoverketParameters.MinimumProjectCost).Value);
        Then().Do(ctx => Info.Finding(application, "B2.MinimumCostMet", FindingOutcome.Met)
            .With("cost", application.Application.Requested).With("minimum", application.Context.Parameters.Get(BoverketParameters.MinimumProjectCost)).InsertInto(ctx));
    }
}

/// <summary>B3: only durable measures are funded; a running cost, or a component with a stated lifetime below the minimum, is excluded.</summary>
/// <remarks>A component that states no lifetime is taken as durable; the measure kind alone decides nothing, since activation covers lasting installations such as outdoor gyms as well as events.</remarks>
[Name("B3.NotDurable")]
[Description("A running cost or a component whose stated lifetime is below the minimum is not durable and is excluded.")]
[Criterion("B3", CriterionEffect.ComponentExclusion, Source = BoverketSources.Grants)]
public sealed class B3NotDurableRule : Rule
{
    private static readonly RuleInfo Info = RuleInfo.Of(typeof(B3NotDurableRule));

    /// <inheritdoc/>
    public override void Define()
    {
        ComponentFact component = null!;
        When().Match(
            () => component,
            c => c.Component.CostType == CostType.Operating
                || (c.Component.LifetimeYears != null && c.Component.LifetimeYears < c.Owner.Context.Parameters.Get(BoverketParameters.MinimumLifetimeYears).Value));
        Then().Do(ctx => Yield(ctx, component));
    }

    private static void Yield(IContext ctx, ComponentFact c)
    {
        var minimum = c.Owner.Context.Parameters.Get(BoverketParameters.MinimumLifetimeYears);
        var code = c.Component.CostType == CostType.Operating ? "B3.OperatingCost" : "B3.ShortLived";
        Info.Finding(c.Owner, code, FindingOutcome.NotMet).About(c).Excludes(c.Component.Cost)
            .With("cost", c.Component.Cost).With("lifetime", c.Component.LifetimeYears ?? 0).With("minimum", minimum).InsertInto(ctx);
    }
}

/// <summary>B4: a final report is required; an application with no follow-up plan is returned as incomplete.</summary>
[Name("B4.NoFinalReport")]
[Description("An application that plans no follow-up, and so no final report, is returned as incomplete.")]
[Criterion("B4", CriterionEffect.Incomplete, Source = BoverketSources.Grants)]
public sealed class B4NoFinalReportRule : Rule
{
    private static readonly RuleInfo Info = RuleInfo.Of(typeof(B4NoFinalReportRule));

    /// <inheritdoc/>
    public override void Define()
    {
        ApplicationFact application = null!;
        When().Match(() => application, a => string.IsNullOrWhiteSpace(a.Application.FollowUpPlan));
        Then().Do(ctx => Info.Finding(application, "B4.NoFinalReport", FindingOutcome.NotMet).ReturnsApplication().InsertInto(ctx));
    }
}

/// <summary>B4 met: the application plans the follow-up the final report will give.</summary>
[Name("B4.FinalReportPlanned")]
[Description("The application plans the follow-up the final report will give.")]
[Criterion("B4", CriterionEffect.Incomplete, Source = BoverketSources.Grants)]
public sealed class B4FinalReportPlannedRule : Rule
{
    private static readonly RuleInfo Info = RuleInfo.Of(typeof(B4FinalReportPlannedRule));

    /// <inheritdoc/>
    public override void Define()
    {
        ApplicationFact application = null!;
        When().Match(() => application, a => !string.IsNullOrWhiteSpace(a.Application.FollowUpPlan));
        Then().Do(ctx => Info.Finding(application, "B4.FinalReportPlanned", FindingOutcome.Met).With("followUpPlan", application.Application.FollowUpPlan!).InsertInto(ctx));
    }
}
