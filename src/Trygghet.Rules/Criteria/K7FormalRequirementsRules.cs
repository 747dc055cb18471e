namespace Trygghet.Rules.Criteria;

using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;

// K7 Formaliakrav: the board's decision, a cost breakdown, a timetable and a contact person. Any missing one returns the
// application as incomplete (the other criteria are still evaluated, so the feedback is complete). The funds are
// capital (investeringsmedel), so running-cost components are excluded. Deliverability, which the city audit asked
// for, is judged here too: a maintenance owner and a follow-up plan set the deliverability score.

/// <summary>K7 met: every formal requirement is met.</summary>
[Name("K7.FormalRequirements")]
[Description("The board's decision, a cost breakdown, a timetable and a contact person are all there.")]
[Criterion("K7", CriterionEffect.Incomplete, Source = CriterionSources.Principles)]
public sealed class K7FormalRequirementsMetRule : Rule
{
    private static readonly RuleInfo Info = RuleInfo.Of(typeof(K7FormalRequirementsMetRule));

    /// <inheritdoc/>
    public override void Define()
    {
        ApplicationFact application = null!;
        When().Match(() => application, a => a.Application.Formal.AllMet);
        Then().Do(ctx => Yield(ctx, application));
    }

    private static void Yield(IContext ctx, ApplicationFact a) => Info.Finding(a, "K7.FormalRequirements", FindingOutcome.Met).InsertInto(ctx);
}

/// <summary>K7 not met: a formal requirement is missing, so the application is returned as incomplete; one finding per missing requirement.</summary>
[Name("K7.MissingFormalRequirement")]
[Description("Each missing formal requirement yields a finding and returns the application as incomplete.")]
[Criterion("K7", CriterionEffect.Incomplete, Source = CriterionSources.Principles)]
public sealed class K7MissingFormalRequirementRule : Rule
{
    private static readonly RuleInfo Info = RuleInfo.Of(typeof(K7MissingFormalRequirementRule));

    /// <inheritdoc/>
    public override void Define()
    {
        ApplicationFact application = null!;
        When().Match(() => application, a => !a.Application.Formal.AllMet);
        Then().Do(ctx => Yield(ctx, application));
    }

    private static void Yield(IContext ctx, ApplicationFact a)
    {
        var formal = a.Application.Formal;
        Missing(ctx, a, !formal.BoardDecision, "K7.NoBoardDecision");
        Missing(ctx, a, !formal.CostBreakdown, "K7.NoCostBreakdown");
        Missing(ctx, a, !formal.Timetable, "K7.NoTimetable");
        Missing(ctx, a, !formal.ContactPerson, "K7.NoContactPerson");
    }

    private static void Missing(IContext ctx, ApplicationFact a, bool missing, string code)
    {
        if (missing)
        {
            Info.Finding(a, code, FindingOutcome.NotMet).ReturnsApplication().InsertInto(ctx);
        }
    }
}

/// <summary>K7 not met for a component: it is a running cost, which capital funds do not cover, so its cost is excluded.</summary>
[Name("K7.OperatingCost")]
[Description("A running-cost component is excluded: the funds are capital (investeringsmedel).")]
[Criterion("K7", CriterionEffect.ComponentExclusion, Source = CriterionSources.Principles)]
public sealed class K7OperatingCostRule : Rule
{
    private static readonly RuleInfo Info = RuleInfo.Of(typeof(K7OperatingCostRule));

    /// <inheritdoc/>
    public override void Define()
    {
        ComponentFact component = null!;
        When().Match(() => component, c => c.Component.CostType == CostType.Operating);
        Then().Do(ctx => Yield(ctx, component));
    }

    private static void Yield(IContext ctx, ComponentFact c) =>
        Info.Finding(c.Owner, "K7.OperatingCost", FindingOutcome.NotMet).About(c).Excludes(c.Component.Cost).With("cost", c.Component.Cost).InsertInto(ctx);
}

/// <summary>K7 deliverability: a maintenance owner and a follow-up plan set the deliverability score; a missing one yields feedback.</summary>
[Name("K7.Deliverability")]
[Description("A named maintenance owner and a follow-up plan give full deliverability; one missing lowers it, both missing lower it more.")]
[Criterion("K7", CriterionEffect.Info, Source = CriterionSources.CityAudit2017)]
public sealed class K7DeliverabilityRule : Rule
{
    private static readonly RuleInfo Info = RuleInfo.Of(typeof(K7DeliverabilityRule));

    /// <inheritdoc/>
    public override void Define()
    {
        ApplicationFact application = null!;
        When().Match(() => application);
        Then().Do(ctx => Yield(ctx, application));
    }

    private static void Yield(IContext ctx, ApplicationFact a)
    {
        var parameters = a.Context.Parameters;
        var owner = a.Application.MaintenanceOwner;
        var plan = a.Application.FollowUpPlan;
        var hasOwner = !string.IsNullOrWhiteSpace(owner);
        var hasPlan = !string.IsNullOrWhiteSpace(plan);
        var finding = (hasOwner, hasPlan) switch
        {
            (true, true) => Info.Finding(a, "K7.MaintenanceAndFollowUp", FindingOutcome.Met).With("maintenanceOwner", owner!).With("followUpPlan", plan!)
                .Scores(QualityDimension.Deliverability, parameters.DeliverabilityFull.Value).Uses(parameters.DeliverabilityFull),
            (false, true) => Info.Finding(a, "K7.NoMaintenanceOwner", FindingOutcome.Info).With("followUpPlan", plan!)
                .Scores(QualityDimension.Deliverability, parameters.DeliverabilityOneMissing.Value).Uses(parameters.DeliverabilityOneMissing),
            (true, false) => Info.Finding(a, "K7.NoFollowUpPlan", FindingOutcome.Info).With("maintenanceOwner", owner!)
                .Scores(QualityDimension.Deliverability, parameters.DeliverabilityOneMissing.Value).Uses(parameters.DeliverabilityOneMissing),
            (false, false) => Info.Finding(a, "K7.NoMaintenanceOwnerOrFollowUpPlan", FindingOutcome.Info)
                .Scores(QualityDimension.Deliverability, parameters.DeliverabilityBothMissing.Value).Uses(parameters.DeliverabilityBothMissing),
        };
        finding.InsertInto(ctx);
    }
}
