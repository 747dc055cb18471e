namespace Trygghet.Rules.Allocation.Internal;

/// <summary>Keeps every non-dominated state within a cost ceiling (for board caps and the frontier); a merge that makes more than <paramref name="maxCount"/> states stops there.</summary>
internal readonly struct CapFilter(long cap, StateArena arena, int maxCount = int.MaxValue) : IStateFilter
{
    public long MaxWeight => cap;

    public int MaxCount => maxCount;

    public int Keep(long w, long p, int parent, int opt, int stage) => arena.NodeFor(parent, stage, opt);
}
