// Projects the built-in Stockholm 2024 round onto alternative budgets: the round is assessed once and allocated
// exactly under each budget; each row says what that budget funds and which applications change from the round's own.
using System.Globalization;
using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Criteria;
using Trygghet.Rules.Decisions;
using Trygghet.Rules.Scenarios;
using Trygghet.Rules.Serialization;

var round = BuiltInRounds.Stockholm2024;
var runner = new ScenarioRunner(new RoundRunner(RuleSets.Stockholm2024));

decimal[] millions = [40m, 50m, 60.1m, 70m, 80m, 90m];
var comparison = runner.Run(round, [.. millions.Select(m => Scenario.ForBudget(Sek.FromMillions(m), ReportLanguage.English))]);

Console.WriteLine($"{round.Name}: {round.Applications.Count} applications, {round.RequestedTotal.ToMillionsString(ReportLanguage.English)} requested, budget {round.BudgetCeiling.ToMillionsString(ReportLanguage.English)}");
Console.WriteLine();
Console.WriteLine($"{"Budget",10} {"Funded",6} {"Granted",10} {"Impact",9}  Changes from the round's budget");
foreach (var outcome in comparison.Outcomes.Skip(1))
{
    var row = outcome.Row;
    var changes = outcome.Changes.Count == 0 ? "none" : string.Join(", ", outcome.Changes.Select(c => c.ApplicationId));
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"{row.Budget.ToMillionsString(ReportLanguage.English),10} {row.Funded,6} {row.Granted.ToMillionsString(ReportLanguage.English),10} {row.Impact,9:0.0}  {changes}"));
}
