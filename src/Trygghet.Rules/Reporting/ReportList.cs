namespace Trygghet.Rules.Reporting;

/// <summary>A list of plain-text items.</summary>
/// <param name="Items">The items, in order.</param>
/// <param name="Numbered">Whether the items are numbered (as the points of a proposed decision are).</param>
public sealed record ReportList(IReadOnlyList<string> Items, bool Numbered = false) : ReportBlock;
