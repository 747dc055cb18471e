namespace Trygghet.Rules.Reporting;

using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Decisions;
using static Trygghet.Rules.Reporting.ReportText;

/// <summary>Writes one feedback letter per applying board: the proposed amounts, each application's motivation and its improvement points.</summary>
public static class FeedbackLetters
{
    /// <summary>Creates the feedback letters for a round's result, one per board with at least one application, in the round's board order.</summary>
    /// <param name="result">The round's result.</param>
    /// <param name="language">The language of the letters.</param>
    /// <returns>The letters.</returns>
    public static IReadOnlyList<FeedbackLetter> Create(RoundResult result, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. ReportTallies.ByBoard(result).Select(tally => Letter(result, tally, language))];
    }

    private static FeedbackLetter Letter(RoundResult result, TallyRow board, ReportLanguage language)
    {
        var round = result.Round;
        var o = result.Organisation;
        var office = Term(o.Office, language, start: true);
        var decisions = result.Decisions.Where(d => string.Equals(d.Application.BoardId, board.Key, StringComparison.Ordinal)).ToList();
        var proposal = board.Granted == 0
            ? T(language, $"{office} föreslår att ingen av dem beviljas medel.", $"{office} proposes that none of them be granted funds.")
            : T(
                language,
                $"{office} föreslår att {board.Granted} av dem beviljas medel om totalt {board.Proposed.ToKronorString(language)}.",
                $"{office} proposes that {board.Granted} of them be granted funds totalling {board.Proposed.ToKronorString(language)}.");
        var summary = T(
            language,
            $"{board.Name} har i {round.Name} sökt medel för {Applications(board.Applications, language)} om sammanlagt {board.Requested.ToKronorString(language)}. ",
            $"In {round.Name}, {board.Name} applied for funds for {Applications(board.Applications, language)} requesting {board.Requested.ToKronorString(language)} in total. ") + proposal;
        var next = T(
            language,
            $"{Term(o.Committee, language, start: true)} beslutar om förslaget. Nedan följer motiveringen för varje ansökan och {Term(o.OfficeGenitive, language)} förbättringspunkter inför kommande ansökningar.",
            $"{Term(o.Committee, language, start: true)} decides on the proposal. Below are the motivation for each application and {Term(o.OfficeGenitive, language)} points for improving future applications.");
        var table = new ReportTable(
            [
                new ReportColumn(T(language, "Ansökan", "Application")),
                new ReportColumn(T(language, "Plats", "Place")),
                new ReportColumn(T(language, "Sökt belopp", "Requested"), Numeric: true),
                new ReportColumn(T(language, "Förslag", "Proposed"), Numeric: true),
                new ReportColumn("Status"),
            ],
            [.. decisions.Select(d => (IReadOnlyList<string>)
            [
                d.Application.Id, d.Application.Site.Name, d.Assessment.Requested.ToKronorString(language), d.Granted.ToKronorString(language), Status(d.Status, language),
            ])])
        {
            Footer = [T(language, "Summa", "Total"), string.Empty, board.Requested.ToKronorString(language), board.Proposed.ToKronorString(language), string.Empty],
        };

        var document = new ReportDocument
        {
            Title = T(language, "Återkoppling till ", "Feedback to ") + board.Name,
            Subtitle = round.Name + T(language, $" – {Term(o.OfficeGenitive, language)} bedömning av nämndens ansökningar", $" – {Term(o.OfficeGenitive, language)} assessment of the board's applications"),
            Notice = IllustrativeNotice(round, language),
            Language = language,
            Facts =
            [
                new(T(language, "Kommun", "Municipality"), round.Municipality),
                new(T(language, "Bedömningsdatum", "Assessment date"), Date(round.AssessmentDate)),
                new(T(language, "Sökt belopp", "Requested"), board.Requested.ToKronorString(language)),
                new(T(language, "Förslag", "Proposed"), board.Proposed.ToKronorString(language)),
            ],
            Sections =
            [
                new ReportSection(T(language, "Sammanfattning", "Summary"), [new ReportParagraph(summary), table, new ReportParagraph(next)]),
                .. decisions.Select(d => Application(result, d, language)),
                new ReportSection(T(language, "Frågor", "Questions"), [new ReportParagraph(T(
                    language,
                    $"Frågor om bedömningen besvaras av {Term(o.Office, language)}.",
                    $"{office} answers questions about the assessment."))]),
            ],
        };
        return new FeedbackLetter(board.Key, board.Name, document);
    }

    private static ReportSection Application(RoundResult result, Decision decision, ReportLanguage language)
    {
        var application = decision.Application;
        var blocks = new List<ReportBlock>
        {
            new ReportParagraph(T(
                language,
                $"Plats: {application.Site.Name} ({application.Site.DistrictArea}). Sökt belopp {decision.Assessment.Requested.ToKronorString(language)}, förslag {decision.Granted.ToKronorString(language)}: {Status(decision.Status, language)}.",
                $"Place: {application.Site.Name} ({application.Site.DistrictArea}). Requested {decision.Assessment.Requested.ToKronorString(language)}, proposed {decision.Granted.ToKronorString(language)}: {Status(decision.Status, language)}.")),
            new ReportParagraph(T(language, "Motivering: ", "Motivation: ") + decision.Motivation.In(language)),
        };
        if (decision.Counterfactual is not null)
        {
            blocks.Add(new ReportParagraph(CounterfactualText.Describe(decision, result.Allocation.BudgetCeiling).In(language)));
        }

        if (decision.Feedback.Count == 0)
        {
            var office = Term(result.Organisation.Office, language, start: true);
            blocks.Add(new ReportParagraph(T(language, $"{office} har inga förbättringspunkter för ansökan.", $"{office} has no points for improvement.")));
        }
        else
        {
            blocks.Add(new ReportParagraph(T(language, "Förbättringspunkter:", "Points for improvement:")));
            blocks.Add(new ReportList([.. decision.Feedback.Select(f => f.In(language))]));
        }

        return new ReportSection(application.Id + " " + application.Title, blocks);
    }
}
