namespace Trygghet.Rules.Impact;

using Trygghet.Rules.Assessment;

/// <summary>
/// Estimates the expected safety impact of a funding option: <c>impact = A × U × E × Q × H</c> person-years of
/// avoided insecurity (domain brief §3).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><description><c>A</c> is the application's number of people affected, or <see cref="ImpactParameters.DefaultAffectedPeople"/>
/// with an <c>Impact.DefaultAffectedPeople</c> finding.</description></item>
/// <item><description><c>U</c> is the application's baseline unsafe share, or <see cref="ImpactParameters.DefaultUnsafeShare"/>
/// with an <c>Impact.DefaultUnsafeShare</c> finding.</description></item>
/// <item><description><c>E = min(cap, 1 − Π(1 − e'ₘ))</c> over the distinct measures <c>m</c> in the option. Each measure counts once:
/// <c>e'ₘ = eₘ × s</c> where <c>s</c> is the share of the measure's eligible amount in the whole eligible package that the option
/// keeps. For the whole package every <c>s</c> is 1, so two lighting components together earn the lighting prior once; a reduced
/// package that keeps one of them earns its cost share, so dropping a component never comes for free.</description></item>
/// <item><description><c>Q</c> is <see cref="QualityScores.Combined"/>.</description></item>
/// <item><description><c>H</c> is the effective horizon: each measure keeps its effect for its own horizon
/// (<see cref="ImpactParameters.HorizonYears"/>), the combined, capped effect is integrated over time, and <c>H</c> is that
/// integral divided by <c>E</c>. With one horizon it is that horizon; adding a component never lowers the impact.</description></item>
/// </list>
/// The person-years are rounded to <see cref="ImpactUnits"/> once per option. Arithmetic runs in a fixed order over measures in
/// enum order, so the result does not depend on the order of the components.
/// </remarks>
public sealed class ImpactModel
{
    /// <summary>Initializes a new impact model.</summary>
    /// <param name="parameters">The priors, defaults, cap and horizons.</param>
    /// <exception cref="ArgumentException">A parameter is out of range or missing; the message lists every problem.</exception>
    public ImpactModel(ImpactParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var problems = parameters.Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException("The impact parameters are invalid: " + string.Join(" ", problems), nameof(parameters));
        }

        Parameters = parameters;
    }

    /// <summary>Gets the parameters the model uses.</summary>
    public ImpactParameters Parameters { get; }

    /// <summary>Estimates the impact of funding a package of an application's eligible components.</summary>
    /// <param name="assessment">The application's assessment.</param>
    /// <param name="package">The components funded: distinct members of the assessment's eligible components.</param>
    /// <returns>The estimate, with its factors and any fallback findings.</returns>
    /// <exception cref="ArgumentException">The package holds a component twice or one that is not among the eligible components.</exception>
    public ImpactEstimate Estimate(ApplicationAssessment assessment, IReadOnlyList<EligibleComponent> package)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(package);
        CheckPackage(assessment, package);
        return For(assessment).Estimate(package);
    }

    /// <summary>Prepares what the estimates of one application's packages share: its figures, fallbacks and per-measure totals.</summary>
    internal ApplicationImpact For(ApplicationAssessment assessment) => new(Parameters, assessment);

    private static void CheckPackage(ApplicationAssessment assessment, IReadOnlyList<EligibleComponent> package)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in package)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(package));
            if (!seen.Add(item.Component.Id))
            {
                throw new ArgumentException($"The package holds component '{item.Component.Id}' twice.", nameof(package));
            }

            if (!assessment.EligibleComponents.Contains(item))
            {
                throw new ArgumentException($"Component '{item.Component.Id}' is not among the eligible components of application '{assessment.Application.Id}'.", nameof(package));
            }
        }
    }
}
