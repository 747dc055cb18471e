using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Decisions;

namespace Trygghet.Cli.Commands;

/// <summary><c>trygghet frontier ROUND.json</c>: the exact optimum for every budget, as breakpoints.</summary>
internal static class FrontierCommand
{
    public static Command Create(CliIo io)
    {
        var file = new Argument<FileInfo?>("round")
        {
            Description = "The round file; without it, the built-in illustrative Stockholm 2024 round.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var language = CliOptions.Language();
        var parameters = CliOptions.Parameters();
        var command = new Command("frontier", "Print the exact optimum as a function of the budget, from 0 to the total eligible amount: one row per breakpoint.")
        {
            file, language, parameters,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var round = parse.GetValue(file) is { } path ? CliIo.ReadRound(path) : Trygghet.Rules.Serialization.BuiltInRounds.Stockholm2024;
            var lang = CliOptions.LanguageOf(parse.GetValue(language), round);
            var result = RunCommand.Run(round, RunOptions.Default with { ComputeCounterfactuals = false, CompareGreedy = false }, cancellationToken, parse.GetValue(parameters));
            io.Console.Write(Table(result, lang));
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    public static Table Table(RoundResult result, ReportLanguage language)
    {
        var en = language == ReportLanguage.English;
        var culture = en ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo("sv-SE");
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn(new TableColumn(en ? "Budget from" : "Budget från").RightAligned())
            .AddColumn(new TableColumn(en ? "Cost" : "Kostnad").RightAligned())
            .AddColumn(new TableColumn(en ? "Impact (person-years)" : "Effekt (personår)").RightAligned())
            .AddColumn(new TableColumn(en ? "Funded" : "Beviljade").RightAligned())
            .AddColumn(en ? "Changes" : "Förändras");
        foreach (var point in result.Frontier)
        {
            var marker = point.Budget <= result.Round.BudgetCeiling && point.Cost == result.Allocation.BudgetUsed ? " ◀" : string.Empty;
            table.AddRow(
                Markup.Escape(point.Budget.ToKronorString(language)),
                Markup.Escape(point.Cost.ToKronorString(language)),
                point.Impact.ToString("0.0", culture) + marker,
                point.FundedCount.ToString(culture),
                Markup.Escape(string.Join(", ", point.Changes.Select(c => c.Granted.Kronor == 0 ? "−" + c.ApplicationId : c.ApplicationId))));
        }

        return table;
    }
}
