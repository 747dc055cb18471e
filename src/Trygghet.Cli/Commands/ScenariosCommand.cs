using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Reporting;
using Trygghet.Rules.Scenarios;
using Trygghet.Rules.Serialization;

namespace Trygghet.Cli.Commands;

/// <summary>
/// <c>trygghet scenarios [ROUND.json] --budget 40m --budget 80m --file SCENARIOS.json [--parameters FILE] [--out FILE]</c>: the round under other budgets,
/// caps, excluded measures or parameters, side by side with the baseline.
/// </summary>
internal static class ScenariosCommand
{
    public static Command Create(CliIo io)
    {
        var file = new Argument<FileInfo?>("round")
        {
            Description = "The round file; without it, the built-in illustrative Stockholm 2024 round.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var budgets = new Option<string[]>("--budget", "-b")
        {
            Description = "A budget to run the round under, for example 40m, 60,1 mnkr, 500k or 40000000; repeat for several.",
            Arity = ArgumentArity.OneOrMore,
        };
        var scenarioFile = new Option<FileInfo?>("--file", "-f")
        {
            Description = "A scenario file (JSON): named scenarios that change the budget, exclude measures, add caps or minimums, or override parameters.",
        };
        var language = CliOptions.Language();
        var parameters = CliOptions.Parameters();
        var output = new Option<FileInfo?>("--out", "-o")
        {
            Description = "Also write the comparison as a report: Markdown, HTML or text, by --format or the file's extension (.md, .html, .txt).",
        };
        var format = ReportOutput.DocumentFormat();
        var command = new Command("scenarios", "Run the round under several budgets or scenarios and show them side by side with the baseline, with the applications that change.")
        {
            file, budgets, scenarioFile, language, parameters, output, format,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var round = parse.GetValue(file) is { } path ? CliIo.ReadRound(path) : BuiltInRounds.Stockholm2024;
            var lang = CliOptions.LanguageOf(parse.GetValue(language), round);
            var scenarios = BudgetScenarios(parse.GetValue(budgets) ?? [], lang);
            if (parse.GetValue(scenarioFile) is { } scenarioPath)
            {
                scenarios.AddRange(ReadScenarios(scenarioPath, round));
            }

            if (scenarios.Count == 0)
            {
                throw new CliException("Give at least one --budget or a --file of scenarios to compare with the round as it is.", ExitCodes.Usage);
            }

            var target = parse.GetValue(output);
            var writer = target is null ? null : DocumentWriter(ReportOutput.FormatOf(parse.GetValue(format), target, ReportFormat.Markdown), target);
            var comparison = Run(round, scenarios, RuleSetCatalog.RunnerFor(round, parse.GetValue(parameters)), cancellationToken);
            io.Console.Write(Table(comparison, lang));
            WriteChanges(io, comparison, lang);
            if (target is not null)
            {
                CliIo.WriteFile(target, writer!.Render(ScenarioReport.Create(comparison, lang)));
                io.Output.WriteLine($"wrote {target.FullName}");
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    /// <summary>The writer for a scenario report: a document format, not the result file's JSON or the appendix's CSV.</summary>
    private static DocumentReportWriter DocumentWriter(ReportFormat format, FileInfo target) =>
        ReportWriters.For(format) as DocumentReportWriter
        ?? throw new CliException(
            $"A scenario report is written as Markdown, HTML or text; give --out a .md, .html or .txt file, or --format md, html or text (not {target.Name} as {format.ToString().ToLowerInvariant()}).",
            ExitCodes.Usage);

    /// <summary>Turns each distinct <c>--budget</c> value into a scenario, refusing values that are not amounts.</summary>
    public static List<Scenario> BudgetScenarios(IEnumerable<string> values, ReportLanguage language)
    {
        var scenarios = new List<Scenario>();
        var seen = new HashSet<Sek>();
        foreach (var value in values)
        {
            if (!Sek.TryParse(value, out var budget) || budget.IsNegative)
            {
                throw new CliException(
                    $"--budget '{value}' is not an amount of kronor; write for example 40m, 60.1m, 60,1 mnkr, 500k or 40000000.",
                    ExitCodes.InvalidInput);
            }

            if (seen.Add(budget))
            {
                scenarios.Add(Scenario.ForBudget(budget, language));
            }
        }

        return scenarios;
    }

    private static IReadOnlyList<Scenario> ReadScenarios(FileInfo path, Round round)
    {
        var text = System.Text.Encoding.UTF8.GetString(CliIo.ReadInput(path, RoundReaderOptions.Default.MaxBytes));
        try
        {
            return ScenarioFileReader.Read(text, round);
        }
        catch (RoundValidationException e)
        {
            throw new CliException(CliIo.DescribeProblems(path.Name, e.Problems), ExitCodes.InvalidInput);
        }
    }

    private static ScenarioComparison Run(Round round, IReadOnlyList<Scenario> scenarios, Trygghet.Rules.Decisions.RoundRunner runner, CancellationToken cancellationToken)
    {
        try
        {
            return new ScenarioRunner(runner).Run(round, scenarios, cancellationToken);
        }
        catch (ArgumentException e)
        {
            var message = e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", string.Empty, StringComparison.Ordinal);
            throw new CliException("The scenarios do not fit the round:" + Environment.NewLine + message, ExitCodes.InvalidInput);
        }
        catch (Trygghet.Rules.Allocation.AllocationInfeasibleException e)
        {
            throw new CliException(e.Message, ExitCodes.Infeasible);
        }
    }

    public static Table Table(ScenarioComparison comparison, ReportLanguage language)
    {
        var en = language == ReportLanguage.English;
        var culture = en ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo("sv-SE");
        var rows = comparison.Rows;
        var table = new Table().Border(TableBorder.Simple).AddColumn(new TableColumn(string.Empty).NoWrap());
        foreach (var row in rows)
        {
            var name = row.Name == Scenario.BaselineName ? (en ? "Baseline" : "Utgångsläge") : row.Name;
            table.AddColumn(new TableColumn(Markup.Escape(name)).RightAligned());
        }

        AddRow(table, en ? "Budget" : "Budget", rows.Select(r => r.Budget.ToMillionsString(language)));
        AddRow(table, en ? "Funded applications" : "Beviljade ansökningar", rows.Select(r => r.Funded.ToString(culture)));
        AddRow(table, en ? "Granted" : "Beviljat", rows.Select(r => r.Granted.ToMillionsString(language)));
        AddRow(table, en ? "Impact (person-years)" : "Effekt (personår)", rows.Select(r => r.Impact.ToString("0.0", culture)));
        AddRow(table, en ? "Optimal" : "Optimalt", rows.Select(r => r.Optimal ? (en ? "yes" : "ja") : (en ? "no" : "nej")));
        AddRow(table, en ? "Changed vs baseline" : "Ändrade mot utgångsläget", rows.Select((r, i) => i == 0 ? "-" : r.Changed.ToString(culture)));
        return table;
    }

    private static void AddRow(Table table, string label, IEnumerable<string> cells) =>
        table.AddRow([Markup.Escape(label), .. cells.Select(Markup.Escape)]);

    private static void WriteChanges(CliIo io, ScenarioComparison comparison, ReportLanguage language)
    {
        var en = language == ReportLanguage.English;
        foreach (var outcome in comparison.Outcomes.Skip(1))
        {
            io.Output.WriteLine();
            if (outcome.Changes.Count == 0)
            {
                io.Output.WriteLine(en ? $"{outcome.Scenario.Name}: no application changes." : $"{outcome.Scenario.Name}: ingen ansökan ändras.");
                continue;
            }

            io.Output.WriteLine(en
                ? $"{outcome.Scenario.Name}: {outcome.Changes.Count} application(s) change:"
                : $"{outcome.Scenario.Name}: {outcome.Changes.Count} ansökning(ar) ändras:");
            var table = new Table().Border(TableBorder.Simple)
                .AddColumn(en ? "Application" : "Ansökan")
                .AddColumn(en ? "Baseline" : "Utgångsläge")
                .AddColumn(en ? "Scenario" : "Scenario")
                .AddColumn(new TableColumn(en ? "Granted (baseline)" : "Beviljat (utgångsläge)").RightAligned())
                .AddColumn(new TableColumn(en ? "Granted (scenario)" : "Beviljat (scenario)").RightAligned());
            foreach (var change in outcome.Changes)
            {
                table.AddRow(
                    Markup.Escape(change.ApplicationId),
                    Tables.StatusText(change.From, language),
                    Tables.StatusText(change.To, language),
                    Markup.Escape(change.GrantedFrom.ToKronorString(language)),
                    Markup.Escape(change.GrantedTo.ToKronorString(language)));
            }

            io.Console.Write(table);
        }
    }
}
