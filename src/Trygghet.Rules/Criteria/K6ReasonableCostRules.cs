namespace Trygghet.Rules.Criteria;

using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;

// K6 Rimliga kostnader: cost is reasonable for the measure. A lighting investment component given per benchmark unit
// (lightPoint) may cost up to benchmark × tolerance per unit; above that, its eligible amount is capped at
// benchmark × tolerance × quantity, rounded down to the krona so the cap never exceeds the product. A lighting
// component without a quantity in the benchmark's unit cannot be judged: it is not capped, and a warning asks for a
// cost breakdown. Running-cost components are K7's concern and left out here.

/// <summary>K6 met for a lighting component: its cost per unit is within the benchmark times the tolerance.</summary>
[Name("K6.WithinBenchmark")]
[Description("A lighting component's cost per light point is within the benchmark times the tolerance.")]
[Criterion("K6", CriterionEffect.CostCap, Source = CriterionSources.Principles)]
public sealed class K6WithinBenchmarkRule : Rule
{
    private static readonly RuleInfo Info = RuleInfo.Of(typeof(K6WithinBenchmarkRule));

    /// <inheritdoc/>
    public override void Define()
    {
        ComponentFact component = null!;
        When().Match(() => component, c => LightingCost.IsJudgeable(c), c => c.Component.Cost <= LightingCost.Cap(c));
        Then().Do(ctx => Yield(ctx, component));
    }

    private static void Yield(IContext ctx, ComponentFact c) =>
        LightingCost.Describe(Info.Finding(c.Owner, "K6.WithinBenchmark", FindingOutcome.Met), c).InsertInto(ctx);
}

/// <summary>K6 not met for a lighting component: its cost per unit exceeds the benchmark times the tolerance, so the eligible amount is capped.</summary>
[Name("K6.Capped")]
[Description("A lighting component costing more than the benchmark times the tolerance per light point is capped at benchmark × tolerance × quantity.")]
[Criterion("K6", CriterionEffect.CostCap, Source = CriterionSources.Principles)]
public sealed class K6CappedRule : Rule
{
    private static readonly RuleInfo Info = RuleInfo.Of(typeof(K6CappedRule));

    /// <inheritdoc/>
    public override void Define()
    {
        ComponentFact component = null!;
        When().Match(() => component, c => LightingCost.IsJudgeable(c), c => c.Component.Cost > LightingCost.Cap(c));
        Then().Do(ctx => Yield(ctx, component));
    }

    private static void Yield(IContext ctx, ComponentFact c)
    {
        var capped = c.Component.Cost - LightingCost.Cap(c);
        LightingCost.Describe(Info.Finding(c.Owner, "K6.Capped", FindingOutcome.NotMet), c).Caps(capped).With("capped", capped).InsertInto(ctx);
    }
}

/// <summary>K6 warning for a lighting component: without a quantity in the benchmark's unit its cost cannot be judged, so it is not capped.</summary>
[Name("K6.CostNotJudgeable")]
[Description("A lighting component without a quantity in light points cannot be judged against the benchmark: not capped, a warning and a request for a cost breakdown.")]
[Criterion("K6", CriterionEffect.Warning, Source = CriterionSources.Principles)]
public sealed class K6CostNotJudgeableRule : Rule
{
    private static readonly RuleInfo Info = RuleInfo.Of(typeof(K6CostNotJudgeableRule));

    /// <inheritdoc/>
    public override void Define()
    {
        ComponentFact component = null!;
        When().Match(() => component, c => LightingCost.HasBenchmark(c), c => !LightingCost.IsJudgeable(c));
        Then().Do(ctx => Yield(ctx, component));
    }

    private static void Yield(IContext ctx, ComponentFact c) =>
        Info.Finding(c.Owner, "K6.CostNotJudgeable", FindingOutcome.Warning).About(c)
            .With("cost", c.Component.Cost).With("unit", c.Owner.Context.Parameters.LightingBenchmarkUnit).InsertInto(ctx);
}

/// <summary>The K6 lighting benchmark: which components it applies to and the cap it sets.</summary>
internal static class LightingCost
{
    public static bool HasBenchmark(ComponentFact c) => c.Component is { Measure: Measure.Lighting, CostType: CostType.Investment };

    public static bool IsJudgeable(ComponentFact c) =>
        HasBenchmark(c)
        && c.Component.Quantity is > 0m
        && string.Equals(c.Component.Unit, c.Owner.Context.Parameters.LightingBenchmarkUnit.Value, StringComparison.Ordinal);

    public static Sek Cap(ComponentFact c)
    {
        var parameters = c.Owner.Context.Parameters;
        var cap = parameters.LightingBenchmarkPerUnit.Value.Kronor * parameters.CostTolerance.Value * c.Component.Quantity!.Value;
        return Sek.FromKronor(decimal.ToInt64(decimal.Floor(cap)));
    }

    public static FindingBuilder Describe(FindingBuilder finding, ComponentFact c)
    {
        var parameters = c.Owner.Context.Parameters;
        var quantity = c.Component.Quantity!.Value;
        var perUnit = Sek.FromKronor(decimal.ToInt64(decimal.Round(c.Component.Cost.Kronor / quantity, MidpointRounding.AwayFromZero)));
        return finding.About(c)
            .With("cost", c.Component.Cost).With("quantity", quantity).With("perUnit", perUnit)
            .With("benchmark", parameters.LightingBenchmarkPerUnit).With("tolerance", parameters.CostTolerance)
            .Uses(parameters.LightingBenchmarkUnit).With("cap", Cap(c));
    }
}
