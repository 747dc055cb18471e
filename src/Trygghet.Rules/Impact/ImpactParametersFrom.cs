namespace Trygghet.Rules.Impact;

using Trygghet.Rules.Applications;
using Trygghet.Rules.Parameters;

/// <summary>Builds the impact model's parameters from a rule set's dated parameters.</summary>
internal static class ImpactParametersFrom
{
    /// <summary>
    /// Reads the priors, the cap, the defaults and the horizons as of the assessment date. The horizon with a
    /// maintenance owner is the dated horizon where the shipped defaults have none of their own, so that a
    /// municipality that changes a horizon changes both.
    /// </summary>
    public static ImpactParameters Resolved(ResolvedParameters parameters)
    {
        var defaults = ImpactParameters.Stockholm2024;
        var measures = Enum.GetValues<Measure>();
        var horizons = measures.ToDictionary(m => m, m => (double)parameters.ImpactHorizonYears(m).Value);
        var withOwner = measures.ToDictionary(
            m => m,
            m => defaults.HorizonYearsWithMaintenanceOwner.TryGetValue(m, out var years) && horizons[m] == defaults.HorizonYears[m]
                ? years
                : horizons[m]);
        var unsafeShare = parameters.ImpactDefaultUnsafeShare;
        var affected = parameters.ImpactDefaultAffectedPeople;
        return defaults with
        {
            EffectPriors = measures.ToDictionary(m => m, m => parameters.ImpactPrior(m).Value),
            EffectCap = parameters.ImpactReductionCap.Value,
            DefaultUnsafeShare = unsafeShare.Value,
            DefaultUnsafeShareSource = unsafeShare.Entry.Reference.ToString(),
            DefaultAffectedPeople = affected.Value,
            DefaultAffectedPeopleSource = affected.Entry.Reference.ToString(),
            HorizonYears = horizons,
            HorizonYearsWithMaintenanceOwner = withOwner,
        };
    }
}
