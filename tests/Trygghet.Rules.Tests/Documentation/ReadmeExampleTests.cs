using Microsoft.Extensions.DependencyInjection;
using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Criteria;
using Trygghet.Rules.Decisions;
using Trygghet.Rules.DependencyInjection;
using Trygghet.Rules.Parameters;
using Trygghet.Rules.Reporting;
using Trygghet.Rules.Scenarios;
using Trygghet.Rules.Serialization;

namespace Trygghet.Rules.Tests.Documentation;

/// <summary>The README's code, kept compiling and true.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void QuickStart_WithoutDependencyInjection_RunsTheRound()
    {
        var runner = new RoundRunner(RuleSets.Stockholm2024);
        var round = RoundReader.Read(BuiltInRounds.Stockholm2024Json());
        RoundResult result = runner.Run(round);

        Assert.Equal("60,1 mnkr", result.Summary.GrantedAmount.ToMillionsString());
        Assert.Equal(round.Applications.Count, result.Decisions.Count);
        Assert.Contains("\"decisions\"", ResultWriter.Write(ResultDocuments.From(result)), StringComparison.Ordinal);
    }

    [Fact]
    public void QuickStart_WithDependencyInjection_ResolvesTheRunner()
    {
        var services = new ServiceCollection();
        services.AddTrygghetRules(options =>
        {
            options.RuleSet = RuleSets.Stockholm2024;
            options.RunOptions = RunOptions.Default with { IncludeTrace = true };
        });
        using var provider = services.BuildServiceProvider();
        var result = provider.GetRequiredService<RoundRunner>().Run(BuiltInRounds.Stockholm2024, provider.GetRequiredService<RunOptions>());
        Assert.NotNull(result.Decisions[0].Assessment.Trace);
    }

    [Fact]
    public void Scenarios_ThroughTheApi_GiveOneRowPerScenarioAfterTheBaseline()
    {
        var runner = new RoundRunner(RuleSets.Stockholm2024);
        var scenarios = new ScenarioRunner(runner);
        var comparison = scenarios.Run(BuiltInRounds.Stockholm2024,
        [
            Scenario.ForBudget(Sek.FromMillions(40m)),
            Scenario.ForBudget(Sek.FromMillions(80m)),
            new Scenario("no CCTV") { ExcludedMeasures = MeasureSet.Of(Measure.Cctv) },
        ]);
        Assert.Equal(4, comparison.Rows.Count);
        Assert.True(comparison.Rows[1].Impact < comparison.Rows[0].Impact);
        Assert.True(comparison.Rows[2].Impact > comparison.Rows[0].Impact);
        var report = new MarkdownReportWriter().Render(ScenarioReport.Create(comparison, ReportLanguage.Swedish));
        Assert.Contains("## Jämförelse", report, StringComparison.Ordinal);
    }
}
