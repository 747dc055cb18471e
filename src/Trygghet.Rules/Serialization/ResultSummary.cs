namespace Trygghet.Rules.Serialization;

using System.Text.Json.Serialization;

/// <summary>The round's totals in the result file.</summary>
public sealed record ResultSummary
{
    /// <summary>Gets the number of applications.</summary>
    public required int Applications { get; init; }

    /// <summary>Gets the number of boards.</summary>
    public required int Boards { get; init; }

    /// <summary>Gets the number of district boards.</summary>
    public required int DistrictBoards { get; init; }

    /// <summary>Gets the number of specialist boards.</summary>
    public required int SpecialistBoards { get; init; }

    /// <summary>Gets the total requested, in whole kronor.</summary>
    public required long RequestedSek { get; init; }

    /// <summary>Gets the total eligible after exclusions and caps, in whole kronor.</summary>
    public required long EligibleSek { get; init; }

    /// <summary>Gets the number of granted and partially granted decisions.</summary>
    public required int Granted { get; init; }

    /// <summary>Gets the number of partially granted decisions.</summary>
    public required int PartiallyGranted { get; init; }

    /// <summary>Gets the total granted, in whole kronor.</summary>
    public required long GrantedSek { get; init; }

    /// <summary>Gets the number of eligible applications left out by the budget or constraints.</summary>
    public required int NotFunded { get; init; }

    /// <summary>Gets the number of rejected applications.</summary>
    public required int Rejected { get; init; }

    /// <summary>Gets the number of incomplete applications.</summary>
    public required int Incomplete { get; init; }

    /// <summary>Gets the expected impact of everything granted, in person-years of avoided insecurity.</summary>
    [JsonConverter(typeof(ImpactConverter))]
    public required double ExpectedImpact { get; init; }
}
