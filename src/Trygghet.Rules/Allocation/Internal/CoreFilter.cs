namespace Trygghet.Rules.Allocation.Internal;

/// <summary>
/// The core search's filter: a state that fits is offered as the incumbent (max impact, then min cost, then the
/// tie-break chain); a state is kept only while some change outside the core could beat the incumbent or tie it.
/// </summary>
internal struct CoreFilter(long capacity, StateArena arena) : IStateFilter
{
    public CoreBound Bound;
    public long BestImpact;
    public long BestCost;
    public int BestNode;
    public ExternalIncumbent? External;

    public readonly long MaxWeight => long.MaxValue;

    public int Keep(long w, long p, int parent, int opt, int stage)
    {
        var node = -2;
        if (w <= capacity && (p > BestImpact || (p == BestImpact && w <= BestCost)))
        {
            var better = p > BestImpact || w < BestCost
                || (BestNode == -2 ? External!.CompareCandidate(parent, opt, stage) : arena.CompareCandidateWithChain(parent, opt, stage, BestNode)) < 0;
            if (better)
            {
                node = arena.NodeFor(parent, stage, opt);
                BestImpact = p;
                BestCost = w;
                BestNode = node;
            }
        }

        var keep = Bound.CanReach(p, capacity - w, BestImpact + 1) || Bound.CanReach(p, BestCost - w, BestImpact);
        if (!keep)
        {
            return -3;
        }

        return node != -2 ? node : arena.NodeFor(parent, stage, opt);
    }
}
