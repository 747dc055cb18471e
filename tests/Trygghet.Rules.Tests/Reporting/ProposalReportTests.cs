using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Decisions;
using Trygghet.Rules.Reporting;

namespace Trygghet.Rules.Tests.Reporting;

public sealed class ProposalReportTests
{
    private static readonly RoundResult Result = ReportRounds.Stockholm;

    public static TheoryData<ReportLanguage, string[]> Headings => new()
    {
        {
            ReportLanguage.Swedish,
            [
                "Förslag till beslut", "Sammanfattning", "Bakgrund", "Ärendet", "Stadsledningskontorets synpunkter och förslag",
                "Bilaga 1. Sammanställning av bedömningar", "Bilaga 2. Sammanställning per nämnd", "Bilaga 3. Sammanställning per stadsdelsområde",
            ]
        },
        {
            ReportLanguage.English,
            [
                "Proposed decision", "Summary", "Background", "The matter", "The City Executive Office's views and proposal",
                "Appendix 1. Summary of assessments", "Appendix 2. Summary by board", "Appendix 3. Summary by district area",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Headings))]
    public void Create_BuiltInRound_FollowsTheCitysDocumentStructure(ReportLanguage language, string[] headings)
    {
        var report = ProposalReport.Create(Result, language);

        Assert.Equal(headings, report.Sections.Select(s => s.Heading));
        Assert.Equal(language, report.Language);
    }

