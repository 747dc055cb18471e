namespace Trygghet.Rules.Decisions;

using Trygghet.Rules.Amounts;

/// <summary>
/// A breakpoint of the exact optimum as a function of the budget. Only what changes from the previous breakpoint is
/// listed, so that a frontier of a hundred thousand breakpoints stays small; replaying <see cref="Changes"/> from the
/// first breakpoint gives the funded applications at any of them.
/// </summary>
/// <param name="Budget">The smallest budget at which this optimum is reached.</param>
/// <param name="Impact">The optimal expected impact at that budget, in person-years.</param>
/// <param name="Cost">The cost of the optimal allocation at that budget.</param>
/// <param name="FundedCount">The number of applications funded at that budget.</param>
/// <param name="Changes">The applications whose grant changes from the previous breakpoint (at the first, every funded application), by id, with the new grant; zero means no longer funded.</param>
public sealed record FrontierPoint(Sek Budget, double Impact, Sek Cost, int FundedCount, IReadOnlyList<FrontierChange> Changes);
