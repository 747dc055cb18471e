namespace Trygghet.Rules.Allocation;

/// <summary>A budget at which the optimal impact rises: from here to the next breakpoint the optimum is this allocation.</summary>
/// <param name="Budget">The least budget that achieves <paramref name="Impact"/>; equal to the allocation's total cost.</param>
/// <param name="Impact">The optimal total impact from this budget on.</param>
/// <param name="Changes">The choices that differ from the previous breakpoint's allocation (for the first, every funded application).</param>
public sealed record FrontierBreakpoint(long Budget, long Impact, IReadOnlyList<ClassChoice> Changes);
