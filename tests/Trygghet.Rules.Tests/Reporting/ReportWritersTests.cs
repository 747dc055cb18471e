using Trygghet.Rules.Applications;
using Trygghet.Rules.Reporting;

namespace Trygghet.Rules.Tests.Reporting;

public sealed class ReportWritersTests
{
    [Fact]
    public void All_HasOneWriterPerFormatWithItsOwnExtension()
    {
        Assert.Equal(Enum.GetValues<ReportFormat>(), ReportWriters.All.Select(w => w.Format));
        Assert.Equal([".md", ".html", ".csv", ".json", ".txt"], ReportWriters.All.Select(w => w.FileExtension));
    }

    [Theory]
    [InlineData(ReportFormat.Markdown, typeof(MarkdownReportWriter))]
    [InlineData(ReportFormat.Html, typeof(HtmlReportWriter))]
    [InlineData(ReportFormat.Csv, typeof(CsvReportWriter))]
    [InlineData(ReportFormat.Json, typeof(JsonReportWriter))]
    [InlineData(ReportFormat.Text, typeof(PlainTextReportWriter))]
    public void For_Format_ReturnsItsWriter(ReportFormat format, Type type) =>
        Assert.IsType(type, ReportWriters.For(format));

    [Fact]
    public void For_UndefinedFormat_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportWriters.For((ReportFormat)99));

    [Theory]
    [InlineData("md", ReportFormat.Markdown)]
    [InlineData("Markdown", ReportFormat.Markdown)]
    [InlineData(".html", ReportFormat.Html)]
    [InlineData("HTM", ReportFormat.Html)]
    [InlineData("csv", ReportFormat.Csv)]
    [InlineData(" json ", ReportFormat.Json)]
    [InlineData("text", ReportFormat.Text)]
    [InlineData("txt", ReportFormat.Text)]
    public void TryParseFormat_KnownName_ParsesIt(string text, ReportFormat expected)
    {
        Assert.True(ReportWriters.TryParseFormat(text, out var format));
        Assert.Equal(expected, format);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("pdf")]
    [InlineData("mdx")]
    public void TryParseFormat_UnknownName_IsFalse(string? text) =>
        Assert.False(ReportWriters.TryParseFormat(text, out _));

    [Fact]
    public void Write_EveryFormatAndLanguage_IsDeterministic()
    {
        foreach (var writer in ReportWriters.All)
        {
            foreach (var language in ReportRounds.Languages)
            {
                Assert.Equal(writer.Write(ReportRounds.Stockholm, language), writer.Write(ReportRounds.Stockholm, language));
            }
        }
    }

    [Theory]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Text)]
    public void Write_DocumentFormats_StateTheProposalInBothLanguages(ReportFormat format)
    {
        var writer = ReportWriters.For(format);

        Assert.Contains("35 av sammantaget 48 ansökningar beviljas medel om totalt 60,1 mnkr", writer.Write(ReportRounds.Stockholm, ReportLanguage.Swedish), StringComparison.Ordinal);
        Assert.Contains("35 of the 48 applications in total be granted funds totalling SEK 60.1m", writer.Write(ReportRounds.Stockholm, ReportLanguage.English), StringComparison.Ordinal);
    }
}
