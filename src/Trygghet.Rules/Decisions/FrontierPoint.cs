namespace Trygghet.Rules.Decisions;

using Trygghet.Rules.Amounts;

/// <summary>A breakpoint of the exact optimum as a function of the budget.</summary>
/// <param name="Budget">The smallest budget at which this optimum is reached.</param>
/// <param name="Impact">The optimal expected impact at that budget, in person-years.</param>
/// <param name="Cost">The cost of the optimal allocation at that budget.</param>
/// <param name="Funded">The applications funded at that budget.</param>
/// <param name="Changed">The applications whose funding changes from the previous breakpoint.</param>
public sealed record FrontierPoint(Sek Budget, double Impact, Sek Cost, IReadOnlyList<string> Funded, IReadOnlyList<string> Changed);
