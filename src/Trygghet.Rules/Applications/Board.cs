namespace Trygghet.Rules.Applications;

/// <summary>An applying city board (<c>nämnd</c>).</summary>
/// <param name="Id">The board's id, unique in the round.</param>
/// <param name="Name">The board's name, for example <c>Rinkeby-Kista stadsdelsnämnd</c>.</param>
/// <param name="Kind">Whether it is a district or a specialist board.</param>
/// <param name="DistrictArea">For a district board, the district area it serves.</param>
public sealed record Board(string Id, string Name, BoardKind Kind, string? DistrictArea = null);
