namespace Trygghet.Rules.Reporting;

using System.Text;
using Trygghet.Rules.Applications;

/// <summary>
/// Writes reports as plain text for a console: underlined headings, aligned tables (or one block per row when a table is
/// too wide), and no control characters from the input, so a title cannot move the cursor or colour the terminal.
/// </summary>
public sealed class PlainTextReportWriter : DocumentReportWriter
{
    /// <summary>The widest table, in characters, that is drawn as columns; wider tables are written one block per row.</summary>
    public const int MaxTableWidth = 120;

    /// <inheritdoc/>
    public override ReportFormat Format => ReportFormat.Text;

    /// <inheritdoc/>
    public override string FileExtension => ".txt";

    /// <inheritdoc/>
    public override string Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new StringBuilder();
        var title = Clean(document.Title);
        var rule = new string('=', Math.Max(title.Length, 3));
        text.Append(rule).Append('\n').Append(title).Append('\n').Append(rule).Append('\n');
        if (document.Subtitle is { } subtitle)
        {
            text.Append(Clean(subtitle)).Append('\n');
        }

        text.Append('\n');
        if (document.Notice is { } notice)
        {
            text.Append("*** ").Append(Clean(notice)).Append(" ***\n\n");
        }

        foreach (var (label, value) in document.Facts)
        {
            text.Append(Clean(label)).Append(": ").Append(Clean(value)).Append('\n');
        }

        if (document.Facts.Count > 0)
        {
            text.Append('\n');
        }

        foreach (var section in document.Sections)
        {
            Section(text, section, 1, document.Language);
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    private static string Clean(string text) => ReportText.Clean(text);

    private static void Section(StringBuilder text, ReportSection section, int level, ReportLanguage language)
    {
        var heading = Clean(section.Heading);
        text.Append('\n').Append(heading).Append('\n').Append(level == 1 ? '=' : '-', Math.Max(heading.Length, 3)).Append("\n\n");
        foreach (var block in section.Blocks)
        {
            Block(text, block, language);
        }

        foreach (var subsection in section.Subsections)
        {
            Section(text, subsection, level + 1, language);
        }
    }

    private static void Block(StringBuilder text, ReportBlock block, ReportLanguage language)
    {
        switch (block)
        {
            case ReportParagraph paragraph:
                text.Append(Clean(paragraph.Text)).Append("\n\n");
                break;
            case ReportList list:
                for (var i = 0; i < list.Items.Count; i++)
                {
                    text.Append(list.Numbered ? $"  {i + 1}. " : "  - ").Append(Clean(list.Items[i])).Append('\n');
                }

                text.Append('\n');
                break;
            case ReportTable table:
                Table(text, table);
                break;
            case ReportFigure figure:
                text.Append(Clean(figure.Caption)).Append('\n')
                    .Append(ReportText.T(language, "(Diagrammet finns i HTML-rapporten och som SVG-fil.)", "(The chart is in the HTML report and in an SVG file.)")).Append("\n\n");
                Table(text, figure.Alternative);
                break;
            default:
                throw UnknownBlock(block);
        }
    }

    private static void Table(StringBuilder text, ReportTable table)
    {
        var headers = table.Columns.Select(c => Clean(c.Header)).ToList();
        var rows = table.Rows.Select(r => r.Select(Clean).ToList()).ToList();
        var footer = table.Footer?.Select(Clean).ToList();
        var all = rows.Append(headers).Concat(footer is null ? [] : [footer]).ToList();
        var widths = headers.Select((_, i) => all.Max(r => i < r.Count ? r[i].Length : 0)).ToList();
        if (widths.Sum() + (2 * (widths.Count - 1)) > MaxTableWidth)
        {
            Records(text, headers, rows, footer);
            return;
        }

        Line(text, table, headers, widths);
        text.Append('-', widths.Sum() + (2 * (widths.Count - 1))).Append('\n');
        foreach (var row in rows)
        {
            Line(text, table, row, widths);
        }

        if (footer is not null)
        {
            text.Append('-', widths.Sum() + (2 * (widths.Count - 1))).Append('\n');
            Line(text, table, footer, widths);
        }

        text.Append('\n');
    }

    private static void Line(StringBuilder text, ReportTable table, List<string> cells, List<int> widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < widths.Count; i++)
        {
            var cell = i < cells.Count ? cells[i] : string.Empty;
            if (i > 0)
            {
                line.Append("  ");
            }

            line.Append(table.Columns[i].Numeric ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]));
        }

        text.Append(line.ToString().TrimEnd()).Append('\n');
    }

    /// <summary>Writes a wide table one block per row: the first cell as the block's heading, then one labelled line per other cell.</summary>
    private static void Records(StringBuilder text, List<string> headers, List<List<string>> rows, List<string>? footer)
    {
        foreach (var row in footer is null ? rows : rows.Append(footer))
        {
            text.Append(headers[0]).Append(": ").Append(row[0]).Append('\n');
            for (var i = 1; i < headers.Count && i < row.Count; i++)
            {
                if (row[i].Length > 0)
                {
                    text.Append("    ").Append(headers[i]).Append(": ").Append(row[i]).Append('\n');
                }
            }

            text.Append('\n');
        }
    }
}
