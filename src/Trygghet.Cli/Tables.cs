using Spectre.Console;
using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Decisions;

namespace Trygghet.Cli;

/// <summary>Console tables for assessments and decisions.</summary>
internal static class Tables
{
    public static Table Assessments(RoundAssessment assessment, ReportLanguage language)
    {
        var en = language == ReportLanguage.English;
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn(en ? "Application" : "Ansökan")
            .AddColumn(en ? "Board" : "Nämnd")
            .AddColumn(en ? "Status" : "Status")
            .AddColumn(new TableColumn(en ? "Requested" : "Sökt").RightAligned())
            .AddColumn(new TableColumn(en ? "Eligible" : "Stödberättigat").RightAligned())
            .AddColumn(en ? "Deciding criteria" : "Avgörande kriterier");
        foreach (var a in assessment.Applications)
        {
            table.AddRow(
                Markup.Escape(a.Application.Id),
                Markup.Escape(a.Application.BoardId),
                StatusText(a.Status, language),
                Markup.Escape(a.Requested.ToKronorString(language)),
                Markup.Escape(a.Eligible.ToKronorString(language)),
                Markup.Escape(string.Join(", ", a.Findings
                    .Where(f => f.Outcome is FindingOutcome.NotMet or FindingOutcome.Warning)
                    .Select(f => f.CriterionId).Distinct(StringComparer.Ordinal))));
        }

        return table;
    }

    public static string StatusText(AssessmentStatus status, ReportLanguage language) => (status, language) switch
    {
        (AssessmentStatus.Eligible, ReportLanguage.English) => "eligible",
        (AssessmentStatus.Rejected, ReportLanguage.English) => "rejected",
        (AssessmentStatus.Incomplete, ReportLanguage.English) => "incomplete",
        (AssessmentStatus.Eligible, _) => "stödberättigad",
        (AssessmentStatus.Rejected, _) => "avslås",
        _ => "ofullständig",
    };

    public static string StatusText(DecisionStatus status, ReportLanguage language) => (status, language) switch
    {
        (DecisionStatus.Granted, ReportLanguage.English) => "granted",
        (DecisionStatus.PartiallyGranted, ReportLanguage.English) => "partially granted",
        (DecisionStatus.NotFunded, ReportLanguage.English) => "not funded",
        (DecisionStatus.Rejected, ReportLanguage.English) => "rejected",
        (DecisionStatus.Incomplete, ReportLanguage.English) => "incomplete",
        (DecisionStatus.Granted, _) => "beviljas",
        (DecisionStatus.PartiallyGranted, _) => "beviljas delvis",
        (DecisionStatus.NotFunded, _) => "ryms inte",
        (DecisionStatus.Rejected, _) => "avslås",
        _ => "ofullständig",
    };

    public static string Millions(Sek amount, ReportLanguage language) => amount.ToMillionsString(language);
}
