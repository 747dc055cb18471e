namespace Trygghet.Rules.Decisions;

using Trygghet.Rules.Amounts;

/// <summary>What would have funded an eligible application that the optimum leaves out.</summary>
/// <param name="BudgetIncrease">The smallest budget increase at which the optimum funds it, or <see langword="null"/> when no budget up to the total eligible amount does.</param>
/// <param name="ImpactNeeded">The expected impact, in person-years, it would need for the optimum to fund it at today's budget, or <see langword="null"/> when no impact would (its cheapest option does not fit).</param>
public sealed record Counterfactual(Sek? BudgetIncrease, double? ImpactNeeded);
