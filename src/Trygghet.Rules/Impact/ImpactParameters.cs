namespace Trygghet.Rules.Impact;

using System.Collections.ObjectModel;
using Trygghet.Rules.Applications;

/// <summary>
/// The priors, defaults, cap and horizons of the impact model <c>impact = A × U × E × Q × H</c> (domain brief §3).
/// </summary>
/// <remarks>
/// Every number the model uses is here, never a constant in code. <see cref="Stockholm2024"/> holds the
/// domain brief's defaults; they are assumptions to be calibrated by the city, so a host may build its own
/// instance from dated, referenced parameters. <see cref="ImpactModel"/> validates an instance when it is constructed.
/// </remarks>
public sealed record ImpactParameters
{
    /// <summary>Gets the prior relative reduction of insecurity <c>e</c> per measure, each between 0 and 1; every measure must have one.</summary>
    public required IReadOnlyDictionary<Measure, double> EffectPriors { get; init; }

    /// <summary>Gets the cap on a package's combined reduction <c>E = 1 − Π(1 − e)</c>, between 0 and 1.</summary>
    public required double EffectCap { get; init; }

    /// <summary>Gets the share of people who feel unsafe (<c>U</c>) assumed when an application gives none, between 0 and 1.</summary>
    public required double DefaultUnsafeShare { get; init; }

    /// <summary>Gets the reference for <see cref="DefaultUnsafeShare"/>, cited in the fallback finding.</summary>
    public required string DefaultUnsafeShareSource { get; init; }

    /// <summary>Gets the number of people affected (<c>A</c>) assumed when an application gives none; zero or more.</summary>
    public required int DefaultAffectedPeople { get; init; }

    /// <summary>Gets the reference for <see cref="DefaultAffectedPeople"/>, cited in the fallback finding.</summary>
    public required string DefaultAffectedPeopleSource { get; init; }

    /// <summary>Gets the horizon <c>H</c> in years over which each measure keeps its effect; every measure must have one, each above zero.</summary>
    public required IReadOnlyDictionary<Measure, double> HorizonYears { get; init; }

    /// <summary>
    /// Gets the horizons that replace <see cref="HorizonYears"/> when the application names a maintenance owner;
    /// measures not listed keep their horizon.
    /// </summary>
    public required IReadOnlyDictionary<Measure, double> HorizonYearsWithMaintenanceOwner { get; init; }

    /// <summary>
    /// Gets the defaults for Stockholm 2024 from the domain brief §3: priors lighting 0.10, sightlines 0.05,
    /// greening and refurbishment 0.20, activation 0.10, CCTV 0.03, access control 0.05, other 0; cap 0.5;
    /// city default unsafe share 0.10 (Stockholm safety survey 2020); 500 people affected when unknown
    /// (an assumption); horizons 5 years for every measure except sightlines, which keep 3 years without
    /// upkeep and 5 years when a maintenance owner is named (an assumption).
    /// </summary>
    public static ImpactParameters Stockholm2024 { get; } = new()
    {
        EffectPriors = ReadOnly(new Dictionary<Measure, double>
        {
            [Measure.Lighting] = 0.10,
            [Measure.Sightlines] = 0.05,
            [Measure.Activation] = 0.10,
            [Measure.AccessControl] = 0.05,
            [Measure.Cctv] = 0.03,
            [Measure.Refurbishment] = 0.20,
            [Measure.Greening] = 0.20,
            [Measure.Other] = 0.0,
        }),
        EffectCap = 0.5,
        DefaultUnsafeShare = 0.10,
        DefaultUnsafeShareSource = "Stockholm trygghetsmätning 2020",
        DefaultAffectedPeople = 500,
        DefaultAffectedPeopleSource = "domain brief §3 (assumption)",
        HorizonYears = ReadOnly(new Dictionary<Measure, double>
        {
            [Measure.Lighting] = 5,
            [Measure.Sightlines] = 3,
            [Measure.Activation] = 5,
            [Measure.AccessControl] = 5,
            [Measure.Cctv] = 5,
            [Measure.Refurbishment] = 5,
            [Measure.Greening] = 5,
            [Measure.Other] = 5,
        }),
        HorizonYearsWithMaintenanceOwner = ReadOnly(new Dictionary<Measure, double>
        {
            [Measure.Sightlines] = 5,
        }),
    };

    internal double HorizonFor(Measure measure, bool hasMaintenanceOwner) =>
        hasMaintenanceOwner && HorizonYearsWithMaintenanceOwner.TryGetValue(measure, out var withUpkeep) ? withUpkeep : HorizonYears[measure];

    internal IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        foreach (var measure in Enum.GetValues<Measure>())
        {
            if (EffectPriors is null || !EffectPriors.TryGetValue(measure, out var prior))
            {
                problems.Add($"{nameof(EffectPriors)} has no prior for {measure}.");
            }
            else if (!(prior >= 0 && prior <= 1))
            {
                problems.Add($"{nameof(EffectPriors)}[{measure}] must be between 0 and 1.");
            }

            if (HorizonYears is null || !HorizonYears.TryGetValue(measure, out var horizon))
            {
                problems.Add($"{nameof(HorizonYears)} has no horizon for {measure}.");
            }
            else if (!(horizon > 0 && double.IsFinite(horizon)))
            {
                problems.Add($"{nameof(HorizonYears)}[{measure}] must be a finite number of years above zero.");
            }

            if (HorizonYearsWithMaintenanceOwner is not null && HorizonYearsWithMaintenanceOwner.TryGetValue(measure, out var withUpkeep)
                && !(withUpkeep > 0 && double.IsFinite(withUpkeep)))
            {
                problems.Add($"{nameof(HorizonYearsWithMaintenanceOwner)}[{measure}] must be a finite number of years above zero.");
            }
        }

        if (HorizonYearsWithMaintenanceOwner is null)
        {
            problems.Add($"{nameof(HorizonYearsWithMaintenanceOwner)} is required; use an empty dictionary for none.");
        }

        if (!(EffectCap >= 0 && EffectCap <= 1))
        {
            problems.Add($"{nameof(EffectCap)} must be between 0 and 1.");
        }

        if (!(DefaultUnsafeShare >= 0 && DefaultUnsafeShare <= 1))
        {
            problems.Add($"{nameof(DefaultUnsafeShare)} must be between 0 and 1.");
        }

        if (DefaultAffectedPeople < 0)
        {
            problems.Add($"{nameof(DefaultAffectedPeople)} must be zero or more.");
        }

        if (string.IsNullOrWhiteSpace(DefaultUnsafeShareSource))
        {
            problems.Add($"{nameof(DefaultUnsafeShareSource)} is required.");
        }

        if (string.IsNullOrWhiteSpace(DefaultAffectedPeopleSource))
        {
            problems.Add($"{nameof(DefaultAffectedPeopleSource)} is required.");
        }

        return problems;
    }

    private static ReadOnlyDictionary<Measure, double> ReadOnly(Dictionary<Measure, double> values) => new(values);
}
