using Trygghet.Rules.Applications;
using Trygghet.Rules.Reporting;

namespace Trygghet.Rules.Tests.Reporting;

public sealed class PlainTextReportWriterTests
{
    private static readonly PlainTextReportWriter Writer = new();

    [Theory]
    [InlineData(ReportLanguage.Swedish)]
    [InlineData(ReportLanguage.English)]
    public void Write_BuiltInRound_HasTheRoundNameNoticeAndUnderlinedHeadingsInOrder(ReportLanguage language)
    {
        var lines = Writer.Write(ReportRounds.Stockholm, language).Split('\n');
        var headings = lines.Skip(4).Where((_, i) => i + 5 < lines.Length && lines[i + 5].Length > 2 && lines[i + 5].All(c => c == '=')).ToList();

        Assert.Equal("Trygghetsinvesteringar 2024 (illustrativt exempel)", lines[1]);
        Assert.Contains(lines, l => l.StartsWith(language == ReportLanguage.English ? "*** Illustrative example:" : "*** Illustrativt exempel:", StringComparison.Ordinal));
        Assert.Equal(ProposalReport.Create(ReportRounds.Stockholm, language).Sections.Select(s => s.Heading), headings);
    }

    [Fact]
    public void Write_BuiltInRound_PrintsTheProposalAndTheAppendix()
    {
        var text = Writer.Write(ReportRounds.Stockholm, ReportLanguage.Swedish);

        Assert.Contains("Stadsledningskontoret föreslår att 35 av sammantaget 48 ansökningar beviljas medel om totalt 60,1 mnkr.", text, StringComparison.Ordinal);
        Assert.Contains("\nBilaga 1. Sammanställning av bedömningar\n", text, StringComparison.Ordinal);
        Assert.Contains("Summa                     48  112 100 000 kr   79 315 000 kr  60 100 000 kr", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReportLanguage.Swedish)]
    [InlineData(ReportLanguage.English)]
    public void Write_Appendix_ListsEveryApplicationOnceAndAddsUp(ReportLanguage language)
    {
        var result = ReportRounds.Stockholm;
        var records = AppendixRecords(Writer.Write(result, language), language);
        var application = language == ReportLanguage.English ? "Application" : "Ansökan";
        var proposed = language == ReportLanguage.English ? "Proposed amount" : "Förslag på beviljat belopp";

        Assert.Equal(result.Decisions.Select(d => d.Application.Id), records.SkipLast(1).Select(r => r[application].Split(' ')[0]));
        Assert.Equal(result.Summary.GrantedAmount.Kronor, records.SkipLast(1).Sum(r => ProposalReportTests.Kronor(r[proposed])));
        Assert.Equal(result.Summary.GrantedAmount.Kronor, ProposalReportTests.Kronor(records[^1][proposed]));
    }

    [Fact]
    public void Write_HostileText_HasNoControlCharacters()
    {
        var text = Writer.Write(ReportRounds.Hostile, ReportLanguage.Swedish);

        Assert.DoesNotContain(text, c => char.IsControl(c) && c != '\n');
        Assert.Contains("Nämnd:  x\n", text, StringComparison.Ordinal);
        Assert.Contains("Trygghetsinvesteringar <script>alert(2)</script> &   [31m (illustrativt exempel)\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FeedbackLetter_NamesTheBoard()
    {
        var letter = FeedbackLetters.Create(ReportRounds.Stockholm, ReportLanguage.English)[^1];

        Assert.Contains("\nFeedback to Kulturnämnden\n", Writer.Render(letter.Document), StringComparison.Ordinal);
    }

    /// <summary>Reads the appendix's blocks: a line <c>label: value</c> and indented lines <c>label: value</c> per record.</summary>
    private static List<Dictionary<string, string>> AppendixRecords(string text, ReportLanguage language)
    {
        var heading = language == ReportLanguage.English ? "\nAppendix 1. Summary of assessments\n" : "\nBilaga 1. Sammanställning av bedömningar\n";
        var next = language == ReportLanguage.English ? "\nAppendix 2." : "\nBilaga 2.";
        var start = text.IndexOf(heading, StringComparison.Ordinal);
        var end = text.IndexOf(next, start, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start);
        var blocks = text[(start + heading.Length)..end].Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Skip(2);
        return [.. blocks.Select(block => block.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Trim().Split(": ", 2))
            .ToDictionary(p => p[0], p => p[1]))];
    }
}
