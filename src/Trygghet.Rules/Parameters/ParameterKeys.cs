namespace Trygghet.Rules.Parameters;

using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;

/// <summary>The keys of the parameters the criteria and the impact model read; every rule set's <see cref="ParameterSet"/> holds them all.</summary>
public static class ParameterKeys
{
    private static readonly ParameterKey<MeasureSet>[] LinkKeys = [.. Enum.GetValues<ProblemKind>().Select(k => new ParameterKey<MeasureSet>(
        "links." + ParameterFormat.WireName(k),
        $"K5: the measures that address the problem '{ParameterFormat.WireName(k)}'."))];

    private static readonly ParameterKey<double>[] PriorKeys = [.. Enum.GetValues<Measure>().Select(m => new ParameterKey<double>(
        "impact.prior." + ParameterFormat.WireName(m),
        $"Impact: the default relative reduction of insecurity e_k for the measure '{ParameterFormat.WireName(m)}' (0-1).") { Range = ParameterRange.Share })];

    private static readonly ParameterKey<int>[] HorizonKeys = [.. Enum.GetValues<Measure>().Select(m => new ParameterKey<int>(
        "impact.horizonYears." + ParameterFormat.WireName(m),
        $"Impact: the horizon H in years over which the measure '{ParameterFormat.WireName(m)}' takes effect."))];

    /// <summary>Gets the key of how many years before the assessment date evidence still counts as current (K4).</summary>
    public static ParameterKey<int> EvidenceCurrentWithinYears { get; } = new(
        "evidence.currentWithinYears", "K4: evidence counts as current when dated within this many years before the assessment date.");

    /// <summary>Gets the key of how many site-level evidence kinds give full confidence (K4).</summary>
    public static ParameterKey<int> EvidenceSiteKindsForFullConfidence { get; } = new(
        "evidence.siteKindsForFullConfidence", "K4: the number of current site-level evidence sources of different kinds that gives full confidence.");

    /// <summary>Gets the key of the evidence score with enough site-level evidence kinds (K4).</summary>
    public static ParameterKey<double> EvidenceConfidenceFull { get; } = new(
        "evidence.confidence.full", "K4: the evidence quality score with enough current site-level evidence kinds.") { Range = ParameterRange.Share };

    /// <summary>Gets the key of the evidence score with fewer site-level evidence kinds than full confidence needs (K4).</summary>
    public static ParameterKey<double> EvidenceConfidencePartial { get; } = new(
        "evidence.confidence.partialSite", "K4: the evidence quality score with current site-level evidence of fewer kinds than full confidence needs.") { Range = ParameterRange.Share };

    /// <summary>Gets the key of the evidence score with only area-level, city-level or outdated evidence (K4).</summary>
    public static ParameterKey<double> EvidenceConfidenceWeak { get; } = new(
        "evidence.confidence.weak", "K4: the evidence quality score with only area-level or city-level current evidence, or only outdated evidence.") { Range = ParameterRange.Share };

    /// <summary>Gets the key of the unit the lighting cost benchmark is given per (K6).</summary>
    public static ParameterKey<string> LightingBenchmarkUnit { get; } = new(
        "cost.lighting.unit", "K6: the unit of quantity the lighting cost benchmark is given per.");

    /// <summary>Gets the key of the lighting cost benchmark per unit (K6).</summary>
    public static ParameterKey<Sek> LightingBenchmarkPerUnit { get; } = new(
        "cost.lighting.benchmarkPerUnit", "K6: the benchmark cost of lighting per unit, in whole kronor.");

    /// <summary>Gets the key of the tolerance factor on a cost benchmark before the cost is capped (K6).</summary>
    public static ParameterKey<decimal> CostTolerance { get; } = new(
        "cost.tolerance", "K6: a cost above benchmark times this factor is capped at benchmark times this factor times the quantity.") { Range = ParameterRange.NotNegative };

