namespace Trygghet.Rules.Allocation.Internal;

/// <summary>Keeps a capped board's states within its cap whose reduced impact, plus what the remaining units can add, reaches the band's threshold.</summary>
internal readonly struct BandFilter(long cap, StateArena arena, double lambda, double threshold, double[] remaining) : IStateFilter
{
    public long MaxWeight => cap;

    public int MaxCount => int.MaxValue;

    public int Keep(long w, long p, int parent, int opt, int stage) =>
        p - (lambda * w) + remaining[stage] < threshold ? -3 : arena.NodeFor(parent, stage, opt);
}
