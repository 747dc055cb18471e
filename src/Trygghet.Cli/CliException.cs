namespace Trygghet.Cli;

/// <summary>An error the command reports as a plain message and an exit code, never as a stack trace.</summary>
internal sealed class CliException(string message, int exitCode) : Exception(message)
{
    /// <summary>Gets the exit code.</summary>
    public int ExitCode { get; } = exitCode;
}
