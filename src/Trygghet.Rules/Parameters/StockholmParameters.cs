namespace Trygghet.Rules.Parameters;

using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;

/// <summary>
/// The Stockholm 2024 parameter values: the domain brief's default parameters and K5 link table (§2) and the impact
/// model's defaults (§3), each dated and referenced.
/// </summary>
/// <remarks>
/// Every value is effective from 2020-01-01, the year of the principles (Dnr KS 2020/487) that the 2024 round still
/// applies. The values are assumptions the city is to calibrate, so none carries a decision date; each reference names
/// the table it comes from. Where the brief gives no figure, the value is this library's choice and says so.
/// </remarks>
public static class StockholmParameters
{
    /// <summary>The date every Stockholm 2024 value is effective from.</summary>
    public static readonly DateOnly EffectiveFrom = new(2020, 1, 1);

    private static readonly ParameterReference DefaultsTable = new("Domain brief, Stockholm 2024 defaults (assumption)", "§2 default parameters");
    private static readonly ParameterReference LinkTable = new("Domain brief, Stockholm 2024 defaults (assumption)", "§2 K5 links");
    private static readonly ParameterReference ImpactModel = new("Domain brief, default impact model (assumption)", "§3");
    private static readonly ParameterReference Priors = new("Domain brief, default impact model (assumption)", "§3 default priors e_k");
    private static readonly ParameterReference LibraryDefault = new("Trygghet.Rules default (assumption)", "not given by the domain brief");

    /// <summary>Gets the Stockholm 2024 parameter set.</summary>
    public static ParameterSet Stockholm2024 { get; } = Create();

    private static ParameterSet Create() => new("stockholm-2024", Build());

    private static IEnumerable<Parameter> Build()
    {
        yield return Value(ParameterKeys.EvidenceCurrentWithinYears, 3, DefaultsTable);
        yield return Value(ParameterKeys.EvidenceSiteKindsForFullConfidence, 2, DefaultsTable);
        yield return Value(ParameterKeys.EvidenceConfidenceFull, 1.0, DefaultsTable);
        yield return Value(ParameterKeys.EvidenceConfidencePartial, 0.75, DefaultsTable);
        yield return Value(ParameterKeys.EvidenceConfidenceWeak, 0.5, DefaultsTable);
        yield return Value(ParameterKeys.LightingBenchmarkUnit, "lightPoint", DefaultsTable);
        yield return Value(ParameterKeys.LightingBenchmarkPerUnit, Sek.FromKronor(45_000), DefaultsTable);
        yield return Value(ParameterKeys.CostTolerance, 1.5m, DefaultsTable);

        yield return Link(ProblemKind.Darkness, Measure.Lighting);
        yield return Link(ProblemKind.BlockedSightlines, Measure.Sightlines, Measure.Lighting);
        yield return Link(ProblemKind.Deserted, Measure.Activation, Measure.Refurbishment, Measure.Greening, Measure.Lighting);
        yield return Link(ProblemKind.DrugDealing, Measure.Lighting, Measure.Sightlines, Measure.AccessControl, Measure.Cctv, Measure.Activation);
        yield return Link(ProblemKind.ThreateningGroups, Measure.Lighting, Measure.Sightlines, Measure.Activation, Measure.Cctv);
        yield return Link(ProblemKind.IllegalTraffic, Measure.AccessControl);
        yield return Link(ProblemKind.Vandalism, Measure.Refurbishment, Measure.AccessControl, Measure.Cctv);
        yield return Link(ProblemKind.Harassment, Measure.Lighting, Measure.Sightlines, Measure.Activation, Measure.Cctv);
        yield return Link(ProblemKind.Burglary, Measure.AccessControl, Measure.Lighting, Measure.Cctv);
        yield return Link(ProblemKind.Robbery, Measure.Lighting, Measure.Sightlines, Measure.Cctv);
        yield return Link(ProblemKind.Neglect, Measure.Refurbishment, Measure.Greening, Measure.Sightlines);
        yield return Link(ProblemKind.Other);

        yield return Value(ParameterKeys.LogicJudgementWeight, 0.5, LibraryDefault);
        yield return Value(ParameterKeys.DeliverabilityFull, 1.0, LibraryDefault);
        yield return Value(ParameterKeys.DeliverabilityOneMissing, 0.9, LibraryDefault);
        yield return Value(ParameterKeys.DeliverabilityBothMissing, 0.8, LibraryDefault);

        yield return Prior(Measure.Lighting, 0.10);
        yield return Prior(Measure.Sightlines, 0.05);
        yield return Prior(Measure.Activation, 0.10);
        yield return Prior(Measure.AccessControl, 0.05);
        yield return Prior(Measure.Cctv, 0.03);
        yield return Prior(Measure.Refurbishment, 0.20);
        yield return Prior(Measure.Greening, 0.20);
        yield return Value(ParameterKeys.ImpactPrior(Measure.Other), 0.0, LibraryDefault);

        // The brief gives 5 years for lighting and barriers and 3 for vegetation clearing without upkeep; the other
        // capital measures are built to last like lighting, so they get 5 too, and 'other' the cautious 3.
        yield return Value(ParameterKeys.ImpactHorizonYears(Measure.Lighting), 5, ImpactModel);
        yield return Value(ParameterKeys.ImpactHorizonYears(Measure.AccessControl), 5, ImpactModel);
        yield return Value(ParameterKeys.ImpactHorizonYears(Measure.Sightlines), 3, ImpactModel);
        yield return Value(ParameterKeys.ImpactHorizonYears(Measure.Activation), 5, LibraryDefault);
        yield return Value(ParameterKeys.ImpactHorizonYears(Measure.Cctv), 5, LibraryDefault);
        yield return Value(ParameterKeys.ImpactHorizonYears(Measure.Refurbishment), 5, LibraryDefault);
        yield return Value(ParameterKeys.ImpactHorizonYears(Measure.Greening), 5, LibraryDefault);
        yield return Value(ParameterKeys.ImpactHorizonYears(Measure.Other), 3, LibraryDefault);

        yield return Value(ParameterKeys.ImpactReductionCap, 0.5, ImpactModel);
        yield return Value(ParameterKeys.ImpactDefaultUnsafeShare, 0.10, new ParameterReference("Domain brief, default impact model; Stockholm safety survey 2020 (assumption)", "§3 U"));
        yield return Value(ParameterKeys.ImpactDefaultAffectedPeople, 500, LibraryDefault);
        yield return Value(ParameterKeys.ImpactCatchmentMetres, 300, ImpactModel);
    }

    private static Parameter<T> Value<T>(ParameterKey<T> key, T value, ParameterReference reference)
        where T : notnull
        => new(key, [new DatedValue<T>(value, EffectiveFrom, null, reference)]);

    private static Parameter<MeasureSet> Link(ProblemKind problem, params Measure[] measures) =>
        Value(ParameterKeys.Links(problem), MeasureSet.Of(measures), LinkTable);

    private static Parameter<double> Prior(Measure measure, double value) => Value(ParameterKeys.ImpactPrior(measure), value, Priors);
}
