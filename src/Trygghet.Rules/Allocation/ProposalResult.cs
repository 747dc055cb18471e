namespace Trygghet.Rules.Allocation;

/// <summary>A person's proposal (an amount per application) read as options and set against the optimum.</summary>
/// <param name="Lines">One line per application, in input order.</param>
/// <param name="TotalProposed">The sum of the amounts proposed.</param>
/// <param name="Comparison">The allocation the proposal was read as, against the optimum, with its violations.</param>
public sealed record ProposalResult(IReadOnlyList<ProposalLine> Lines, long TotalProposed, ComparisonResult Comparison);
