using System.CommandLine;
using Trygghet.Rules.Applications;

namespace Trygghet.Cli.Commands;

/// <summary><c>trygghet validate ROUND.json</c>: checks a round file against the contract.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliIo io)
    {
        var file = new Argument<FileInfo>("round") { Description = "The round file (JSON, format version 1)." };
        var command = new Command("validate", "Check a round file and list every problem with its JSON path (exit code 2 when invalid).") { file };
        command.SetAction(parse =>
        {
            var round = CliIo.ReadRound(parse.GetValue(file)!);
            io.Output.WriteLine($"valid: {Summary(round)}");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Describes a round in one line: applications, boards and the requested total.</summary>
    public static string Summary(Round round)
    {
        var district = round.Boards.Count(b => b.Kind == BoardKind.District);
        return $"{round.Name} ({round.Municipality}): {round.Applications.Count} applications from {round.Boards.Count} boards "
            + $"({district} district, {round.Boards.Count - district} specialist), requesting {round.RequestedTotal.ToKronorString(ReportLanguage.English)}";
    }
}
