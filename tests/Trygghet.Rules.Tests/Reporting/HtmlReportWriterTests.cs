using System.Xml;
using System.Xml.Linq;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Reporting;

namespace Trygghet.Rules.Tests.Reporting;

public sealed class HtmlReportWriterTests
{
    private static readonly HtmlReportWriter Writer = new();

    [Theory]
    [InlineData(ReportLanguage.Swedish, "sv")]
    [InlineData(ReportLanguage.English, "en")]
    public void Write_BuiltInRound_IsAWellFormedPageWithTheSectionsInOrder(ReportLanguage language, string lang)
    {
        var html = Writer.Write(ReportRounds.Stockholm, language);
        var page = Parse(html);

        Assert.StartsWith("<!DOCTYPE html>\n", html, StringComparison.Ordinal);
        Assert.Equal(lang, page.Root!.Attribute("lang")!.Value);
        Assert.Equal("Trygghetsinvesteringar 2024 (illustrativt exempel)", page.Descendants("h1").Single().Value);
        Assert.Equal(ProposalReport.Create(ReportRounds.Stockholm, language).Sections.Select(s => s.Heading), page.Descendants("h2").Select(h => h.Value));
        Assert.Single(page.Descendants("p"), p => (string?)p.Attribute("class") == "notice");
    }

    [Fact]
    public void Write_BuiltInRound_StatesTheProposal()
    {
        var html = Writer.Write(ReportRounds.Stockholm, ReportLanguage.Swedish);

        Assert.Contains("35 av sammantaget 48 ansökningar beviljas medel om totalt 60,1 mnkr", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_BuiltInRound_IsSelfContainedWithTheFrontierInline()
    {
        var html = Writer.Write(ReportRounds.Stockholm, ReportLanguage.Swedish);
        var page = Parse(html);
        var svg = Assert.Single(page.Descendants("svg"));

        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(page.Descendants(), e => e.Name.LocalName is "script" or "link" or "img" or "iframe" or "object" or "embed" or "base");
        Assert.All(page.Descendants().Attributes("href"), href => Assert.StartsWith("#", href.Value, StringComparison.Ordinal));
        Assert.Equal("0 0 760 440", svg.Attribute("viewBox")!.Value);
        Assert.Single(page.Descendants("style"));
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReportLanguage.Swedish)]
    [InlineData(ReportLanguage.English)]
    public void Write_Appendix_ListsEveryApplicationOnceAndAddsUp(ReportLanguage language)
    {
        var result = ReportRounds.Stockholm;
        var rows = AppendixRows(Parse(Writer.Write(result, language)));

        Assert.Equal(result.Decisions.Select(d => d.Application.Id), rows.Select(r => r[1].Split(' ')[0]));
        Assert.Equal(result.Summary.GrantedAmount.Kronor, rows.Sum(r => ProposalReportTests.Kronor(r[4])));
        Assert.Equal(result.Decisions.Select(d => d.Motivation.In(language)), rows.Select(r => r[6]));
    }

    [Fact]
    public void Write_HostileText_IsEncoded()
    {
        var html = Writer.Write(ReportRounds.Hostile, ReportLanguage.Swedish);
        var page = Parse(html);
        var rows = AppendixRows(page);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('\u001b', html);
        Assert.DoesNotContain(page.Descendants(), e => e.Name.LocalName is "script" or "img");
        Assert.DoesNotContain(page.Descendants().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("2024-01 " + ReportRounds.ScriptTitle, rows[0][1]);
        Assert.Equal("=HYPERLINK(\"x\")", rows[0][0]);
        Assert.Equal(48, rows.Count);
        Assert.Contains("<script>alert(2)</script>", page.Descendants("h1").Single().Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FeedbackLetter_NamesTheBoard()
    {
        var letter = FeedbackLetters.Create(ReportRounds.Hostile, ReportLanguage.English)[0];
        var page = Parse(Writer.Render(letter.Document));

        Assert.Equal("Feedback to =HYPERLINK(\"x\")", page.Descendants("h1").Single().Value);
        Assert.Equal(letter.Document.Sections.Select(s => s.Heading), page.Descendants("h2").Select(h => h.Value));
        Assert.Contains(page.Descendants("h2"), h => h.Value == "2024-01 " + ReportRounds.ScriptTitle);
    }

    internal static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    private static List<string[]> AppendixRows(XDocument page)
    {
        var appendix = page.Descendants("section").Single(s => (string?)s.Attribute("id") == "s6");
        var table = Assert.Single(appendix.Descendants("table"));
        Assert.Equal(7, table.Element("thead")!.Descendants("th").Count());
        Assert.Single(table.Element("tfoot")!.Elements("tr"));
        var rows = table.Element("tbody")!.Elements("tr").Select(tr => tr.Elements("td").Select(td => td.Value).ToArray()).ToList();
        Assert.All(rows, r => Assert.Equal(7, r.Length));
        return rows;
    }
}
