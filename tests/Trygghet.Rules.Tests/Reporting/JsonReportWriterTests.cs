using System.Text.Json;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Reporting;
using Trygghet.Rules.Serialization;

namespace Trygghet.Rules.Tests.Reporting;

public sealed class JsonReportWriterTests
{
    [Theory]
    [InlineData(ReportLanguage.Swedish)]
    [InlineData(ReportLanguage.English)]
    public void Write_BuiltInRound_IsTheContractsResultFile(ReportLanguage language)
    {
        var result = ReportRounds.Stockholm;
        var json = new JsonReportWriter().Write(result, language);

        Assert.Equal(ResultWriter.Write(ResultDocuments.From(result, language)), json);
        var read = ResultReader.Read(json);
        Assert.Equal(result.Summary.GrantedAmount.Kronor, read.Summary.GrantedSek);
        Assert.Equal(result.Decisions.Select(d => d.Application.Id), read.Decisions.Select(d => d.ApplicationId));
        Assert.Equal(result.Summary.GrantedAmount.Kronor, read.Decisions.Sum(d => d.GrantedSek));
    }

    [Fact]
    public void Write_HostileText_IsValidJsonThatKeepsTheText()
    {
        using var document = JsonDocument.Parse(new JsonReportWriter().Write(ReportRounds.Hostile, ReportLanguage.Swedish));

        Assert.Equal(ReportRounds.HostileRoundName, document.RootElement.GetProperty("round").GetString());
    }
}
