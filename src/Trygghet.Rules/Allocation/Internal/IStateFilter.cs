namespace Trygghet.Rules.Allocation.Internal;

/// <summary>Decides which non-dominated states a merge keeps.</summary>
internal interface IStateFilter
{
    /// <summary>Gets the largest cost a kept state may have.</summary>
    long MaxWeight { get; }

    /// <summary>Gets the most states a merge may make: once it has made more it stops, its list incomplete (the caller throws such a list away).</summary>
    int MaxCount { get; }

    /// <summary>Returns the node of a kept state (materialized through the arena), or -3 to drop it.</summary>
    int Keep(long w, long p, int parent, int opt, int stage);
}
