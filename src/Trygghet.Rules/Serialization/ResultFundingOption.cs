namespace Trygghet.Rules.Serialization;

using System.Text.Json.Serialization;

/// <summary>One funding option of an eligible application: a set of components, its cost and its impact.</summary>
public sealed record ResultFundingOption
{
    /// <summary>Gets the ids of the components the option funds.</summary>
    public required IReadOnlyList<string> Components { get; init; }

    /// <summary>Gets the option's cost, in whole kronor.</summary>
    public required long CostSek { get; init; }

    /// <summary>Gets the option's expected impact, in person-years of avoided insecurity.</summary>
    [JsonConverter(typeof(ImpactConverter))]
    public required double ExpectedImpact { get; init; }
}
