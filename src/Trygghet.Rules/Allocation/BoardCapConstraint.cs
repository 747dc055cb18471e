namespace Trygghet.Rules.Allocation;

/// <summary>A cap on the total granted to the applications of one board.</summary>
/// <param name="BoardId">The board.</param>
/// <param name="Max">The most, in kronor, that the board's applications may receive together.</param>
public sealed record BoardCapConstraint(string BoardId, long Max);
