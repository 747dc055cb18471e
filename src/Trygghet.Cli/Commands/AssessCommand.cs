using System.CommandLine;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Serialization;

namespace Trygghet.Cli.Commands;

/// <summary><c>trygghet assess ROUND.json [--out FILE] [--lang sv|en] [--trace] [--parameters FILE]</c>: assesses every application.</summary>
internal static class AssessCommand
{
    public static Command Create(CliIo io)
    {
        var file = CliOptions.Round();
        var output = CliOptions.Out("every assessment, finding, motivation and feedback item as JSON");
        var language = CliOptions.Language();
        var trace = CliOptions.Trace();
        var parameters = CliOptions.Parameters();
        var command = new Command("assess", "Assess every application against the round's rule set and print a table; --out writes the assessments as JSON.")
        {
            file, output, language, trace, parameters,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var round = CliIo.ReadRound(parse.GetValue(file)!);
            var lang = CliOptions.LanguageOf(parse.GetValue(language), round);
            var runner = RuleSetCatalog.RunnerFor(round, parse.GetValue(parameters));
            var assessment = runner.Assessor.Assess(round, new AssessmentOptions { IncludeTrace = parse.GetValue(trace) }, cancellationToken);
            io.Console.Write(Tables.Assessments(assessment, lang));
            var eligible = assessment.Applications.Count(a => a.Status == AssessmentStatus.Eligible);
            io.Output.WriteLine(lang == Trygghet.Rules.Applications.ReportLanguage.English
                ? $"{eligible} of {assessment.Applications.Count} applications eligible for {assessment.EligibleTotal.ToMillionsString(lang)} of {round.RequestedTotal.ToMillionsString(lang)} requested."
                : $"{eligible} av {assessment.Applications.Count} ansökningar stödberättigade med {assessment.EligibleTotal.ToMillionsString(lang)} av sökta {round.RequestedTotal.ToMillionsString(lang)}.");
            if (parse.GetValue(output) is { } target)
            {
                CliIo.WriteFile(target, ResultWriter.Write(ResultDocuments.From(assessment, lang, new MotivationWriter(runner.Assessor.Messages))));
                io.Output.WriteLine($"wrote {target.FullName}");
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
