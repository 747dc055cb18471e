namespace Trygghet.Rules.Reporting;

/// <summary>A column of a <see cref="ReportTable"/>.</summary>
/// <param name="Header">The column's header.</param>
/// <param name="Numeric">Whether the column holds numbers or amounts, which writers align to the right.</param>
public sealed record ReportColumn(string Header, bool Numeric = false);
