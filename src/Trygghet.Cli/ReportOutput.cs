using System.CommandLine;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Decisions;
using Trygghet.Rules.Reporting;
using Trygghet.Rules.Serialization;

namespace Trygghet.Cli;

/// <summary>Writes a run's reports in the formats the user asks for.</summary>
internal static class ReportOutput
{
    public static Option<string?> Format() => new("--format", "-f")
    {
        Description = "The format of --out: md, html, csv, json or text (default: from the --out file's extension, else json).",
        CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
            if (!ReportWriters.TryParseFormat(token, out _))
            {
                result.AddError($"--format must be md, html, csv, json or text, not '{token}'.");
            }

            return token;
        },
    };

    /// <summary>Picks the format: the option, else the file's extension, else JSON (the result contract).</summary>
    public static ReportFormat FormatOf(string? option, FileInfo target) =>
        ReportWriters.TryParseFormat(option, out var format) ? format
        : ReportWriters.TryParseFormat(target.Extension.TrimStart('.'), out var byExtension) ? byExtension
        : ReportFormat.Json;

    /// <summary>Writes one report; an HTML or Markdown report gets the frontier picture beside it as <c>NAME.frontier.svg</c>.</summary>
    public static IEnumerable<FileInfo> Write(RoundResult result, ReportLanguage language, ReportFormat format, FileInfo target)
    {
        WriteOne(result, language, format, target);
        yield return target;
        if (format is ReportFormat.Html or ReportFormat.Markdown && result.Frontier.Count > 0)
        {
            var svg = new FileInfo(Path.Combine(target.DirectoryName ?? ".", Path.GetFileNameWithoutExtension(target.Name) + ".frontier.svg"));
            CliIo.WriteFile(svg, FrontierSvg.Render(result, language));
            yield return svg;
        }
    }

    /// <summary>
    /// Writes the whole set into a folder: the proposal in Markdown, HTML and text, the appendix as CSV, the result
    /// as JSON, the frontier as SVG and one feedback letter per board. File names are fixed or numbered: nothing
    /// from the input chooses an output path.
    /// </summary>
    public static IReadOnlyList<FileInfo> WriteAll(RoundResult result, ReportLanguage language, DirectoryInfo folder)
    {
        var suffix = language == ReportLanguage.English ? "en" : "sv";
        var written = new List<FileInfo>();
        foreach (var (format, name) in new[]
        {
            (ReportFormat.Markdown, $"proposal.{suffix}.md"),
            (ReportFormat.Html, $"proposal.{suffix}.html"),
            (ReportFormat.Text, $"proposal.{suffix}.txt"),
            (ReportFormat.Csv, $"appendix.{suffix}.csv"),
            (ReportFormat.Json, "result.json"),
        })
        {
            var file = new FileInfo(Path.Combine(folder.FullName, name));
            WriteOne(result, language, format, file);
            written.Add(file);
        }

        if (result.Frontier.Count > 0)
        {
            var svg = new FileInfo(Path.Combine(folder.FullName, $"frontier.{suffix}.svg"));
            CliIo.WriteFile(svg, FrontierSvg.Render(result, language));
            written.Add(svg);
        }

        var markdown = new MarkdownReportWriter();
        var letters = FeedbackLetters.Create(result, language);
        for (var i = 0; i < letters.Count; i++)
        {
            var file = new FileInfo(Path.Combine(folder.FullName, "feedback", $"feedback-{i + 1:00}.{suffix}.md"));
            CliIo.WriteFile(file, markdown.Render(letters[i].Document));
            written.Add(file);
        }

        return written;
    }

    /// <summary>Writes one report; the result file streams to disk, since a large round's frontier makes it hundreds of megabytes.</summary>
    private static void WriteOne(RoundResult result, ReportLanguage language, ReportFormat format, FileInfo target)
    {
        if (format == ReportFormat.Json)
        {
            var document = ResultDocuments.From(result, language);
            CliIo.WriteFile(target, stream => ResultWriter.Write(document, stream));
            return;
        }

        CliIo.WriteFile(target, ReportWriters.For(format).Write(result, language), byteOrderMark: format == ReportFormat.Csv);
    }
}
