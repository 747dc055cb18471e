namespace Trygghet.Rules.Allocation.Internal;

/// <summary>Keeps every non-dominated state within a cost ceiling (for board caps and the frontier).</summary>
internal readonly struct CapFilter(long cap, StateArena arena) : IStateFilter
{
    public long MaxWeight => cap;

    public int Keep(long w, long p, int parent, int opt, int stage) => arena.NodeFor(parent, stage, opt);
}
