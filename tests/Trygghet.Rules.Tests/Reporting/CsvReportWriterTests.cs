using System.Globalization;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Reporting;

namespace Trygghet.Rules.Tests.Reporting;

public sealed class CsvReportWriterTests
{
    private const int Kind = 0;
    private const int Board = 1;
    private const int Application = 2;
    private const int Title = 3;
    private const int Place = 4;
    private const int Applications = 6;
    private const int Granted = 7;
    private const int Requested = 8;
    private const int Proposed = 10;

    private static readonly CsvReportWriter Writer = new();

    [Theory]
    [InlineData(ReportLanguage.Swedish, "Rad,Nämnd,Ansökan,Titel,Plats,Stadsdelsområde,Ansökningar,Beviljas,Sökt belopp (kr),Stödberättigat (kr),Förslag på beviljat belopp (kr),Status,Motivering")]
    [InlineData(ReportLanguage.English, "Row,Board,Application,Title,Place,District area,Applications,Granted,Requested (SEK),Eligible (SEK),Proposed (SEK),Status,Motivation")]
    public void Write_BuiltInRound_HasTheHeaderAndRectangularRecords(ReportLanguage language, string header)
    {
        var records = CsvText.Parse(Writer.Write(ReportRounds.Stockholm, language));

        Assert.Equal(header, string.Join(',', records[0]));
        Assert.All(records, r => Assert.Equal(13, r.Count));
        Assert.Equal(1 + 48 + 13 + 9 + 1, records.Count);
    }

    [Theory]
    [InlineData(ReportLanguage.Swedish, "ansökan", "nämnd", "summa")]
    [InlineData(ReportLanguage.English, "application", "board", "total")]
    public void Write_BuiltInRound_ListsEveryApplicationOnceAndTheSummariesAddUp(ReportLanguage language, string applicationKind, string boardKind, string totalKind)
    {
        var result = ReportRounds.Stockholm;
        var records = CsvText.Parse(Writer.Write(result, language));
        var applications = records.Where(r => r[Kind] == applicationKind).ToList();
        var boards = records.Where(r => r[Kind] == boardKind).ToList();
        var total = Assert.Single(records, r => r[Kind] == totalKind);

        Assert.Equal(result.Decisions.Select(d => d.Application.Id), applications.Select(r => r[Application]));
        Assert.Equal(result.Summary.GrantedAmount.Kronor, applications.Sum(r => Number(r[Proposed])));
        Assert.Equal(result.Summary.GrantedAmount.Kronor, boards.Sum(r => Number(r[Proposed])));
        Assert.Equal(result.Summary.GrantedAmount.Kronor, Number(total[Proposed]));
        Assert.Equal(result.Summary.Requested.Kronor, Number(total[Requested]));
        Assert.Equal(48, boards.Sum(r => Number(r[Applications])));
        Assert.Equal(35, applications.Sum(r => Number(r[Granted])));
        Assert.Equal(result.Round.Boards.Select(b => b.Name), boards.Select(r => r[Board]));
    }

    [Fact]
    public void Write_FormulaLikeText_IsNeutralisedAndNumbersStayNumbers()
    {
        var records = CsvText.Parse(Writer.Write(ReportRounds.Hostile, ReportLanguage.Swedish));
        var boardNames = records.Where(r => r[Kind] == "nämnd").Take(ReportRounds.FormulaBoardNames.Length).Select(r => r[Board]);
        var first = records[1];

        Assert.Equal(ReportRounds.FormulaBoardNames.Select(n => "'" + n), boardNames);
        Assert.Equal("'=HYPERLINK(\"x\")", first[Board]);
        Assert.Equal(ReportRounds.ScriptTitle, first[Title]);
        Assert.Equal("'=cmd|' /C calc'!A0", records[2][Title]);
        Assert.All(records.Skip(1).SelectMany(r => r.Skip(Applications).Take(5)), cell => Assert.Matches("^[0-9]+$", cell));
        Assert.All(records.SelectMany(r => r), cell => Assert.False(cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal), $"The cell '{cell}' starts like a formula."));
    }

    [Fact]
    public void Write_Place_KeepsCommasAndQuotesInsideOneCell()
    {
        var records = CsvText.Parse(Writer.Write(ReportRounds.Hostile, ReportLanguage.Swedish));

        Assert.Equal("Parken | [länk](https://evil.example) *fet* # rubrik", records[2][Place]);
        Assert.Equal("<img src=x onerror=alert(3)> & \"citat\" 'apostrof'", records[3][Title]);
    }

    private static long Number(string cell) => long.Parse(cell, NumberStyles.None, CultureInfo.InvariantCulture);
}
