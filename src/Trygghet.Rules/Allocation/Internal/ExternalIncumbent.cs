namespace Trygghet.Rules.Allocation.Internal;

/// <summary>
/// An incumbent found outside the core search (a greedy fill of the LP solution), kept as one option per unit so
/// that core states that tie it in impact and cost can still be compared with it by the tie-break chain.
/// </summary>
internal sealed class ExternalIncumbent(IReadOnlyList<Unit> units, int[] lpOpt, List<int> coreUnits, StateArena arena, int[] options)
{
    public int[] Options { get; } = options;

    /// <summary>Compares a candidate (parent chain plus an option at <paramref name="stage"/>) with this incumbent.</summary>
    public int CompareCandidate(int parent, int opt, int stage)
    {
        var candidate = (int[])lpOpt.Clone();
        var perStage = new int[arena.StageCount];
        arena.Decode(parent, perStage);
        for (var s = 0; s < perStage.Length; s++)
        {
            candidate[coreUnits[s]] = perStage[s];
        }

        candidate[coreUnits[stage]] = opt;
        var d = TieDiff.None;
        for (var u = 0; u < candidate.Length; u++)
        {
            if (candidate[u] != Options[u])
            {
                d = d.Merge(units[u].Compare(candidate[u], Options[u]));
            }
        }

        return d.Sign;
    }
}
