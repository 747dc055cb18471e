namespace Trygghet.Rules.Allocation.Internal;

/// <summary>
/// Where two allocations of equal impact and cost first differ under the tie-break chain: the lowest-ranked
/// application funded in only one of them, and the lowest-ranked application funded in both with different options.
/// </summary>
internal readonly record struct TieDiff(int StatusRank, bool StatusFirstWins, int OptionRank, bool OptionFirstWins)
{
    public static TieDiff None { get; } = new(int.MaxValue, false, int.MaxValue, false);

    /// <summary>Gets -1 when the first allocation wins, 1 when the second does, 0 when they are the same.</summary>
    public int Sign => StatusRank != int.MaxValue ? (StatusFirstWins ? -1 : 1) : OptionRank != int.MaxValue ? (OptionFirstWins ? -1 : 1) : 0;

    public static TieDiff Status(int rank, bool firstWins) => new(rank, firstWins, int.MaxValue, false);

    public static TieDiff Option(int rank, bool firstWins) => new(int.MaxValue, false, rank, firstWins);

    public TieDiff Merge(TieDiff other)
    {
        var status = other.StatusRank < StatusRank ? (other.StatusRank, other.StatusFirstWins) : (StatusRank, StatusFirstWins);
        var option = other.OptionRank < OptionRank ? (other.OptionRank, other.OptionFirstWins) : (OptionRank, OptionFirstWins);
        return new TieDiff(status.Item1, status.Item2, option.Item1, option.Item2);
    }

    /// <summary>Compares two choices for one application (option positions, -1 for unfunded); positions are ordered by cost.</summary>
    public static TieDiff ForClass(int rank, int first, int second) =>
        first == second ? None
        : first < 0 ? Status(rank, false)
        : second < 0 ? Status(rank, true)
        : Option(rank, first < second);
}
