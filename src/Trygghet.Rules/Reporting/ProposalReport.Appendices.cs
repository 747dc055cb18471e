namespace Trygghet.Rules.Reporting;

using Trygghet.Rules.Applications;
using Trygghet.Rules.Decisions;
using static Trygghet.Rules.Reporting.ReportText;

/// <content>The appendices: the assessments (<c>Sammanställning av bedömningar</c>) and the summaries per board and per district area.</content>
public static partial class ProposalReport
{
    /// <summary>The heading of appendix 1, which every document format uses to find the assessments.</summary>
    internal static string AssessmentsHeading(ReportLanguage language) =>
        T(language, "Bilaga 1. Sammanställning av bedömningar", "Appendix 1. Summary of assessments");

    private static ReportSection AssessmentsAppendix(RoundResult result, ReportLanguage language)
    {
        var s = result.Summary;
        var text = T(
            language,
            "Förslag på beviljat belopp och motivering för varje ansökan, i den ordning ansökningarna kom in.",
            "The proposed amount and the motivation for every application, in the order the applications arrived.");
        var rows = result.Decisions.Select(d => (IReadOnlyList<string>)
        [
            BoardName(result.Round, d.Application.BoardId),
            d.Application.Id + " " + d.Application.Title,
            d.Application.Site.Name,
            d.Assessment.Requested.ToKronorString(language),
            d.Granted.ToKronorString(language),
            Status(d.Status, language),
            d.Motivation.In(language),
        ]).ToList();
        var table = new ReportTable(
            [
                new ReportColumn(T(language, "Nämnd", "Board")),
                new ReportColumn(T(language, "Ansökan", "Application")),
                new ReportColumn(T(language, "Plats", "Place")),
                new ReportColumn(T(language, "Sökt belopp", "Requested"), Numeric: true),
                new ReportColumn(T(language, "Förslag på beviljat belopp", "Proposed amount"), Numeric: true),
                new ReportColumn("Status"),
                new ReportColumn(T(language, "Motivering", "Motivation")),
            ],
            rows)
        {
            Footer =
            [
                T(language, "Summa", "Total"),
                Applications(s.Applications, language),
                string.Empty,
                s.Requested.ToKronorString(language),
                s.GrantedAmount.ToKronorString(language),
                T(language, $"{s.Granted} beviljas", $"{s.Granted} granted"),
                string.Empty,
            ],
        };
        return new ReportSection(AssessmentsHeading(language), [new ReportParagraph(text), table]);
    }

    private static ReportSection BoardAppendix(RoundResult result, ReportLanguage language)
    {
        var table = TallyTable(
            result,
            language,
            ReportTallies.ByBoard(result),
            new ReportColumn(T(language, "Nämnd", "Board")),
            (new ReportColumn(T(language, "Slag", "Kind")), r => result.Round.FindBoard(r.Key) is { } board ? BoardKindName(board.Kind, language) : string.Empty));
        return new ReportSection(T(language, "Bilaga 2. Sammanställning per nämnd", "Appendix 2. Summary by board"), [table]);
    }

    private static ReportSection DistrictAppendix(RoundResult result, ReportLanguage language)
    {
        var text = T(
            language,
            "Efter det stadsdelsområde där platsen ligger; facknämndernas ansökningar räknas till platsens område.",
            "By the district area the place lies in; the specialist boards' applications count towards the place's area.");
        var table = TallyTable(result, language, ReportTallies.ByDistrict(result), new ReportColumn(T(language, "Stadsdelsområde", "District area")), extra: null);
        return new ReportSection(T(language, "Bilaga 3. Sammanställning per stadsdelsområde", "Appendix 3. Summary by district area"), [new ReportParagraph(text), table]);
    }

    /// <summary>A summary table: one row per tally (name, an optional extra text column, counts and amounts) and a total footer.</summary>
    private static ReportTable TallyTable(
        RoundResult result,
        ReportLanguage language,
        IReadOnlyList<TallyRow> tallies,
        ReportColumn nameColumn,
        (ReportColumn Column, Func<TallyRow, string> Value)? extra)
    {
        IReadOnlyList<string> Cells(TallyRow r, string extraText) =>
        [
            r.Name,
            .. extra is null ? Array.Empty<string>() : [extraText],
            Integer(r.Applications, language),
            Integer(r.Granted, language),
            r.Requested.ToKronorString(language),
            r.Proposed.ToKronorString(language),
        ];

        var total = ReportTallies.Total(T(language, "Summa", "Total"), result.Decisions);
        return new ReportTable(
            [
                nameColumn,
                .. extra is { } e ? new[] { e.Column } : [],
                new ReportColumn(T(language, "Ansökningar", "Applications"), Numeric: true),
                new ReportColumn(T(language, "Beviljas", "Granted"), Numeric: true),
                new ReportColumn(T(language, "Sökt belopp", "Requested"), Numeric: true),
                new ReportColumn(T(language, "Förslag", "Proposed"), Numeric: true),
            ],
            [.. tallies.Select(r => Cells(r, extra?.Value(r) ?? string.Empty))])
        {
            Footer = Cells(total, string.Empty),
        };
    }
}
