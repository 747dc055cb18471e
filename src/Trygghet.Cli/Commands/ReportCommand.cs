using System.CommandLine;
using Trygghet.Rules.Decisions;
using Trygghet.Rules.Serialization;

namespace Trygghet.Cli.Commands;

/// <summary><c>trygghet report [ROUND.json] --out-dir DIR [--lang sv|en] [--parameters FILE]</c>: writes the proposal, appendix, frontier and feedback letters.</summary>
internal static class ReportCommand
{
    public static Command Create(CliIo io)
    {
        var file = new Argument<FileInfo?>("round")
        {
            Description = "The round file; without it, the built-in illustrative Stockholm 2024 round.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var folder = new Option<DirectoryInfo>("--out-dir", "-d")
        {
            Description = "The folder to write into (created if missing).",
            Required = true,
        };
        var language = CliOptions.Language();
        var parameters = CliOptions.Parameters();
        var command = new Command("report", "Write the decision proposal (Markdown, HTML, text), the appendix (CSV), the result (JSON), the frontier (SVG) and a feedback letter per board.")
        {
            file, folder, language, parameters,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var round = parse.GetValue(file) is { } path ? CliIo.ReadRound(path) : BuiltInRounds.Stockholm2024;
            var lang = CliOptions.LanguageOf(parse.GetValue(language), round);
            var result = RunCommand.Run(round, RunOptions.Default, cancellationToken, parse.GetValue(parameters));
            foreach (var written in ReportOutput.WriteAll(result, lang, parse.GetValue(folder)!))
            {
                io.Output.WriteLine($"wrote {written.FullName}");
            }

            io.Output.WriteLine(RunCommand.SummaryLine(result, lang));
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
