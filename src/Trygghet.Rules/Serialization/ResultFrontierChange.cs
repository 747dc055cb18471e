namespace Trygghet.Rules.Serialization;

/// <summary>One application's grant changing at a frontier point.</summary>
public sealed record ResultFrontierChange
{
    /// <summary>Gets the application id.</summary>
    public required string ApplicationId { get; init; }

    /// <summary>Gets its grant from this point on, in whole kronor; zero when it is no longer funded.</summary>
    public required long GrantedSek { get; init; }
}
