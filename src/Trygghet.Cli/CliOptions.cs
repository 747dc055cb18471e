using System.CommandLine;
using Trygghet.Rules.Applications;

namespace Trygghet.Cli;

/// <summary>Options shared by several commands.</summary>
internal static class CliOptions
{
    public static Argument<FileInfo> Round() => new("round") { Description = "The round file (JSON, format version 1)." };

    public static Option<FileInfo?> Out(string what) => new("--out", "-o") { Description = $"Write {what} to this file." };

    public static Option<string?> Language() => new("--lang")
    {
        Description = "The language of messages and reports: sv (default: the round's) or en.",
        CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
            if (token is not ("sv" or "en"))
            {
                result.AddError($"--lang must be sv or en, not '{token}'.");
            }

            return token;
        },
    };

    public static Option<FileInfo?> Parameters() => new("--parameters")
    {
        Description = "A parameter file (JSON) that overrides the named parameters of the round's rule set, each with its dated values and reference, and under messages rewords its texts (such as the names of the municipality's bodies).",
    };

    public static Option<bool> Trace() => new("--trace") { Description = "Include the trace: the rules that fired, the facts they matched and the parameters they used." };

    public static ReportLanguage LanguageOf(string? option, Round round) => option switch
    {
        "en" => ReportLanguage.English,
        "sv" => ReportLanguage.Swedish,
        _ => round.Language,
    };
}
