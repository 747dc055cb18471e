using Trygghet.Cli;
using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Criteria;
using Trygghet.Rules.Decisions;
using Trygghet.Rules.Parameters;
using Trygghet.Rules.Reporting;
using Trygghet.Rules.Scenarios;
using Trygghet.Rules.Serialization;

namespace Trygghet.Rules.Tests.Reporting;

public sealed class ScenarioReportTests
{
    private static readonly Lazy<ScenarioComparison> Comparison = new(() =>
        new ScenarioRunner(new RoundRunner(RuleSets.Stockholm2024)).Run(BuiltInRounds.Stockholm2024,
        [
            Scenario.ForBudget(Sek.FromMillions(40m)),
            new Scenario("no CCTV") { ExcludedMeasures = MeasureSet.Of(Measure.Cctv), AllowPartialFunding = false },
        ]));

    [Fact]
    public void The_report_describes_each_scenario_sets_the_totals_side_by_side_and_lists_every_change()
    {
        var comparison = Comparison.Value;

        var report = ScenarioReport.Create(comparison, ReportLanguage.English);

        Assert.Equal(["The scenarios", "Comparison", comparison.Outcomes[1].Scenario.Name, "no CCTV"], report.Sections.Select(s => s.Heading));
        var descriptions = Assert.IsType<ReportList>(report.Sections[0].Blocks[0]).Items;
        Assert.Equal("no CCTV: without CCTV; no partial funding", descriptions[1]);

        var totals = Assert.IsType<ReportTable>(report.Sections[1].Blocks[0]);
        Assert.Equal(["Key figure", "Baseline", comparison.Outcomes[1].Scenario.Name, "no CCTV"], totals.Columns.Select(c => c.Header));
        Assert.Equal(comparison.Rows.Select(r => r.Granted.ToMillionsString(ReportLanguage.English)), totals.Rows[2].Skip(1));

        for (var k = 1; k < comparison.Outcomes.Count; k++)
        {
            var outcome = comparison.Outcomes[k];
            var changes = report.Sections[k + 1].Blocks.OfType<ReportTable>().SingleOrDefault();
            Assert.Equal(outcome.Changes.Count, changes?.Rows.Count ?? 0);
            if (changes is not null)
            {
                Assert.Equal(Sek.FromKronor(outcome.Changes.Sum(c => c.GrantedTo.Kronor)).ToKronorString(ReportLanguage.English), changes.Footer![4]);
            }
        }
    }

    [Fact]
    public async Task The_scenarios_command_writes_the_report_and_refuses_a_format_that_is_not_a_document()
    {
        var markdown = Path.Combine(Path.GetTempPath(), $"trygghet-scenarios-{Guid.NewGuid():N}.md");
        var json = Path.ChangeExtension(markdown, ".json");
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var written = await CliApp.RunAsync(["scenarios", "--budget", "40m", "--lang", "sv", "--out", markdown], output, error);
            var refused = await CliApp.RunAsync(["scenarios", "--budget", "40m", "--out", json], output, error);

            Assert.Equal(0, written);
            Assert.Contains("## Jämförelse", await File.ReadAllTextAsync(markdown), StringComparison.Ordinal);
            Assert.Equal(1, refused);
            Assert.False(File.Exists(json));
            Assert.Contains("Markdown, HTML or text", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(markdown);
            File.Delete(json);
        }
    }

    [Fact]
    public async Task The_short_f_still_names_the_scenario_file_and_the_report_defaults_to_markdown()
    {
        var target = Path.Combine(Path.GetTempPath(), $"trygghet-scenarios-{Guid.NewGuid():N}");
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var code = await CliApp.RunAsync(["scenarios", "-f", Path.Combine(AppContext.BaseDirectory, "samples", "scenarios-example.json"), "--out", target], output, error);

            Assert.Equal(0, code);
            Assert.Contains("Utan kamerabevakning och upprustning", output.ToString(), StringComparison.Ordinal);
            Assert.StartsWith("# ", await File.ReadAllTextAsync(target), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(target);
        }
    }
}
