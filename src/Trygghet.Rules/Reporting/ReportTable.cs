namespace Trygghet.Rules.Reporting;

/// <summary>A table of plain-text cells, with an optional totals row.</summary>
/// <param name="Columns">The columns.</param>
/// <param name="Rows">The rows; each has one cell per column.</param>
public sealed record ReportTable(IReadOnlyList<ReportColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : ReportBlock
{
    /// <summary>Gets the totals row, with one cell per column, or <see langword="null"/> for none.</summary>
    public IReadOnlyList<string>? Footer { get; init; }
}
