namespace Trygghet.Rules.Allocation;

/// <summary>Counterfactuals for every application left unfunded at a budget.</summary>
/// <param name="Budget">Today's budget.</param>
/// <param name="Classes">One entry per unfunded application, in input order.</param>
/// <param name="IsExact">Whether every figure is exact: the frontier was complete and every solve proven optimal. Otherwise <see cref="ClassCounterfactual.BudgetNeeded"/> is an upper bound found at sampled budgets.</param>
public sealed record CounterfactualResult(long Budget, IReadOnlyList<ClassCounterfactual> Classes, bool IsExact);
