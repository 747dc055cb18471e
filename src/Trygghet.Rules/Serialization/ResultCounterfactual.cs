namespace Trygghet.Rules.Serialization;

using System.Text.Json.Serialization;

/// <summary>
/// A what-if answer: what changes under another budget (<see cref="Kind"/> <c>budget</c>), or what it would take
/// to fund one application (<see cref="Kind"/> <c>fundApplication</c>).
/// </summary>
public sealed record ResultCounterfactual
{
    /// <summary>The kind of a what-if under another budget ceiling.</summary>
    public const string BudgetKind = "budget";

    /// <summary>The kind of a what-if about what it would take to fund one application.</summary>
    public const string FundApplicationKind = "fundApplication";

    /// <summary>Gets the kind of what-if: <c>budget</c> or <c>fundApplication</c>; hosts may add others.</summary>
    public required string Kind { get; init; }

    /// <summary>Gets a sentence in the round's language that states the answer.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the application asked about, for <c>fundApplication</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ApplicationId { get; init; }

    /// <summary>Gets the budget ceiling of the what-if, in whole kronor, for <c>budget</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? BudgetCeilingSek { get; init; }

    /// <summary>Gets the highest cost at which the application would be funded, in whole kronor, for <c>fundApplication</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? MaxCostSek { get; init; }

    /// <summary>Gets the least expected impact at which the application would be funded, for <c>fundApplication</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(NullableImpactConverter))]
    public double? MinExpectedImpact { get; init; }

    /// <summary>Gets the total expected impact under the what-if, for <c>budget</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(NullableImpactConverter))]
    public double? ExpectedImpact { get; init; }

    /// <summary>Gets the decisions that would change, in input order.</summary>
    public IReadOnlyList<ResultDecisionChange> Changes { get; init; } = [];
}
