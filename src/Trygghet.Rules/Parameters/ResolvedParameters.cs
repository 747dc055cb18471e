namespace Trygghet.Rules.Parameters;

using System.Globalization;
using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;

/// <summary>A parameter set's values as of one assessment date, with typed accessors for the parameters the criteria and the impact model read.</summary>
public sealed class ResolvedParameters
{
    private readonly ParameterSet set;
    private readonly ResolvedParameter<MeasureSet>[] links;
    private readonly ResolvedParameter<double>[] priors;
    private readonly ResolvedParameter<int>[] horizons;
    private readonly List<string> problems = [];

    internal ResolvedParameters(ParameterSet set, DateOnly assessmentDate)
    {
        this.set = set;
        AssessmentDate = assessmentDate;
        EvidenceCurrentWithinYears = Resolve(ParameterKeys.EvidenceCurrentWithinYears);
        EvidenceSiteKindsForFullConfidence = Resolve(ParameterKeys.EvidenceSiteKindsForFullConfidence);
        EvidenceConfidenceFull = Resolve(ParameterKeys.EvidenceConfidenceFull);
        EvidenceConfidencePartial = Resolve(ParameterKeys.EvidenceConfidencePartial);
        EvidenceConfidenceWeak = Resolve(ParameterKeys.EvidenceConfidenceWeak);
        LightingBenchmarkUnit = Resolve(ParameterKeys.LightingBenchmarkUnit);
        LightingBenchmarkPerUnit = Resolve(ParameterKeys.LightingBenchmarkPerUnit);
        CostTolerance = Resolve(ParameterKeys.CostTolerance);
        LogicJudgementWeight = Resolve(ParameterKeys.LogicJudgementWeight);
        DeliverabilityFull = Resolve(ParameterKeys.DeliverabilityFull);
        DeliverabilityOneMissing = Resolve(ParameterKeys.DeliverabilityOneMissing);
        DeliverabilityBothMissing = Resolve(ParameterKeys.DeliverabilityBothMissing);
        ImpactReductionCap = Resolve(ParameterKeys.ImpactReductionCap);
        ImpactDefaultUnsafeShare = Resolve(ParameterKeys.ImpactDefaultUnsafeShare);
        ImpactDefaultAffectedPeople = Resolve(ParameterKeys.ImpactDefaultAffectedPeople);
        ImpactCatchmentMetres = Resolve(ParameterKeys.ImpactCatchmentMetres);
        links = [.. Enum.GetValues<ProblemKind>().Select(k => Resolve(ParameterKeys.Links(k)))];
        priors = [.. Enum.GetValues<Measure>().Select(m => Resolve(ParameterKeys.ImpactPrior(m)))];
        horizons = [.. Enum.GetValues<Measure>().Select(m => Resolve(ParameterKeys.ImpactHorizonYears(m)))];
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                $"The parameter set '{set.Id}' cannot be read as of {assessmentDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: " + string.Join("; ", problems) + ".");
        }
    }

    /// <summary>Gets the assessment date the values are read as of.</summary>
    public DateOnly AssessmentDate { get; }

    /// <summary>Gets the id of the parameter set the values come from.</summary>
    public string SetId => set.Id;

    /// <summary>Gets how many years before the assessment date evidence still counts as current (K4).</summary>
    public ResolvedParameter<int> EvidenceCurrentWithinYears { get; }

    /// <summary>Gets how many current site-level evidence kinds give full confidence (K4).</summary>
    public ResolvedParameter<int> EvidenceSiteKindsForFullConfidence { get; }

    /// <summary>Gets the evidence score with enough site-level evidence kinds (K4).</summary>
    public ResolvedParameter<double> EvidenceConfidenceFull { get; }

    /// <summary>Gets the evidence score with fewer site-level evidence kinds than full confidence needs (K4).</summary>
    public ResolvedParameter<double> EvidenceConfidencePartial { get; }

    /// <summary>Gets the evidence score with only area-level, city-level or outdated evidence (K4).</summary>
    public ResolvedParameter<double> EvidenceConfidenceWeak { get; }

    /// <summary>Gets the unit the lighting cost benchmark is given per (K6).</summary>
    public ResolvedParameter<string> LightingBenchmarkUnit { get; }

    /// <summary>Gets the lighting cost benchmark per unit (K6).</summary>
    public ResolvedParameter<Sek> LightingBenchmarkPerUnit { get; }

    /// <summary>Gets the tolerance factor on a cost benchmark (K6).</summary>
    public ResolvedParameter<decimal> CostTolerance { get; }

    /// <summary>Gets the weight of investment linked only to an 'other' problem in the logic score (K5).</summary>
    public ResolvedParameter<double> LogicJudgementWeight { get; }

    /// <summary>Gets the deliverability score with both a maintenance owner and a follow-up plan.</summary>
    public ResolvedParameter<double> DeliverabilityFull { get; }

    /// <summary>Gets the deliverability score with one of maintenance owner and follow-up plan missing.</summary>
    public ResolvedParameter<double> DeliverabilityOneMissing { get; }

    /// <summary>Gets the deliverability score with both maintenance owner and follow-up plan missing.</summary>
    public ResolvedParameter<double> DeliverabilityBothMissing { get; }

    /// <summary>Gets the cap on the package's relative reduction E (impact model).</summary>
    public ResolvedParameter<double> ImpactReductionCap { get; }

    /// <summary>Gets the baseline share U who feel unsafe when the application gives none (impact model).</summary>
    public ResolvedParameter<double> ImpactDefaultUnsafeShare { get; }

    /// <summary>Gets the number of people affected A when the application gives none (impact model).</summary>
    public ResolvedParameter<int> ImpactDefaultAffectedPeople { get; }

    /// <summary>Gets the walking catchment radius in metres (impact model).</summary>
    public ResolvedParameter<int> ImpactCatchmentMetres { get; }

    /// <summary>Gets the measures that address a kind of problem (K5).</summary>
    /// <param name="problem">The kind of problem.</param>
    /// <returns>The resolved link set.</returns>
    public ResolvedParameter<MeasureSet> Links(ProblemKind problem) => links[(int)problem];

    /// <summary>Gets a measure's prior relative reduction of insecurity e_k (impact model).</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The resolved prior.</returns>
    public ResolvedParameter<double> ImpactPrior(Measure measure) => priors[(int)measure];

    /// <summary>Gets a measure's horizon H in years (impact model).</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The resolved horizon.</returns>
    public ResolvedParameter<int> ImpactHorizonYears(Measure measure) => horizons[(int)measure];

    /// <summary>Gets any parameter of the set as of the assessment date, including ones the built-in criteria do not read.</summary>
    /// <typeparam name="T">The type of the value.</typeparam>
    /// <param name="key">The key.</param>
    /// <returns>The resolved value.</returns>
    /// <exception cref="KeyNotFoundException">The set has no such parameter or no value on the date.</exception>
    public ResolvedParameter<T> Get<T>(ParameterKey<T> key)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(key);
        return set.Get(key).AsOf(AssessmentDate)
            ?? throw new KeyNotFoundException($"The parameter '{key.Name}' has no value effective on {AssessmentDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.");
    }

    /// <summary>Gets every parameter of the set as of the assessment date, ordered by name; parameters with no value yet are left out.</summary>
    /// <returns>The values in effect.</returns>
    public IReadOnlyList<ParameterUse> ToUses() => [.. set.Parameters.Select(p => p.UseAsOf(AssessmentDate)).OfType<ParameterUse>()];

    private ResolvedParameter<T> Resolve<T>(ParameterKey<T> key)
        where T : notnull
    {
        var parameter = set.TryGet(key);
        if (parameter is null)
        {
            problems.Add($"'{key.Name}' is missing");
            return null!;
        }

        var resolved = parameter.AsOf(AssessmentDate);
        if (resolved is null)
        {
            problems.Add($"'{key.Name}' has no value effective on that date (first from {parameter.Values[0].EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})");
            return null!;
        }

        return resolved;
    }
}
