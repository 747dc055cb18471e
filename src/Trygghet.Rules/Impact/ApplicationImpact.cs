namespace Trygghet.Rules.Impact;

using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;

/// <summary>
/// What the impact estimates of one application's packages share: <c>A</c>, <c>U</c>, <c>Q</c>, the fallback findings and,
/// per measure, the prior, the horizon and the eligible amount of the whole package. See <see cref="ImpactModel"/> for the model.
/// </summary>
internal sealed class ApplicationImpact
{
    internal static readonly int MeasureCount = Enum.GetValues<Measure>().Length;

    private readonly double[] priors = new double[MeasureCount];
    private readonly double[] horizons = new double[MeasureCount];
    private readonly long[] totals = new long[MeasureCount];
    private readonly double cap;

    internal ApplicationImpact(ImpactParameters parameters, ApplicationAssessment assessment)
    {
        var application = assessment.Application;
        var findings = new List<Finding>(2);
        People = application.AffectedPeople ?? parameters.DefaultAffectedPeople;
        if (application.AffectedPeople is null)
        {
            findings.Add(ImpactFindings.DefaultAffectedPeople(People, parameters.DefaultAffectedPeopleSource));
        }

        UnsafeShare = application.BaselineUnsafeShare ?? parameters.DefaultUnsafeShare;
        if (application.BaselineUnsafeShare is null)
        {
            findings.Add(ImpactFindings.DefaultUnsafeShare(UnsafeShare, parameters.DefaultUnsafeShareSource));
        }

        Findings = findings;
        Quality = assessment.Quality.Combined;
        cap = parameters.EffectCap;
        var hasMaintenanceOwner = !string.IsNullOrWhiteSpace(application.MaintenanceOwner);
        foreach (var measure in Enum.GetValues<Measure>())
        {
            priors[(int)measure] = parameters.EffectPriors[measure];
            horizons[(int)measure] = parameters.HorizonFor(measure, hasMaintenanceOwner);
        }

        foreach (var item in assessment.EligibleComponents)
        {
            var m = (int)item.Component.Measure;
            totals[m] = checked(totals[m] + item.Eligible.Kronor);
        }
    }

    internal int People { get; }

    internal double UnsafeShare { get; }

    internal double Quality { get; }

    internal IReadOnlyList<Finding> Findings { get; }

    /// <summary>Estimates a package of distinct eligible components of the application.</summary>
    internal ImpactEstimate Estimate(IEnumerable<EligibleComponent> package)
    {
        Span<long> kept = stackalloc long[MeasureCount];
        Span<bool> present = stackalloc bool[MeasureCount];
        foreach (var item in package)
        {
            Add(item, kept, present);
        }

        var (effect, horizon, personYears) = Evaluate(kept, present);
        return new ImpactEstimate
        {
            AffectedPeople = People,
            UnsafeShare = UnsafeShare,
            Effect = effect,
            Quality = Quality,
            HorizonYears = horizon,
            PersonYears = personYears,
            Units = ImpactUnits.FromPersonYears(personYears),
            Findings = Findings,
        };
    }

    /// <summary>Adds a component to the per-measure amounts kept by a package.</summary>
    internal static void Add(EligibleComponent item, Span<long> kept, Span<bool> present)
    {
        var m = (int)item.Component.Measure;
        kept[m] = checked(kept[m] + item.Eligible.Kronor);
        present[m] = true;
    }

    /// <summary>Computes the impact units of a package given its per-measure amounts.</summary>
    internal long Units(ReadOnlySpan<long> kept, ReadOnlySpan<bool> present) => ImpactUnits.FromPersonYears(Evaluate(kept, present).PersonYears);

    private (double Effect, double Horizon, double PersonYears) Evaluate(ReadOnlySpan<long> kept, ReadOnlySpan<bool> present)
    {
        // Effects in measure order, so that the floating-point result does not depend on the order of the components.
        Span<double> effects = stackalloc double[MeasureCount];
        Span<double> ends = stackalloc double[MeasureCount];
        var distinct = 0;
        for (var m = 0; m < MeasureCount; m++)
        {
            var share = !present[m] ? 0.0 : totals[m] > 0 ? (double)kept[m] / totals[m] : 1.0;
            effects[m] = priors[m] * share;
            if (effects[m] > 0 && !ends[..distinct].Contains(horizons[m]))
            {
                ends[distinct++] = horizons[m];
            }
        }

        if (distinct == 0 || cap == 0)
        {
            return (0, 0, 0);
        }

        // Each measure acts for its own horizon: between consecutive distinct horizons the combined effect is that of the
        // measures still acting. H weights each period by its effect relative to the initial effect E, so E × H is the
        // integral of the effect over time, and H equals the common horizon exactly when there is only one.
        ends[..distinct].Sort();
        var initial = Combined(effects, ends[0]);
        var horizon = 0.0;
        var start = 0.0;
        foreach (var end in ends[..distinct])
        {
            horizon += Combined(effects, end) / initial * (end - start);
            start = end;
        }

        return (initial, horizon, People * UnsafeShare * initial * Quality * horizon);
    }

    private double Combined(ReadOnlySpan<double> effects, double until)
    {
        var remaining = 1.0;
        for (var m = 0; m < MeasureCount; m++)
        {
            if (effects[m] > 0 && horizons[m] >= until)
            {
                remaining *= 1 - effects[m];
            }
        }

        return Math.Min(cap, 1 - remaining);
    }
}
