namespace Trygghet.Rules.Allocation.Internal;

/// <summary>Decides which non-dominated states a merge keeps.</summary>
internal interface IStateFilter
{
    /// <summary>Gets the largest cost a kept state may have.</summary>
    long MaxWeight { get; }

    /// <summary>Returns the node of a kept state (materialized through the arena), or -3 to drop it.</summary>
    int Keep(long w, long p, int parent, int opt, int stage);
}
