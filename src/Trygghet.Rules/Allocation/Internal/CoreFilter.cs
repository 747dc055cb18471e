namespace Trygghet.Rules.Allocation.Internal;

/// <summary>
/// The core search's filter: a state that fits is offered as the incumbent (max impact, then min cost, then the
/// tie-break chain); a state is kept only while some change outside the core could beat the incumbent or tie it,
/// by both the gradient bound and, from the core's second stage on, the cardinality bound. States that could at best
/// equal the incumbent in both impact and cost serve only the id tie-break; the search budget allows a limited
/// number of them (<see cref="AllocationOptions.MaxTieStates"/>) and records when it had to drop one.
/// </summary>
internal struct CoreFilter(long capacity, StateArena arena, SearchBudget budget) : IStateFilter
{
    public CoreBound Bound;
    public CardinalityBound Cardinality;
    public long BestImpact;
    public long BestCost;
    public int BestNode;
    public ExternalIncumbent? External;

    /// <summary>The least cardinality reading among the states admitted since it was last reset (<see cref="long.MaxValue"/> when none, or the bound is inactive).</summary>
    public long LeastReach;

    public readonly long MaxWeight => long.MaxValue;

    public readonly int MaxCount => int.MaxValue;

    public int Keep(long w, long p, int parent, int opt, int stage)
    {
        var node = -2;
        if (w <= capacity && (p > BestImpact || (p == BestImpact && w <= BestCost)))
        {
            // An exact tie is settled by the id chain while the tie allowance lasts.
            var better = p > BestImpact || w < BestCost
                || (budget.ChargeTieState() && (BestNode == -2 ? External!.CompareCandidate(parent, opt, stage) : arena.CompareCandidateWithChain(parent, opt, stage, BestNode)) < 0);
            if (better)
            {
                node = arena.NodeFor(parent, stage, opt);
                BestImpact = p;
                BestCost = w;
                BestNode = node;
            }
        }

        if (!Admit(w, p, out var most))
        {
            return -3;
        }

        LeastReach = Math.Min(LeastReach, most);

        return node != -2 ? node : arena.NodeFor(parent, stage, opt);
    }

    /// <summary>Makes an allocation found outside the core search the incumbent; the caller has checked that it is better.</summary>
    public void OfferExternal(long w, long p, ExternalIncumbent incumbent)
    {
        External = incumbent;
        BestImpact = p;
        BestCost = w;
        BestNode = -2;
    }

    /// <summary>
    /// Returns whether a state may stay: it could beat the incumbent, match it at a lower cost, or tie it while the tie
    /// allowance lasts; <paramref name="most"/> is the most impact the cardinality bound lets it reach, which does not
    /// depend on the incumbent (<see cref="long.MaxValue"/> while the bound is inactive).
    /// </summary>
    public readonly bool Admit(long w, long p, out long most) => Admit(w, p, out most, out _);

    /// <summary>As <see cref="Admit(long, long, out long)"/>; <paramref name="tie"/> tells that the state stays only to tie the incumbent (and was charged to the tie allowance).</summary>
    public readonly bool Admit(long w, long p, out long most, out bool tie)
    {
        var slack = capacity - w;
        tie = false;
        most = long.MaxValue;
        if (!Cardinality.IsActive)
        {
            if (Bound.CanReach(p, slack, BestImpact + 1))
            {
                return true;
            }

            // The bound grows with the slack, and BestCost is at most the capacity: a state that cannot reach the
            // incumbent's impact with the whole slack can neither match it more cheaply nor tie it, and most dropped
            // states stop here.
            if (!Bound.CanReach(p, slack, BestImpact))
            {
                return false;
            }

            if (Bound.CanReach(p, BestCost - 1 - w, BestImpact))
            {
                return true;
            }

            tie = Bound.CanReach(p, BestCost - w, BestImpact) && budget.ChargeTieState();
            return tie;
        }

        // The cardinality bound is read exactly, once per slack, and grows with the slack too. With impacts that are
        // costs plus a fixed amount per step most states that cannot beat the incumbent still tie it.
        most = Cardinality.Reach(p, slack);
        if (most < BestImpact)
        {
            return false;
        }

        if (most > BestImpact && Bound.CanReach(p, slack, BestImpact + 1))
        {
            return true;
        }

        var cheaper = BestCost - 1 - w;
        if (Cardinality.Reach(p, cheaper) >= BestImpact && Bound.CanReach(p, cheaper, BestImpact))
        {
            return true;
        }

        // Once the tie allowance is spent, a state that can at best tie goes without another reading.
        var same = BestCost - w;
        tie = !budget.TieBreakCut && (same == slack ? most : Cardinality.Reach(p, same)) >= BestImpact && Bound.CanReach(p, same, BestImpact) && budget.ChargeTieState();
        return tie;
    }
}
