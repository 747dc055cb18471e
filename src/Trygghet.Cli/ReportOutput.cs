using System.CommandLine;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Decisions;
using Trygghet.Rules.Reporting;
using Trygghet.Rules.Serialization;

namespace Trygghet.Cli;

/// <summary>Writes a run's reports in the formats the user asks for.</summary>
internal static class ReportOutput
{
    public static Option<string?> Format() => FormatOption(
        new("--format", "-f"), "md, html, csv, json or text", "json", ReportFormat.Markdown, ReportFormat.Html, ReportFormat.Csv, ReportFormat.Json, ReportFormat.Text);

    /// <summary>The <c>--format</c> of a document only (no <c>-f</c>, which some commands give <c>--file</c>): Markdown, HTML or text.</summary>
    public static Option<string?> DocumentFormat() => FormatOption(
        new("--format"), "md, html or text", "md", ReportFormat.Markdown, ReportFormat.Html, ReportFormat.Text);

    /// <summary>Picks the format: the option, else the file's extension, else <paramref name="fallback"/> (JSON, the result contract, unless given).</summary>
    public static ReportFormat FormatOf(string? option, FileInfo target, ReportFormat fallback = ReportFormat.Json) =>
        ReportWriters.TryParseFormat(option, out var format) ? format
        : ReportWriters.TryParseFormat(target.Extension.TrimStart('.'), out var byExtension) ? byExtension
        : fallback;

    private static Option<string?> FormatOption(Option<string?> option, string names, string fallback, params ReportFormat[] allowed)
    {
        option.Description = $"The format of --out: {names} (default: from the --out file's extension, else {fallback}).";
        option.CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
            if (!ReportWriters.TryParseFormat(token, out var format) || !allowed.Contains(format))
            {
                result.AddError($"--format must be {names}, not '{token}'.");
            }

            return token;
        };
        return option;
    }

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
