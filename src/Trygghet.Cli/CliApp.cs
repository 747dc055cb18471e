using System.CommandLine;
using Spectre.Console;
using Trygghet.Cli.Commands;

namespace Trygghet.Cli;

/// <summary>Builds and runs the <c>trygghet</c> command line.</summary>
internal static class CliApp
{
    /// <summary>Runs the command line with the given output writers and returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!ReferenceEquals(output, Console.Out) || Console.IsOutputRedirected)
        {
            // Files and pipes get full-width tables rather than the 80-column default.
            console.Profile.Width = 160;
        }

        var io = new CliIo(console, output, error);
        var root = new RootCommand("trygghet: assesses and allocates a grant round for safety investments (trygghetsinvesteringar).");
        foreach (var command in Commands(io))
        {
            root.Subcommands.Add(command);
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return await root.Parse(args).InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("Cancelled.").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (CliException e)
        {
            await error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return e.ExitCode;
        }
    }

    private static IEnumerable<Command> Commands(CliIo io)
    {
        yield return ValidateCommand.Create(io);
        yield return AssessCommand.Create(io);
        yield return RunCommand.Create(io);
        yield return FrontierCommand.Create(io);
        yield return ReportCommand.Create(io);
        yield return CompareCommand.Create(io);
        yield return ScenariosCommand.Create(io);
    }
}
