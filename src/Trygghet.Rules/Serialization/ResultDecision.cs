namespace Trygghet.Rules.Serialization;

using System.Text.Json.Serialization;

/// <summary>The decision on one application, with its findings, motivation and feedback.</summary>
public sealed record ResultDecision
{
    /// <summary>Gets the application's id.</summary>
    public required string ApplicationId { get; init; }

    /// <summary>Gets the applying board's id.</summary>
    public required string BoardId { get; init; }

    /// <summary>Gets the decision.</summary>
    public required ResultStatus Status { get; init; }

    /// <summary>Gets the amount requested, in whole kronor.</summary>
    public required long RequestedSek { get; init; }

    /// <summary>Gets the amount eligible after exclusions and caps, in whole kronor.</summary>
    public required long EligibleSek { get; init; }

    /// <summary>Gets the amount granted, in whole kronor.</summary>
    public required long GrantedSek { get; init; }

    /// <summary>Gets the ids of the components of the chosen funding option; empty when nothing is granted.</summary>
    public required IReadOnlyList<string> FundedComponents { get; init; }

    /// <summary>Gets the expected impact of what is granted, in person-years of avoided insecurity.</summary>
    [JsonConverter(typeof(ImpactConverter))]
    public required double ExpectedImpact { get; init; }

    /// <summary>Gets every funding option the optimizer could choose from; empty for rejected and incomplete applications.</summary>
    public required IReadOnlyList<ResultFundingOption> FundingOptions { get; init; }

    /// <summary>Gets the criteria findings.</summary>
    public required IReadOnlyList<ResultFinding> Findings { get; init; }

    /// <summary>Gets the motivation (<c>motivering</c>) in the round's language.</summary>
    public required string Motivation { get; init; }

    /// <summary>Gets feedback to the applying board in the round's language.</summary>
    public required IReadOnlyList<string> Feedback { get; init; }

    /// <summary>Gets the trace of rules fired and parameters used, when tracing was asked for.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ResultTrace? Trace { get; init; }
}
