using System.CommandLine;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Decisions;
using Trygghet.Rules.Reporting;
using Trygghet.Rules.Serialization;

namespace Trygghet.Cli.Commands;

/// <summary><c>trygghet run [ROUND.json]</c>: assessment plus allocation; the built-in Stockholm 2024 round without a file.</summary>
internal static class RunCommand
{
    public static Command Create(CliIo io)
    {
        var file = new Argument<FileInfo?>("round")
        {
            Description = "The round file; without it, the built-in illustrative Stockholm 2024 round.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var output = CliOptions.Out("the report (the result file of the contract unless --format or the file's extension says otherwise)");
        var format = ReportOutput.Format();
        var language = CliOptions.Language();
        var trace = CliOptions.Trace();
        var parameters = CliOptions.Parameters();
        var noPartial = new Option<bool>("--no-partial") { Description = "Grant only whole eligible packages, never a reduced one." };
        var command = new Command("run", "Assess every application and allocate the budget exactly; prints the proposal and writes the result file.")
        {
            file, output, format, language, trace, noPartial, parameters,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var round = parse.GetValue(file) is { } path ? CliIo.ReadRound(path) : BuiltInRounds.Stockholm2024;
            var lang = CliOptions.LanguageOf(parse.GetValue(language), round);
            var result = Run(round, new RunOptions
            {
                IncludeTrace = parse.GetValue(trace),
                AllowPartialFunding = parse.GetValue(noPartial) ? false : null,
            }, cancellationToken, parse.GetValue(parameters));
            io.Output.Write(new PlainTextReportWriter().Write(result, lang));
            if (parse.GetValue(output) is { } target)
            {
                foreach (var written in ReportOutput.Write(result, lang, ReportOutput.FormatOf(parse.GetValue(format), target), target))
                {
                    io.Output.WriteLine($"wrote {written.FullName}");
                }
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    /// <summary>Runs a round, turning an infeasible allocation into the command's error.</summary>
    public static RoundResult Run(Round round, RunOptions options, CancellationToken cancellationToken, FileInfo? parameters = null)
    {
        try
        {
            return RuleSetCatalog.RunnerFor(round, parameters).Run(round, options, cancellationToken);
        }
        catch (Trygghet.Rules.Allocation.AllocationInfeasibleException e)
        {
            throw new CliException("The round's constraints cannot all hold:" + Environment.NewLine + e.Message, ExitCodes.Infeasible);
        }
    }

    public static string SummaryLine(RoundResult result, ReportLanguage language)
    {
        var s = result.Summary;
        var optimal = result.Allocation.Optimal;
        return language == ReportLanguage.English
            ? $"{s.Granted} of {s.Applications} applications granted {s.GrantedAmount.ToMillionsString(language)} "
              + $"({s.PartiallyGranted} partially; {s.NotFunded} not funded, {s.Rejected} rejected, {s.Incomplete} incomplete); "
              + $"expected impact {s.ExpectedImpact.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} person-years, "
              + (optimal ? "proven optimal." : $"not proven optimal (gap {result.Allocation.Gap.ToString("P2", System.Globalization.CultureInfo.InvariantCulture)}).")
            : $"{s.Granted} av sammantaget {s.Applications} ansökningar beviljas medel om totalt {s.GrantedAmount.ToMillionsString(language)} "
              + $"({s.PartiallyGranted} delvis; {s.NotFunded} ryms inte, {s.Rejected} avslås, {s.Incomplete} ofullständiga); "
              + $"förväntad effekt {s.ExpectedImpact.ToString("0.0", System.Globalization.CultureInfo.GetCultureInfo("sv-SE"))} personår, "
              + (optimal ? "bevisat optimalt." : $"inte bevisat optimalt (gap {result.Allocation.Gap.ToString("P2", System.Globalization.CultureInfo.GetCultureInfo("sv-SE"))}).");
    }
}
