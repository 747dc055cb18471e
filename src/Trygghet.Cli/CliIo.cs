using System.Text;
using Spectre.Console;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Serialization;

namespace Trygghet.Cli;

/// <summary>The command's console, writers and file access, so that commands stay testable.</summary>
internal sealed class CliIo(IAnsiConsole console, TextWriter output, TextWriter error)
{
    /// <summary>Gets the console for tables and rich text.</summary>
    public IAnsiConsole Console { get; } = console;

    /// <summary>Gets the plain output writer.</summary>
    public TextWriter Output { get; } = output;

    /// <summary>Gets the error writer.</summary>
    public TextWriter Error { get; } = error;

    /// <summary>Reads and validates a round file, or throws a <see cref="CliException"/> listing every problem.</summary>
    public static Round ReadRound(FileInfo file) => ReadRound(file, RoundReaderOptions.Default);

    /// <summary>Reads and validates a round file with size limits, or throws a <see cref="CliException"/> listing every problem.</summary>
    public static Round ReadRound(FileInfo file, RoundReaderOptions options)
    {
        var bytes = ReadInput(file, options.MaxBytes);
        var result = RoundReader.TryRead(bytes, options);
        if (result.Round is { } round)
        {
            return round;
        }

        throw new CliException(DescribeProblems(file.Name, result.Problems), ExitCodes.InvalidInput);
    }

    /// <summary>Reads an input file's bytes, refusing files over the size limit before reading them.</summary>
    public static byte[] ReadInput(FileInfo file, long maxBytes)
    {
        try
        {
            file.Refresh();
            if (!file.Exists)
            {
                throw new CliException($"{file.Name}: no such file ({file.FullName}).", ExitCodes.InvalidInput);
            }

            if (file.Length > maxBytes)
            {
                throw new CliException($"{file.Name}: the file is {file.Length} bytes, over the limit of {maxBytes} bytes.", ExitCodes.InvalidInput);
            }

            return File.ReadAllBytes(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{file.Name}: cannot be read: {e.Message}", ExitCodes.InvalidInput);
        }
    }

    /// <summary>Writes text to an output file the user named, creating its folder.</summary>
    public static void WriteFile(FileInfo file, string text) => WriteFile(file, text, byteOrderMark: false);

    /// <summary>Writes text to an output file the user named, creating its folder; CSV gets a byte order mark so spreadsheets read å, ä and ö.</summary>
    public static void WriteFile(FileInfo file, string text, bool byteOrderMark)
    {
        try
        {
            if (file.Directory is { Exists: false } directory)
            {
                directory.Create();
            }

            File.WriteAllText(file.FullName, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: byteOrderMark));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{file.FullName}: cannot be written: {e.Message}", ExitCodes.OutputFailed);
        }
    }

    /// <summary>Writes bytes to an output file the user named as they come, creating its folder, so that a large file never sits in memory whole.</summary>
    public static void WriteFile(FileInfo file, Action<Stream> write)
    {
        try
        {
            if (file.Directory is { Exists: false } directory)
            {
                directory.Create();
            }

            using var stream = new FileStream(file.FullName, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
            try
            {
                write(stream);
            }
            catch
            {
                // A half-written result file must not look like a result.
                stream.Dispose();
                File.Delete(file.FullName);
                throw;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{file.FullName}: cannot be written: {e.Message}", ExitCodes.OutputFailed);
        }
    }

    /// <summary>Describes every validation problem on its own line, with its JSON path.</summary>
    public static string DescribeProblems(string fileName, IReadOnlyList<ValidationProblem> problems)
    {
        var text = new StringBuilder();
        text.Append(fileName).Append(": ").Append(problems.Count).Append(problems.Count == 1 ? " problem" : " problems").AppendLine(":");
        foreach (var problem in problems)
        {
            text.Append("  ").Append(problem.Path).Append(": ").AppendLine(problem.Message);
        }

        return text.ToString().TrimEnd();
    }
}
