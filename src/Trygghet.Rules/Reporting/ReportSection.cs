namespace Trygghet.Rules.Reporting;

/// <summary>A section of a report: a heading, its blocks and its subsections.</summary>
/// <param name="Heading">The heading.</param>
/// <param name="Blocks">The paragraphs, lists, tables and figures under the heading, in order.</param>
public sealed record ReportSection(string Heading, IReadOnlyList<ReportBlock> Blocks)
{
    /// <summary>Gets the subsections, which follow the blocks.</summary>
    public IReadOnlyList<ReportSection> Subsections { get; init; } = [];
}
