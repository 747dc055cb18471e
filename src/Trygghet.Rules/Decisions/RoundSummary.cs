namespace Trygghet.Rules.Decisions;

using Trygghet.Rules.Amounts;

/// <summary>The totals of a round's proposal.</summary>
public sealed record RoundSummary
{
    /// <summary>Gets the number of applications.</summary>
    public required int Applications { get; init; }

    /// <summary>Gets the number of boards.</summary>
    public required int Boards { get; init; }

    /// <summary>Gets the number of district boards.</summary>
    public required int DistrictBoards { get; init; }

    /// <summary>Gets the number of specialist boards.</summary>
    public required int SpecialistBoards { get; init; }

    /// <summary>Gets the total requested.</summary>
    public required Sek Requested { get; init; }

    /// <summary>Gets the total eligible after exclusions and caps.</summary>
    public required Sek Eligible { get; init; }

    /// <summary>Gets the number of applications granted money, fully or partially.</summary>
    public required int Granted { get; init; }

    /// <summary>Gets the number of applications granted less than requested.</summary>
    public required int PartiallyGranted { get; init; }

    /// <summary>Gets the total proposed for grants.</summary>
    public required Sek GrantedAmount { get; init; }

    /// <summary>Gets the number of eligible applications left out by the budget or constraints.</summary>
    public required int NotFunded { get; init; }

    /// <summary>Gets the number of rejected applications.</summary>
    public required int Rejected { get; init; }

    /// <summary>Gets the number of incomplete applications.</summary>
    public required int Incomplete { get; init; }

    /// <summary>Gets the expected impact of the proposal, in person-years of avoided insecurity.</summary>
    public required double ExpectedImpact { get; init; }
}
