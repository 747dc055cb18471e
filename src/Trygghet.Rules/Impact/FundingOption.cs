namespace Trygghet.Rules.Impact;

using Trygghet.Rules.Amounts;

/// <summary>One way to fund an application: a package of its eligible components, its cost and its expected impact.</summary>
public sealed record FundingOption
{
    /// <summary>Gets the ids of the components funded, in ordinal order.</summary>
    public required IReadOnlyList<string> ComponentIds { get; init; }

    /// <summary>Gets the cost: the sum of the components' eligible amounts.</summary>
    public required Sek Cost { get; init; }

    /// <summary>Gets the expected impact in whole units (<see cref="Impact.ImpactUnits"/>): the value the optimizer compares.</summary>
    public required long ImpactUnits { get; init; }

    /// <summary>Gets the expected impact in person-years, derived from <see cref="ImpactUnits"/> so that displayed figures add up exactly.</summary>
    public double ExpectedImpact => Impact.ImpactUnits.ToPersonYears(ImpactUnits);

    /// <summary>Gets a value indicating whether the option is the whole eligible package.</summary>
    public required bool IsFullPackage { get; init; }

    /// <summary>Gets the impact estimate with its factors, for the report.</summary>
    public required ImpactEstimate Estimate { get; init; }
}
