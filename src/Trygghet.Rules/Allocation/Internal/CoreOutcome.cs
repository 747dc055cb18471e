namespace Trygghet.Rules.Allocation.Internal;

/// <summary>The result of one core search: the option per unit, totals, and whether it is proven optimal.</summary>
internal sealed record CoreOutcome(int[] UnitOption, long Impact, long Cost, bool Optimal, long UpperBound, int CoreSize);
