using Trygghet.Rules.Applications;
using Trygghet.Rules.Reporting;

namespace Trygghet.Rules.Tests.Reporting;

public sealed class FeedbackLettersTests
{
    [Theory]
    [InlineData(ReportLanguage.Swedish, "Återkoppling till ")]
    [InlineData(ReportLanguage.English, "Feedback to ")]
    public void Create_BuiltInRound_WritesOneLetterPerApplyingBoardNamingIt(ReportLanguage language, string prefix)
    {
        var result = ReportRounds.Stockholm;
        var letters = FeedbackLetters.Create(result, language);

        Assert.Equal(result.Round.Boards.Select(b => b.Id), letters.Select(l => l.BoardId));
        Assert.All(letters, l => Assert.Equal(prefix + l.BoardName, l.Document.Title));
        Assert.All(letters, l => Assert.Equal(result.Round.FindBoard(l.BoardId)!.Name, l.BoardName));
        Assert.All(letters, l => Assert.NotNull(l.Document.Notice));
    }

    [Fact]
    public void Create_BuiltInRound_CoversEveryApplicationOnceWithItsMotivationAndFeedback()
    {
        var result = ReportRounds.Stockholm;
        var letters = FeedbackLetters.Create(result, ReportLanguage.Swedish);
        var sections = letters.SelectMany(l => l.Document.Sections.Skip(1).SkipLast(1)).ToList();

        Assert.Equal(result.Decisions.Select(d => d.Application.Id + " " + d.Application.Title), sections.Select(s => s.Heading));
        foreach (var (decision, section) in result.Decisions.Zip(sections))
        {
            var paragraphs = section.Blocks.OfType<ReportParagraph>().Select(p => p.Text).ToList();
            Assert.Contains("Motivering: " + decision.Motivation.Swedish, paragraphs);
            var points = section.Blocks.OfType<ReportList>().SingleOrDefault()?.Items ?? [];
            Assert.Equal(decision.Feedback.Select(f => f.Swedish), points);
        }
    }

    [Fact]
    public void Create_BuiltInRound_LetterTotalsAddUpToTheProposal()
    {
        var result = ReportRounds.Stockholm;
        var letters = FeedbackLetters.Create(result, ReportLanguage.Swedish);
        var totals = letters.Select(l => Assert.IsType<ReportTable>(l.Document.Sections[0].Blocks[1]).Footer![3]);

        Assert.Equal(result.Summary.GrantedAmount.Kronor, totals.Sum(ProposalReportTests.Kronor));
        Assert.Contains(
            "Trafiknämnden har i Trygghetsinvesteringar 2024 (illustrativt exempel) sökt medel för 8 ansökningar om sammanlagt 17 076 000 kr. Stadsledningskontoret föreslår att 6 av dem beviljas medel om totalt 11 136 000 kr.",
            letters.Single(l => l.BoardId == "trafiknamnden").Document.Sections[0].Blocks.OfType<ReportParagraph>().Select(p => p.Text));
    }

    [Fact]
    public void Create_BoardWithoutApplications_GetsNoLetter()
    {
        var result = ReportRounds.Stockholm;
        var round = result.Round with { Boards = [.. result.Round.Boards, new Board("kyrkogardsnamnden", "Kyrkogårdsnämnden", BoardKind.Specialist)] };

        Assert.DoesNotContain(FeedbackLetters.Create(result with { Round = round }, ReportLanguage.Swedish), l => l.BoardId == "kyrkogardsnamnden");
    }

    [Fact]
    public void Create_HostileBoardNames_AreRenderedEscapedInEveryFormat()
    {
        var letter = FeedbackLetters.Create(ReportRounds.Hostile, ReportLanguage.Swedish)[0];

        Assert.Equal("=HYPERLINK(\"x\")", letter.BoardName);
        Assert.Contains("Återkoppling till =HYPERLINK(&quot;x&quot;)", new HtmlReportWriter().Render(letter.Document), StringComparison.Ordinal);
        Assert.DoesNotContain("<script", new HtmlReportWriter().Render(letter.Document), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", new MarkdownReportWriter().Render(letter.Document), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Återkoppling till =HYPERLINK(\"x\")", new PlainTextReportWriter().Render(letter.Document), StringComparison.Ordinal);
    }
}
