namespace Trygghet.Rules.Serialization;

/// <summary>How one application's decision would change under a what-if.</summary>
public sealed record ResultDecisionChange
{
    /// <summary>Gets the application's id.</summary>
    public required string ApplicationId { get; init; }

    /// <summary>Gets the decision in the actual result.</summary>
    public required ResultStatus From { get; init; }

    /// <summary>Gets the decision under the what-if.</summary>
    public required ResultStatus To { get; init; }

    /// <summary>Gets the amount granted in the actual result, in whole kronor.</summary>
    public required long FromGrantedSek { get; init; }

    /// <summary>Gets the amount granted under the what-if, in whole kronor.</summary>
    public required long ToGrantedSek { get; init; }
}
