namespace Trygghet.Rules.Reporting;

using System.Text;
using Trygghet.Rules.Applications;

/// <summary>
/// Writes reports as Markdown (CommonMark with pipe tables): every text is escaped, so input such as a title with
/// <c>&lt;script&gt;</c> or <c>|</c> is shown as text and cannot add markup, links or table cells.
/// </summary>
public sealed class MarkdownReportWriter : DocumentReportWriter
{
    /// <inheritdoc/>
    public override ReportFormat Format => ReportFormat.Markdown;

    /// <inheritdoc/>
    public override string FileExtension => ".md";

    /// <inheritdoc/>
    public override string Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var md = new StringBuilder();
        md.Append("# ").Append(Escape(document.Title)).Append("\n\n");
        if (document.Subtitle is { } subtitle)
        {
            md.Append('*').Append(Escape(subtitle)).Append("*\n\n");
        }

        if (document.Notice is { } notice)
        {
            md.Append("> **").Append(Escape(notice)).Append("**\n\n");
        }

        if (document.Facts.Count > 0)
        {
            foreach (var (label, value) in document.Facts)
            {
                md.Append("- **").Append(Escape(label)).Append(":** ").Append(Escape(value)).Append('\n');
            }

            md.Append('\n');
        }

        foreach (var section in document.Sections)
        {
            Section(md, section, 2, document.Language);
        }

        return md.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>Escapes plain text for Markdown: markup characters get a backslash, <c>&amp; &lt; &gt;</c> become entities, line breaks spaces.</summary>
    internal static string Escape(string text)
    {
        var clean = ReportText.Clean(text);
        var md = new StringBuilder(clean.Length + 16);
        for (var i = 0; i < clean.Length; i++)
        {
            var c = clean[i];
            switch (c)
            {
                case '&':
                    md.Append("&amp;");
                    break;
                case '<':
                    md.Append("&lt;");
                    break;
                case '>':
                    md.Append("&gt;");
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~' or '#':
                    md.Append('\\').Append(c);
                    break;
                case '+' or '-' or '=' when i == 0:
                    md.Append('\\').Append(c);
                    break;
                case '.' or ')' when IsListMarker(clean, i):
                    md.Append('\\').Append(c);
                    break;
                default:
                    md.Append(c);
                    break;
            }
        }

        return md.ToString();
    }

    /// <summary>Whether the character ends a leading number that would start an ordered list, such as <c>1.</c> followed by a space.</summary>
    private static bool IsListMarker(string text, int index) =>
        index is > 0 and < 10 && !text.AsSpan(0, index).ContainsAnyExceptInRange('0', '9') && (index + 1 == text.Length || text[index + 1] == ' ');

    private static void Section(StringBuilder md, ReportSection section, int level, ReportLanguage language)
    {
        md.Append('#', Math.Min(level, 6)).Append(' ').Append(Escape(section.Heading)).Append("\n\n");
        foreach (var block in section.Blocks)
        {
            Block(md, block, language);
        }

        foreach (var subsection in section.Subsections)
        {
            Section(md, subsection, level + 1, language);
        }
    }

    private static void Block(StringBuilder md, ReportBlock block, ReportLanguage language)
    {
        switch (block)
        {
            case ReportParagraph paragraph:
                md.Append(Escape(paragraph.Text)).Append("\n\n");
                break;
            case ReportList list:
                for (var i = 0; i < list.Items.Count; i++)
                {
                    md.Append(list.Numbered ? $"{i + 1}. " : "- ").Append(Escape(list.Items[i])).Append('\n');
                }

                md.Append('\n');
                break;
            case ReportTable table:
                Table(md, table);
                break;
            case ReportFigure figure:
                md.Append("**").Append(Escape(figure.Caption)).Append("**\n\n");
                Table(md, figure.Alternative);
                md.Append('*').Append(Escape(ReportText.T(language, "Diagrammet finns i HTML-rapporten och som SVG-fil.", "The chart is in the HTML report and in an SVG file."))).Append("*\n\n");
                break;
            default:
                throw UnknownBlock(block);
        }
    }

    private static void Table(StringBuilder md, ReportTable table)
    {
        md.Append('|');
        foreach (var column in table.Columns)
        {
            md.Append(' ').Append(Escape(column.Header)).Append(" |");
        }

        md.Append("\n|");
        foreach (var column in table.Columns)
        {
            md.Append(column.Numeric ? " ---: |" : " --- |");
        }

        md.Append('\n');
        foreach (var row in table.Rows)
        {
            Row(md, row, bold: false);
        }

        if (table.Footer is { } footer)
        {
            Row(md, footer, bold: true);
        }

        md.Append('\n');
    }

    private static void Row(StringBuilder md, IReadOnlyList<string> cells, bool bold)
    {
        md.Append('|');
        foreach (var cell in cells)
        {
            var text = Escape(cell);
            md.Append(' ').Append(bold && text.Length > 0 ? "**" + text + "**" : text).Append(" |");
        }

        md.Append('\n');
    }
}
