namespace Trygghet.Rules.Reporting;

/// <summary>The report writers this library ships, one per <see cref="ReportFormat"/>.</summary>
public static class ReportWriters
{
    /// <summary>Gets one writer per format, in the order of <see cref="ReportFormat"/>.</summary>
    public static IReadOnlyList<IReportWriter> All { get; } =
    [
        new MarkdownReportWriter(), new HtmlReportWriter(), new CsvReportWriter(), new JsonReportWriter(), new PlainTextReportWriter(),
    ];

    /// <summary>Gets the writer for a format.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The writer.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The format is not a defined <see cref="ReportFormat"/>.</exception>
    public static IReportWriter For(ReportFormat format) =>
        All.FirstOrDefault(w => w.Format == format) ?? throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format.");

    /// <summary>
    /// Parses a format name as a command line gives it: <c>md</c> or <c>markdown</c>, <c>html</c> or <c>htm</c>, <c>csv</c>,
    /// <c>json</c>, <c>text</c> or <c>txt</c>, in any case, with or without a leading dot.
    /// </summary>
    /// <param name="text">The name.</param>
    /// <param name="format">The format when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the name is a known format.</returns>
    public static bool TryParseFormat(string? text, out ReportFormat format)
    {
        ReportFormat? parsed = text?.Trim().TrimStart('.').ToUpperInvariant() switch
        {
            "MD" or "MARKDOWN" => ReportFormat.Markdown,
            "HTML" or "HTM" => ReportFormat.Html,
            "CSV" => ReportFormat.Csv,
            "JSON" => ReportFormat.Json,
            "TEXT" or "TXT" => ReportFormat.Text,
            _ => null,
        };
        format = parsed ?? default;
        return parsed.HasValue;
    }
}
