namespace Trygghet.Rules.Allocation.Internal;

/// <summary>The best allocation found for a whole problem and how far it is proven.</summary>
internal sealed record SolveOutcome(int[] Positions, long Impact, long Cost, bool Optimal, long UpperBound, int CoreSize);
