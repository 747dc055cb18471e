namespace Trygghet.Rules.Impact;

using Trygghet.Rules.Assessment;

/// <summary>The expected safety impact of one funding option, with the factors of <c>A × U × E × Q × H</c>.</summary>
public sealed record ImpactEstimate
{
    /// <summary>Gets the number of people affected, <c>A</c>: the application's figure or the default.</summary>
    public required int AffectedPeople { get; init; }

    /// <summary>Gets the baseline share who feel unsafe, <c>U</c>: the application's figure or the default.</summary>
    public required double UnsafeShare { get; init; }

    /// <summary>Gets the package's combined relative reduction of insecurity at the start, <c>E</c>, after the cap.</summary>
    public required double Effect { get; init; }

    /// <summary>Gets the assessment's combined quality, <c>Q</c>.</summary>
    public required double Quality { get; init; }

    /// <summary>Gets the package's effective horizon in years, <c>H</c>: how long <c>E</c> lasts when measures of different horizons are combined; zero when <c>E</c> is zero.</summary>
    public required double HorizonYears { get; init; }

    /// <summary>Gets the expected impact in person-years of avoided insecurity, unrounded; for display only.</summary>
    public required double PersonYears { get; init; }

    /// <summary>Gets the expected impact in whole units (<see cref="ImpactUnits"/>), rounded once; the value the optimizer compares.</summary>
    public required long Units { get; init; }

    /// <summary>Gets the findings on defaults the estimate fell back on, such as a missing number of people affected.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }
}
