using System.Text.RegularExpressions;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Decisions;
using Trygghet.Rules.Reporting;

namespace Trygghet.Rules.Tests.Reporting;

public sealed partial class MarkdownReportWriterTests
{
    private static readonly MarkdownReportWriter Writer = new();

    [Theory]
    [InlineData(ReportLanguage.Swedish)]
    [InlineData(ReportLanguage.English)]
    public void Write_BuiltInRound_HasTheHeadingsInOrder(ReportLanguage language)
    {
        var markdown = Writer.Write(ReportRounds.Stockholm, language);
        var headings = markdown.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..]).ToList();

        Assert.StartsWith("# Trygghetsinvesteringar 2024 (illustrativt exempel)\n", markdown, StringComparison.Ordinal);
        Assert.Equal(ProposalReport.Create(ReportRounds.Stockholm, language).Sections.Select(s => MarkdownReportWriter.Escape(s.Heading)), headings);
        Assert.Contains(language == ReportLanguage.English ? "> **Illustrative example:" : "> **Illustrativt exempel:", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_BuiltInRound_StatesTheProposal()
    {
        var markdown = Writer.Write(ReportRounds.Stockholm, ReportLanguage.Swedish);

        Assert.Contains("35 av sammantaget 48 ansökningar beviljas medel om totalt 60,1 mnkr", markdown, StringComparison.Ordinal);
        Assert.Contains("\n1. Kommunstyrelsens ekonomi- och trygghetsutskott beviljar medel", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReportLanguage.Swedish)]
    [InlineData(ReportLanguage.English)]
    public void Write_Appendix_ListsEveryApplicationOnceAndAddsUp(ReportLanguage language)
    {
        var result = ReportRounds.Stockholm;
        var rows = AppendixRows(Writer.Write(result, language), language);

        Assert.Equal(result.Decisions.Select(d => d.Application.Id), rows.Select(r => r[1].Split(' ')[0]));
        Assert.Equal(result.Summary.GrantedAmount.Kronor, rows.Sum(r => ProposalReportTests.Kronor(r[4])));
    }

    [Fact]
    public void Write_HostileText_IsEscapedAndKeepsTheTableShape()
    {
        var result = ReportRounds.Hostile;
        var markdown = Writer.Write(result, ReportLanguage.Swedish);
        var rows = AppendixRows(markdown, ReportLanguage.Swedish);

        Assert.DoesNotContain("<script", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"(?<!\\)\]\(", markdown);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", markdown, StringComparison.Ordinal);
        Assert.Equal(48, rows.Count);
        Assert.Contains("Parken \\| \\[länk\\](https://evil.example) \\*fet\\* \\# rubrik", rows[1][2], StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', markdown);
        Assert.DoesNotContain('\t', markdown);
    }

    [Theory]
    [InlineData("1. punkt", "1\\. punkt")]
    [InlineData("2024-01 Titel", "2024-01 Titel")]
    [InlineData("840.0", "840.0")]
    [InlineData("# rubrik", "\\# rubrik")]
    [InlineData("-2+3", "\\-2+3")]
    [InlineData("+1", "\\+1")]
    [InlineData("a|b", "a\\|b")]
    [InlineData("<b>&amp;</b>", "&lt;b&gt;&amp;amp;&lt;/b&gt;")]
    [InlineData("[x](y)", "\\[x\\](y)")]
    [InlineData("rad\nbrytning", "rad brytning")]
    public void Escape_MarkupInText_IsShownAsText(string text, string expected) =>
        Assert.Equal(expected, MarkdownReportWriter.Escape(text));

    [Fact]
    public void Render_FeedbackLetter_NamesTheBoard()
    {
        var letter = FeedbackLetters.Create(ReportRounds.Stockholm, ReportLanguage.Swedish)[0];

        Assert.StartsWith("# Återkoppling till Rinkeby-Kista stadsdelsnämnd\n", Writer.Render(letter.Document), StringComparison.Ordinal);
    }

    private static List<string[]> AppendixRows(string markdown, ReportLanguage language)
    {
        var start = markdown.IndexOf("## " + MarkdownReportWriter.Escape(language == ReportLanguage.English ? "Appendix 1. Summary of assessments" : "Bilaga 1. Sammanställning av bedömningar"), StringComparison.Ordinal);
        var end = markdown.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start);
        var lines = markdown[start..end].Split('\n').Where(l => l.StartsWith('|')).ToList();
        Assert.Equal("| --- | --- | --- | ---: | ---: | --- | --- |", lines[1]);
        Assert.StartsWith("| **", lines[^1], StringComparison.Ordinal);
        var rows = lines.Skip(2).SkipLast(1).Select(l => Cells().Split(l.Trim().Trim('|')).Select(c => c.Trim()).ToArray()).ToList();
        Assert.All(rows, r => Assert.Equal(7, r.Length));
        return rows;
    }

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex Cells();
}
