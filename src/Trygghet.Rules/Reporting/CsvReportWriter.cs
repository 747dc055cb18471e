namespace Trygghet.Rules.Reporting;

using CsvHelper;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Decisions;
using static Trygghet.Rules.Reporting.ReportText;

/// <summary>
/// Writes a round's result as RFC 4180 CSV for a spreadsheet: one row per application (the appendix), then one per board,
/// one per district area and the total, told apart by the first column. Amounts are whole kronor.
/// </summary>
/// <remarks>
/// Text from the round that starts like a formula (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return) gets a
/// leading <c>'</c> so a spreadsheet shows it as text rather than running it; numbers are written as numbers.
/// </remarks>
public sealed class CsvReportWriter : IReportWriter
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape, NewLine = "\r\n" };

    /// <inheritdoc/>
    public ReportFormat Format => ReportFormat.Csv;

    /// <inheritdoc/>
    public string FileExtension => ".csv";

    /// <inheritdoc/>
    public string Write(RoundResult result, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, Options, leaveOpen: true))
        {
            csv.WriteHeader(
            [
                T(language, "Rad", "Row"),
                T(language, "Nämnd", "Board"),
                T(language, "Ansökan", "Application"),
                T(language, "Titel", "Title"),
                T(language, "Plats", "Place"),
                T(language, "Stadsdelsområde", "District area"),
                T(language, "Ansökningar", "Applications"),
                T(language, "Beviljas", "Granted"),
                T(language, "Sökt belopp (kr)", "Requested (SEK)"),
                T(language, "Stödberättigat (kr)", "Eligible (SEK)"),
                T(language, "Förslag på beviljat belopp (kr)", "Proposed (SEK)"),
                "Status",
                T(language, "Motivering", "Motivation"),
            ]);
            foreach (var d in result.Decisions)
            {
                Row(csv, T(language, "ansökan", "application"), BoardName(result.Round, d.Application.BoardId), d.Application.Id, d.Application.Title, d.Application.Site.Name, d.Application.Site.DistrictArea);
                Amounts(csv, 1, IsGranted(d.Status) ? 1 : 0, d.Assessment.Requested.Kronor, d.Assessment.Eligible.Kronor, d.Granted.Kronor);
                csv.WriteField(Status(d.Status, language));
                csv.WriteField(d.Motivation.In(language));
                csv.EndRecord();
            }

            foreach (var board in ReportTallies.ByBoard(result))
            {
                Summary(csv, T(language, "nämnd", "board"), board, board.Name, string.Empty);
            }

            foreach (var district in ReportTallies.ByDistrict(result))
            {
                Summary(csv, T(language, "stadsdelsområde", "district area"), district, string.Empty, district.Name);
            }

            Summary(csv, T(language, "summa", "total"), ReportTallies.Total(string.Empty, result.Decisions), string.Empty, string.Empty);
        }

        return text.ToString();
    }

    private static void Summary(CsvWriter csv, string kind, TallyRow tally, string board, string district)
    {
        Row(csv, kind, board, string.Empty, string.Empty, string.Empty, district);
        Amounts(csv, tally.Applications, tally.Granted, tally.Requested.Kronor, tally.Eligible.Kronor, tally.Proposed.Kronor);
        csv.WriteField(string.Empty);
        csv.WriteField(string.Empty);
        csv.EndRecord();
    }

    private static void Row(CsvWriter csv, string kind, string board, string application, string title, string place, string district)
    {
        csv.WriteField(kind);
        csv.WriteField(board);
        csv.WriteField(application);
        csv.WriteField(title);
        csv.WriteField(place);
        csv.WriteField(district);
    }

    private static void Amounts(CsvWriter csv, int applications, int granted, long requested, long eligible, long proposed)
    {
        csv.WriteField(applications, default);
        csv.WriteField(granted, default);
        csv.WriteField(requested, default);
        csv.WriteField(eligible, default);
        csv.WriteField(proposed, default);
    }
}
