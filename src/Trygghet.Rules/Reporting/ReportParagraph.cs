namespace Trygghet.Rules.Reporting;

/// <summary>A paragraph of plain text; writers escape it for their format.</summary>
/// <param name="Text">The text.</param>
public sealed record ReportParagraph(string Text) : ReportBlock;