    /// <summary>Gets the key of the weight a component linked only to an 'other' problem carries in the logic score (K5).</summary>
    public static ParameterKey<double> LogicJudgementWeight { get; } = new(
        "quality.logic.judgementWeight", "K5: the weight, in the logic score, of investment whose link rests on an 'other' problem that needs a person's judgement.") { Range = ParameterRange.Share };

    /// <summary>Gets the key of the deliverability score with both a maintenance owner and a follow-up plan.</summary>
    public static ParameterKey<double> DeliverabilityFull { get; } = new(
        "quality.deliverability.full", "The deliverability score with both a maintenance owner and a follow-up plan.") { Range = ParameterRange.Share };

    /// <summary>Gets the key of the deliverability score with one of maintenance owner and follow-up plan missing.</summary>
    public static ParameterKey<double> DeliverabilityOneMissing { get; } = new(
        "quality.deliverability.oneMissing", "The deliverability score with either the maintenance owner or the follow-up plan missing.") { Range = ParameterRange.Share };

    /// <summary>Gets the key of the deliverability score with both maintenance owner and follow-up plan missing.</summary>
    public static ParameterKey<double> DeliverabilityBothMissing { get; } = new(
        "quality.deliverability.bothMissing", "The deliverability score with neither a maintenance owner nor a follow-up plan.") { Range = ParameterRange.Share };

    /// <summary>Gets the key of the cap on the package's relative reduction E (impact model).</summary>
    public static ParameterKey<double> ImpactReductionCap { get; } = new(
        "impact.reductionCap", "Impact: E = 1 - product(1 - e_k) is capped at this value.") { Range = ParameterRange.Share };

    /// <summary>Gets the key of the baseline share U who feel unsafe when neither the site nor the district gives one (impact model).</summary>
    public static ParameterKey<double> ImpactDefaultUnsafeShare { get; } = new(
        "impact.defaultUnsafeShare", "Impact: the baseline share U who feel unsafe at night when the application gives none.") { Range = ParameterRange.Share };

    /// <summary>Gets the key of the number of people affected A when the application gives none (impact model).</summary>
    public static ParameterKey<int> ImpactDefaultAffectedPeople { get; } = new(
        "impact.defaultAffectedPeople", "Impact: the number of people affected A when the application gives none.");

    /// <summary>Gets the key of the walking catchment radius in metres that defines the residents affected (impact model).</summary>
    public static ParameterKey<int> ImpactCatchmentMetres { get; } = new(
        "impact.catchmentMetres", "Impact: the walking catchment radius, in metres, whose residents count as affected.");

    /// <summary>Gets every key, in a stable order.</summary>
    public static IReadOnlyList<ParameterKey> All { get; } =
    [
        EvidenceCurrentWithinYears, EvidenceSiteKindsForFullConfidence, EvidenceConfidenceFull, EvidenceConfidencePartial, EvidenceConfidenceWeak,
        LightingBenchmarkUnit, LightingBenchmarkPerUnit, CostTolerance,
        .. LinkKeys,
        LogicJudgementWeight, DeliverabilityFull, DeliverabilityOneMissing, DeliverabilityBothMissing,
        .. PriorKeys, .. HorizonKeys,
        ImpactReductionCap, ImpactDefaultUnsafeShare, ImpactDefaultAffectedPeople, ImpactCatchmentMetres,
    ];

    /// <summary>Gets the key of the measures that address a kind of problem (K5).</summary>
    /// <param name="problem">The kind of problem.</param>
    /// <returns>The key.</returns>
    public static ParameterKey<MeasureSet> Links(ProblemKind problem) => LinkKeys[(int)problem];

    /// <summary>Gets the key of a measure's prior relative reduction of insecurity e_k (impact model).</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The key.</returns>
    public static ParameterKey<double> ImpactPrior(Measure measure) => PriorKeys[(int)measure];

    /// <summary>Gets the key of a measure's horizon H in years (impact model).</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The key.</returns>
    public static ParameterKey<int> ImpactHorizonYears(Measure measure) => HorizonKeys[(int)measure];
}
