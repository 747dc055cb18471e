namespace Trygghet.Rules.Allocation;

/// <summary>Counters describing the work one optimizer call did.</summary>
/// <param name="States">The dynamic-programming states created.</param>
/// <param name="Nodes">The branch-and-bound nodes solved (one when no district minimum needs branching).</param>
/// <param name="CoreClasses">The classes that entered the expanding core of the last node solved.</param>
public sealed record AllocationStatistics(long States, long Nodes, int CoreClasses);
