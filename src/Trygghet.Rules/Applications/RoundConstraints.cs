namespace Trygghet.Rules.Applications;

using Trygghet.Rules.Amounts;

/// <summary>The round's allocation constraints; every part is optional.</summary>
public sealed record RoundConstraints
{
    /// <summary>Gets a set of constraints that constrains nothing.</summary>
    public static RoundConstraints None { get; } = new();

    /// <summary>Gets caps on the total granted to one board's applications.</summary>
    public IReadOnlyList<BoardCap> BoardCaps { get; init; } = [];

    /// <summary>Gets minimum totals for applications whose site lies in a district area.</summary>
    public IReadOnlyList<DistrictMinimum> DistrictMinimums { get; init; } = [];

    /// <summary>Gets the ids of applications that must receive one of their funding options.</summary>
    public IReadOnlyList<string> MustFund { get; init; } = [];

    /// <summary>Gets groups of application ids of which at most one may be funded.</summary>
    public IReadOnlyList<IReadOnlyList<string>> MutuallyExclusive { get; init; } = [];

    /// <summary>Gets a value indicating whether there are no constraints at all.</summary>
    public bool IsEmpty => BoardCaps.Count == 0 && DistrictMinimums.Count == 0 && MustFund.Count == 0 && MutuallyExclusive.Count == 0;
}

/// <summary>A cap on the total granted to one board.</summary>
/// <param name="BoardId">The board.</param>
/// <param name="Max">The most its applications may receive in total.</param>
public sealed record BoardCap(string BoardId, Sek Max);

/// <summary>A minimum total for applications whose site lies in a district area.</summary>
/// <param name="DistrictArea">The district area.</param>
/// <param name="Min">The least those applications must receive in total.</param>
public sealed record DistrictMinimum(string DistrictArea, Sek Min);