    [Fact]
    public void Summary_BuiltInRound_StatesTheProposalAsTheCityDoes()
    {
        var summary = Text(Section(ProposalReport.Create(Result, ReportLanguage.Swedish), "Sammanfattning"));

        Assert.Contains("Stadsledningskontoret föreslår att 35 av sammantaget 48 ansökningar beviljas medel om totalt 60,1 mnkr.", summary, StringComparison.Ordinal);
        Assert.Contains("73 % av ansökningarna och 54 % av det sökta beloppet", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_InEnglish_StatesTheSameNumbers()
    {
        var summary = Text(Section(ProposalReport.Create(Result, ReportLanguage.English), "Summary"));

        Assert.Contains("proposes that 35 of the 48 applications in total be granted funds totalling SEK 60.1m.", summary, StringComparison.Ordinal);
        Assert.Contains("73% of the applications and 54% of the amount requested", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Background_BuiltInRound_CountsApplicationsAndBoards()
    {
        var background = Text(Section(ProposalReport.Create(Result, ReportLanguage.Swedish), "Bakgrund"));

        Assert.Contains("48 ansökningar från 13 nämnder (9 stadsdelsnämnder och 4 facknämnder) om sammanlagt 112,1 mnkr", background, StringComparison.Ordinal);
        Assert.Contains("Budgetramen för omgången är 60,1 mnkr.", background, StringComparison.Ordinal);
    }

    [Fact]
    public void ProposedDecision_BuiltInRound_GrantsPerAppendixAndRefusesTheRest()
    {
        var list = Assert.IsType<ReportList>(Assert.Single(Section(ProposalReport.Create(Result, ReportLanguage.Swedish), "Förslag till beslut").Blocks));

        Assert.True(list.Numbered);
        Assert.Equal(
            [
                "Kommunstyrelsens ekonomi- och trygghetsutskott beviljar medel för trygghetsinvesteringar enligt bilaga 1, Sammanställning av bedömningar, om totalt 60,1 mnkr till 35 ansökningar.",
                "10 ansökningar beviljas inte medel enligt bilaga 1.",
                "3 ansökningar återlämnas för komplettering utan prövning i sak.",
            ],
            list.Items);
    }

    [Fact]
    public void Create_BuiltInRound_CarriesTheIllustrativeNotice()
    {
        var report = ProposalReport.Create(Result, ReportLanguage.Swedish);

        Assert.Equal("Trygghetsinvesteringar 2024 (illustrativt exempel)", report.Title);
        Assert.StartsWith("Illustrativt exempel:", report.Notice, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_RoundThatIsNotIllustrative_HasNoNotice()
    {
        var real = Result with { Round = Result.Round with { Name = "Trygghetsinvesteringar 2025" } };

        Assert.Null(ProposalReport.Create(real, ReportLanguage.Swedish).Notice);
        Assert.Null(ProposalReport.Create(real, ReportLanguage.English).Notice);
    }

    [Theory]
    [InlineData(ReportLanguage.Swedish)]
    [InlineData(ReportLanguage.English)]
    public void Appendix_HasOneRowPerDecisionInInputOrderAndAddsUp(ReportLanguage language)
    {
        var report = ProposalReport.Create(Result, language);
        var table = Assert.IsType<ReportTable>(report.Sections[5].Blocks[^1]);

        Assert.Equal(7, table.Columns.Count);
        Assert.Equal(Result.Decisions.Select(d => d.Application.Id), table.Rows.Select(r => r[1].Split(' ')[0]));
        Assert.All(table.Rows, row => Assert.Equal(7, row.Count));
        Assert.Equal(Result.Decisions.Select(d => d.Motivation.In(language)), table.Rows.Select(r => r[6]));
        Assert.Equal(Result.Summary.GrantedAmount.Kronor, table.Rows.Sum(r => Kronor(r[4])));
        Assert.Equal(Result.Summary.Requested.Kronor, table.Rows.Sum(r => Kronor(r[3])));
        Assert.Equal(Result.Summary.GrantedAmount.ToKronorString(language), table.Footer![4]);
    }

    [Fact]
    public void BoardAndDistrictAppendices_AddUpToTheTotals()
    {
        var report = ProposalReport.Create(Result, ReportLanguage.Swedish);
        var boards = Assert.IsType<ReportTable>(Assert.Single(report.Sections[6].Blocks));
        var districts = Assert.IsType<ReportTable>(report.Sections[7].Blocks[^1]);

        Assert.Equal(13, boards.Rows.Count);
        Assert.Equal(Result.Round.Boards.Select(b => b.Name), boards.Rows.Select(r => r[0]));
        Assert.Equal(48, boards.Rows.Sum(r => int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(35, boards.Rows.Sum(r => int.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(Result.Summary.GrantedAmount.Kronor, boards.Rows.Sum(r => Kronor(r[5])));
        Assert.Equal(Result.Summary.GrantedAmount.Kronor, districts.Rows.Sum(r => Kronor(r[4])));
        Assert.Equal(Result.Summary.Requested.Kronor, districts.Rows.Sum(r => Kronor(r[3])));
        Assert.Equal(Result.Decisions.Select(d => d.Application.Site.DistrictArea).Distinct().Count(), districts.Rows.Count);
    }

    [Fact]
    public void Matter_ListsEveryCriterionWithItsEffect()
    {
        var matter = Section(ProposalReport.Create(Result, ReportLanguage.Swedish), "Ärendet");
        var criteria = Assert.IsType<ReportTable>(Assert.Single(matter.Subsections[0].Blocks));

        Assert.Equal(["K1", "K2", "K3", "K4", "K5", "K6", "K7", "K8", "K9"], criteria.Rows.Select(r => r[0]));
        Assert.StartsWith("Ej uppfyllt: ansökan avslås", criteria.Rows[0][2], StringComparison.Ordinal);
        Assert.Equal("Varning och återkoppling", criteria.Rows[7][2]);
    }

    [Fact]
    public void Matter_StatusCountsAndReductionsAddUp()
    {
        var matter = Section(ProposalReport.Create(Result, ReportLanguage.Swedish), "Ärendet");
        var statuses = Assert.IsType<ReportTable>(matter.Subsections[1].Blocks[^1]);
        var reductions = Assert.IsType<ReportTable>(matter.Subsections[2].Blocks[1]);
        var reduced = Result.Decisions.Where(d => d.Assessment.Status == Trygghet.Rules.Assessment.AssessmentStatus.Eligible && d.Assessment.Eligible < d.Assessment.Requested).ToList();

        Assert.Equal(["29", "6", "5", "5", "3"], statuses.Rows.Select(r => r[1]));
        Assert.Equal("60 100 000 kr", statuses.Footer![4]);
        Assert.Equal(Sek.Sum(reduced.Select(d => d.Assessment.Requested - d.Assessment.Eligible)).Kronor, reductions.Rows.Sum(r => Kronor(r[2])));
        Assert.Equal(["K2", "K5", "K6", "K7"], reductions.Rows.Select(r => r[0].Split(' ')[0]));
        Assert.Contains($"För {reduced.Count} ansökningar", Text(matter.Subsections[2]), StringComparison.Ordinal);
    }

    [Fact]
    public void Matter_DecidingFindingsAccountForEveryRejectedOrIncompleteApplication()
    {
        var perCriterion = Assert.IsType<ReportTable>(Section(ProposalReport.Create(Result, ReportLanguage.Swedish), "Ärendet").Subsections[3].Blocks[^1]);

        Assert.Equal(Result.Summary.Rejected + Result.Summary.Incomplete, perCriterion.Rows.Sum(r => int.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Views_NameEveryApplicationTheCeilingLeavesOutWithItsCounterfactual()
    {
        var views = Section(ProposalReport.Create(Result, ReportLanguage.Swedish), "Stadsledningskontorets synpunkter och förslag");
        var leftOut = Assert.IsType<ReportList>(views.Subsections[1].Blocks[1]);
        var notFunded = Result.Decisions.Where(d => d.Status == DecisionStatus.NotFunded).ToList();

        Assert.Equal(notFunded.Select(d => d.Application.Id), leftOut.Items.Select(i => i.Split(' ')[0]));
        Assert.All(leftOut.Items, item => Assert.Contains("hade beviljats om budgeten ökat med", item, StringComparison.Ordinal));
        Assert.Contains("bevisat optimal", Text(views.Subsections[0]), StringComparison.Ordinal);
        Assert.Contains("31 840,1 personår", Text(views.Subsections[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void Views_CompareEveryGreedyRuleWithTheOptimum()
    {
        var views = Section(ProposalReport.Create(Result, ReportLanguage.English), "The City Executive Office's views and proposal");
        var comparisons = Assert.IsType<ReportList>(views.Subsections.Single(s => s.Heading == "Comparison with ranking").Blocks[1]);

        Assert.Equal(Result.Comparisons.Count, comparisons.Items.Count);
        Assert.StartsWith("Ranking by expected impact per krona: ", comparisons.Items[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Views_FrontierFigureTableReadsTheFrontier()
    {
        var views = Section(ProposalReport.Create(Result, ReportLanguage.Swedish), "Stadsledningskontorets synpunkter och förslag");
        var figure = Assert.IsType<ReportFigure>(views.Subsections[^1].Blocks[^1]);
        var ceilingRow = figure.Alternative.Rows.Single(r => r[0].EndsWith("(budgetramen)", StringComparison.Ordinal));

        Assert.StartsWith("<svg", figure.Svg, StringComparison.Ordinal);
        Assert.Equal("31 840,1", ceilingRow[1]);
        Assert.Equal("35", ceilingRow[2]);
    }

    [Fact]
    public void Create_WithoutFrontier_SaysSoAndStillDrawsTheCeiling()
    {
        var report = ProposalReport.Create(Result with { Frontier = [] }, ReportLanguage.Swedish);
        var frontier = report.Sections[4].Subsections[^1];

        Assert.Contains("Fronten har inte beräknats", Text(frontier), StringComparison.Ordinal);
        Assert.Contains("Budgetram 60,1 mnkr", Assert.IsType<ReportFigure>(frontier.Blocks[^1]).Svg, StringComparison.Ordinal);
    }

    internal static long Kronor(string text)
    {
        Assert.True(Sek.TryParse(text.Replace("SEK", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal), out var amount), $"'{text}' is not an amount.");
        return amount.Kronor;
    }

    private static ReportSection Section(ReportDocument report, string heading) => report.Sections.Single(s => s.Heading == heading);

    private static string Text(ReportSection section) => string.Join(
        "\n",
        section.Blocks.Select(b => b switch
        {
            ReportParagraph p => p.Text,
            ReportList l => string.Join("\n", l.Items),
            _ => string.Empty,
        }).Concat(section.Subsections.Select(Text)));
}
