namespace Trygghet.Rules.Reporting;

using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Scenarios;
using static Trygghet.Rules.Reporting.ReportText;

/// <summary>
/// Builds a report of a round under several scenarios, for a committee that weighs other budgets or conditions: what
/// each scenario changes, the totals side by side with the round as it is, and per scenario the applications whose
/// decision differs.
/// </summary>
public static class ScenarioReport
{
    /// <summary>Builds the report of a scenario comparison.</summary>
    /// <param name="comparison">The comparison; its first outcome is the baseline.</param>
    /// <param name="language">The language of the report.</param>
    /// <returns>The report as a format-neutral document.</returns>
    public static ReportDocument Create(ScenarioComparison comparison, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var round = comparison.Round;
        var baseline = comparison.Baseline.Result;
        return new ReportDocument
        {
            Title = round.Name + T(language, " – scenarier", " – scenarios"),
            Subtitle = round.Municipality + T(
                language,
                $" – {Term(baseline.Organisation.OfficeGenitive, language)} jämförelse av budgetramar och villkor",
                $" – {Term(baseline.Organisation.OfficeGenitive, language)} comparison of budgets and conditions"),
            Notice = IllustrativeNotice(round, language),
            Language = language,
            Facts =
            [
                new(T(language, "Kommun", "Municipality"), round.Municipality),
                new(T(language, "Regelverk", "Rule set"), baseline.RuleSetId),
                new(T(language, "Bedömningsdatum", "Assessment date"), Date(round.AssessmentDate)),
                new(T(language, "Budgetram", "Budget ceiling"), round.BudgetCeiling.ToMillionsString(language)),
            ],
            Sections =
            [
                new ReportSection(T(language, "Scenarierna", "The scenarios"), [new ReportList([.. comparison.Outcomes.Skip(1).Select(o => Describe(o.Scenario, round, baseline.Messages, language))])]),
                new ReportSection(T(language, "Jämförelse", "Comparison"), [Totals(comparison, language)]),
                .. comparison.Outcomes.Skip(1).Select(o => Changes(o, language)),
            ],
        };
    }

    private static string Name(ScenarioOutcome outcome, ReportLanguage language) =>
        outcome.Scenario.Name == Scenario.BaselineName ? T(language, "Utgångsläge", "Baseline") : outcome.Scenario.Name;

    /// <summary>One line per scenario: its name and everything it changes.</summary>
    private static string Describe(Scenario scenario, Round round, Assessment.MessageCatalogue messages, ReportLanguage language)
    {
        var parts = new List<string>();
        if (scenario.Budget is { } budget)
        {
            parts.Add(T(language, "budgetram ", "budget ceiling ") + budget.ToMillionsString(language));
        }

        if (!scenario.ExcludedMeasures.IsEmpty)
        {
            parts.Add(T(language, "utan ", "without ") + string.Join(", ", scenario.ExcludedMeasures.Measures.Select(m => messages.Word(m, language))));
        }

        parts.AddRange(scenario.BoardCaps.Select(c => (round.FindBoard(c.BoardId)?.Name ?? c.BoardId) + T(language, " högst ", " at most ") + c.Max.ToKronorString(language)));
        parts.AddRange(scenario.DistrictMinimums.Select(m => T(language, $"minst {m.Min.ToKronorString(language)} till {m.DistrictArea}", $"at least {m.Min.ToKronorString(language)} for {m.DistrictArea}")));
        if (scenario.AllowPartialFunding is { } partial)
        {
            parts.Add(partial ? T(language, "delvis finansiering tillåten", "partial funding allowed") : T(language, "ingen delvis finansiering", "no partial funding"));
        }

        parts.AddRange(scenario.Parameters.Select(p => T(language, "parametern ", "parameter ") + p));
        return scenario.Name + ": " + (parts.Count == 0 ? T(language, "som omgången är", "the round as it is") : string.Join("; ", parts));
    }

    /// <summary>The totals side by side: one column per scenario, the baseline first.</summary>
    private static ReportTable Totals(ScenarioComparison comparison, ReportLanguage language)
    {
        var outcomes = comparison.Outcomes;
        IReadOnlyList<string> Row(string label, Func<ScenarioOutcome, int, string> cell) => [label, .. outcomes.Select(cell)];
        return new ReportTable(
            [new ReportColumn(T(language, "Nyckeltal", "Key figure")), .. outcomes.Select(o => new ReportColumn(Name(o, language), Numeric: true))],
            [
                Row(T(language, "Budgetram", "Budget ceiling"), (o, _) => o.Row.Budget.ToMillionsString(language)),
                Row(T(language, "Beviljade ansökningar", "Funded applications"), (o, _) => Integer(o.Row.Funded, language)),
                Row(T(language, "Beviljat", "Granted"), (o, _) => o.Row.Granted.ToMillionsString(language)),
                Row(T(language, "Förväntad effekt (personår)", "Expected impact (person-years)"), (o, _) => PersonYears(o.Row.Impact, language)),
                Row(T(language, "Bevisat optimal", "Proven optimal"), (o, _) => o.Row.Optimal ? T(language, "ja", "yes") : T(language, "nej", "no")),
                Row(T(language, "Ändrade mot utgångsläget", "Changed from the baseline"), (o, i) => i == 0 ? "–" : Integer(o.Row.Changed, language)),
            ]);
    }

    /// <summary>The applications whose decision under a scenario differs from the baseline's.</summary>
    private static ReportSection Changes(ScenarioOutcome outcome, ReportLanguage language)
    {
        var heading = outcome.Scenario.Name;
        if (outcome.Changes.Count == 0)
        {
            return new ReportSection(heading, [new ReportParagraph(T(language, "Ingen ansökan får ett annat beslut än i utgångsläget.", "No application's decision differs from the baseline."))]);
        }

        var titles = outcome.Result.Decisions.ToDictionary(d => d.Application.Id, d => d.Application.Title, StringComparer.Ordinal);
        var table = new ReportTable(
            [
                new ReportColumn(T(language, "Ansökan", "Application")),
                new ReportColumn(T(language, "Utgångsläge", "Baseline")),
                new ReportColumn("Scenario"),
                new ReportColumn(T(language, "Beviljat i utgångsläget", "Granted in the baseline"), Numeric: true),
                new ReportColumn(T(language, "Beviljat i scenariot", "Granted in the scenario"), Numeric: true),
            ],
            [.. outcome.Changes.Select(c => (IReadOnlyList<string>)
            [
                titles.TryGetValue(c.ApplicationId, out var title) ? $"{c.ApplicationId} {title}" : c.ApplicationId,
                Status(c.From, language),
                Status(c.To, language),
                c.GrantedFrom.ToKronorString(language),
                c.GrantedTo.ToKronorString(language),
            ])])
        {
            Footer =
            [
                T(language, "Summa", "Total"), string.Empty, string.Empty,
                Sek.FromKronor(outcome.Changes.Sum(c => c.GrantedFrom.Kronor)).ToKronorString(language),
                Sek.FromKronor(outcome.Changes.Sum(c => c.GrantedTo.Kronor)).ToKronorString(language),
            ],
        };
        return new ReportSection(heading, [
            new ReportParagraph(T(
                language,
                $"{Applications(outcome.Changes.Count, language)} får ett annat beslut än i utgångsläget.",
                $"{Capitalize(Applications(outcome.Changes.Count, language))} {(outcome.Changes.Count == 1 ? "gets" : "get")} a different decision from the baseline.")),
            table,
        ]);
    }
}
