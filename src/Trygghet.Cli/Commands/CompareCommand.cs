using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Decisions;
using Trygghet.Rules.Serialization;

namespace Trygghet.Cli.Commands;

/// <summary><c>trygghet compare ROUND.json PROPOSAL.json [--lang sv|en] [--parameters FILE]</c>: a person's own proposal measured against the optimum.</summary>
internal static class CompareCommand
{
    public static Command Create(CliIo io)
    {
        var file = CliOptions.Round();
        var proposalFile = new Argument<FileInfo>("proposal")
        {
            Description = "The proposal: { \"name\": ..., \"amounts\": { \"2024-01\": 1550000, ... } } or a result file.",
        };
        var language = CliOptions.Language();
        var parameters = CliOptions.Parameters();
        var command = new Command("compare", "Measure a person's own proposal (an amount per application) against the optimum: impact, gap and what the optimum funds instead.")
        {
            file, proposalFile, language, parameters,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var round = CliIo.ReadRound(parse.GetValue(file)!);
            var runner = RuleSetCatalog.RunnerFor(round, parse.GetValue(parameters));
            var lang = CliOptions.LanguageOf(parse.GetValue(language), round);
            var path = parse.GetValue(proposalFile)!;
            var text = System.Text.Encoding.UTF8.GetString(CliIo.ReadInput(path, RoundReaderOptions.Default.MaxBytes));
            Proposal proposal;
            try
            {
                proposal = ProposalReader.Read(text, Path.GetFileNameWithoutExtension(path.Name));
            }
            catch (RoundValidationException e)
            {
                throw new CliException(CliIo.DescribeProblems(path.Name, e.Problems), ExitCodes.InvalidInput);
            }

            ProposalComparison comparison;
            try
            {
                comparison = runner.Compare(round, proposal, cancellationToken: cancellationToken);
            }
            catch (ArgumentException e)
            {
                throw new CliException($"{path.Name}: {e.Message}", ExitCodes.InvalidInput);
            }
            catch (Trygghet.Rules.Allocation.AllocationInfeasibleException e)
            {
                throw new CliException("The round's constraints cannot all hold:" + Environment.NewLine + e.Message, ExitCodes.Infeasible);
            }

            Print(io, comparison, lang);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static void Print(CliIo io, ProposalComparison comparison, ReportLanguage language)
    {
        var en = language == ReportLanguage.English;
        var culture = en ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo("sv-SE");
        var c = comparison.Comparison;
        var optimum = comparison.Optimum.Allocation;
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn(en ? "Allocation" : "Fördelning")
            .AddColumn(new TableColumn(en ? "Cost" : "Kostnad").RightAligned())
            .AddColumn(new TableColumn(en ? "Impact (person-years)" : "Effekt (personår)").RightAligned())
            .AddColumn(new TableColumn(en ? "Gap to optimum" : "Gap mot optimum").RightAligned());
        table.AddRow(Markup.Escape(en ? "optimum" : "optimum"), Markup.Escape(optimum.BudgetUsed.ToKronorString(language)), optimum.Objective.ToString("0.0", culture), 0d.ToString("P1", culture));
        table.AddRow(Markup.Escape(c.Name), Markup.Escape(c.Cost.ToKronorString(language)), c.Impact.ToString("0.0", culture), c.Gap.ToString("P1", culture));
        io.Console.Write(table);
        io.Output.WriteLine((en ? "The optimum funds instead: " : "Optimum beviljar i stället: ") + (c.OptimumFundsInstead.Count == 0 ? "-" : string.Join(", ", c.OptimumFundsInstead)));
        foreach (var violation in c.Violations)
        {
            io.Output.WriteLine((en ? "Violation: " : "Bryter mot: ") + violation);
        }

        foreach (var line in comparison.Lines.Where(l => l.Proposed != l.Read))
        {
            io.Output.WriteLine($"{line.ApplicationId}: {line.Proposed.ToKronorString(language)} → {line.Read.ToKronorString(language)} ({line.Note})");
        }
    }
}
