namespace Trygghet.Rules.Reporting;

using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Trygghet.Rules.Applications;

/// <summary>
/// Writes reports as one self-contained HTML page: inline CSS, the frontier as inline SVG, no scripts, fonts, images or
/// links outside the page (a content security policy forbids them too), and every text HTML-encoded. The page is also
/// well-formed XML (void elements are self-closed), so tools can read it as XHTML.
/// </summary>
public sealed class HtmlReportWriter : DocumentReportWriter
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private const string Styles = """
        :root { color-scheme: light; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.5; color: #1b1f24; background: #ffffff; max-width: 76rem; margin: 0 auto; padding: 1.5rem 2rem 4rem; }
        h1 { font-size: 1.9rem; margin: 0 0 .25rem; }
        .subtitle { color: #4a5560; margin: 0 0 1rem; }
        .notice { border-left: 6px solid #d9822b; background: #fff4e5; padding: .75rem 1rem; margin: 1rem 0; font-weight: 600; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 1rem 0; }
        dl.facts dt { font-weight: 600; }
        dl.facts dd { margin: 0; }
        nav { border: 1px solid #d0d4d9; border-radius: 4px; padding: .5rem 1rem; margin: 1.5rem 0; }
        nav ol { margin: .25rem 0; }
        h2 { border-bottom: 2px solid #1f5fa8; padding-bottom: .2rem; margin-top: 2.5rem; }
        h3 { margin-top: 1.75rem; }
        .table { overflow-x: auto; margin: .75rem 0 1.25rem; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; }
        th, td { border: 1px solid #d0d4d9; padding: .35rem .5rem; vertical-align: top; text-align: left; }
        thead th { background: #eef2f6; }
        tbody tr:nth-child(even) { background: #f8fafc; }
        tfoot td { font-weight: 700; background: #eef2f6; }
        .num { text-align: right; white-space: nowrap; }
        th.num { white-space: normal; }
        .wide { min-width: 16rem; }
        figure { margin: 1rem 0; }
        figure svg { width: 100%; max-width: 60rem; height: auto; border: 1px solid #d0d4d9; }
        figcaption { color: #4a5560; font-size: .92rem; margin: .25rem 0; }
        @media print { nav { display: none; } h2, h3 { break-after: avoid; } tr { break-inside: avoid; } }
        """;

    /// <inheritdoc/>
    public override ReportFormat Format => ReportFormat.Html;

    /// <inheritdoc/>
    public override string FileExtension => ".html";

    /// <inheritdoc/>
    public override string Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var language = document.Language;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(language == ReportLanguage.English ? "en" : "sv").Append("\">\n<head>\n")
            .Append("<meta charset=\"utf-8\" />\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\" />\n")
            .Append("<title>").Append(Encode(document.Title)).Append("</title>\n")
            .Append("<style>\n").Append(Styles.Replace("\r\n", "\n", StringComparison.Ordinal)).Append("\n</style>\n</head>\n<body>\n<header>\n")
            .Append("<h1>").Append(Encode(document.Title)).Append("</h1>\n");
        if (document.Subtitle is { } subtitle)
        {
            html.Append("<p class=\"subtitle\">").Append(Encode(subtitle)).Append("</p>\n");
        }

        if (document.Notice is { } notice)
        {
            html.Append("<p class=\"notice\" role=\"note\">").Append(Encode(notice)).Append("</p>\n");
        }

        if (document.Facts.Count > 0)
        {
            html.Append("<dl class=\"facts\">\n");
            foreach (var (label, value) in document.Facts)
            {
                html.Append("<dt>").Append(Encode(label)).Append("</dt><dd>").Append(Encode(value)).Append("</dd>\n");
            }

            html.Append("</dl>\n");
        }

        html.Append("</header>\n");
        Contents(html, document);
        html.Append("<main>\n");
        for (var i = 0; i < document.Sections.Count; i++)
        {
            Section(html, document.Sections[i], $"s{i + 1}", 2, language);
        }

        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    /// <summary>Encodes text for HTML content or a quoted attribute.</summary>
    internal static string Encode(string text) => Encoder.Encode(ReportText.Clean(text));

    private static void Contents(StringBuilder html, ReportDocument document)
    {
        if (document.Sections.Count < 2)
        {
            return;
        }

        html.Append("<nav aria-label=\"").Append(Encode(ReportText.T(document.Language, "Innehåll", "Contents"))).Append("\">\n<ol>\n");
        for (var i = 0; i < document.Sections.Count; i++)
        {
            html.Append("<li><a href=\"#s").Append(i + 1).Append("\">").Append(Encode(document.Sections[i].Heading)).Append("</a></li>\n");
        }

        html.Append("</ol>\n</nav>\n");
    }

    private static void Section(StringBuilder html, ReportSection section, string id, int level, ReportLanguage language)
    {
        var h = Math.Min(level, 6);
        html.Append("<section id=\"").Append(id).Append("\">\n<h").Append(h).Append('>').Append(Encode(section.Heading)).Append("</h").Append(h).Append(">\n");
        foreach (var block in section.Blocks)
        {
            Block(html, block, language);
        }

        for (var i = 0; i < section.Subsections.Count; i++)
        {
            Section(html, section.Subsections[i], $"{id}-{i + 1}", level + 1, language);
        }

        html.Append("</section>\n");
    }

    private static void Block(StringBuilder html, ReportBlock block, ReportLanguage language)
    {
        switch (block)
        {
            case ReportParagraph paragraph:
                html.Append("<p>").Append(Encode(paragraph.Text)).Append("</p>\n");
                break;
            case ReportList list:
                var tag = list.Numbered ? "ol" : "ul";
                html.Append('<').Append(tag).Append(">\n");
                foreach (var item in list.Items)
                {
                    html.Append("<li>").Append(Encode(item)).Append("</li>\n");
                }

                html.Append("</").Append(tag).Append(">\n");
                break;
            case ReportTable table:
                Table(html, table);
                break;
            case ReportFigure figure:
                // The SVG is the library's own markup (FrontierSvg), whose text is already escaped; it is embedded as is.
                html.Append("<figure>\n").Append(figure.Svg)
                    .Append("<figcaption>").Append(Encode(figure.Caption)).Append("</figcaption>\n")
                    .Append("<details>\n<summary>").Append(Encode(ReportText.T(language, "Som tabell", "As a table"))).Append("</summary>\n");
                Table(html, figure.Alternative);
                html.Append("</details>\n</figure>\n");
                break;
            default:
                throw UnknownBlock(block);
        }
    }

    private static void Table(StringBuilder html, ReportTable table)
    {
        html.Append("<div class=\"table\">\n<table>\n<thead>\n<tr>");
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var column = table.Columns[i];
            var css = column.Numeric ? " class=\"num\"" : IsWide(table, i) ? " class=\"wide\"" : string.Empty;
            html.Append("<th scope=\"col\"").Append(css).Append('>').Append(Encode(column.Header)).Append("</th>");
        }

        html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            Row(html, table, row);
        }

        html.Append("</tbody>\n");
        if (table.Footer is { } footer)
        {
            html.Append("<tfoot>\n");
            Row(html, table, footer);
            html.Append("</tfoot>\n");
        }

        html.Append("</table>\n</div>\n");
    }

    /// <summary>Whether a text column holds long texts, such as motivations, and so needs room to stay readable.</summary>
    private static bool IsWide(ReportTable table, int column) => table.Rows.Any(r => column < r.Count && r[column].Length > 80);

    private static void Row(StringBuilder html, ReportTable table, IReadOnlyList<string> cells)
    {
        html.Append("<tr>");
        for (var i = 0; i < cells.Count; i++)
        {
            var numeric = i < table.Columns.Count && table.Columns[i].Numeric;
            html.Append(numeric ? "<td class=\"num\">" : "<td>").Append(Encode(cells[i])).Append("</td>");
        }

        html.Append("</tr>\n");
    }
}
