using Microsoft.Extensions.DependencyInjection;
using Trygghet.Rules.Allocation;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Criteria;
using Trygghet.Rules.Decisions;
using Trygghet.Rules.DependencyInjection;
using Trygghet.Rules.Serialization;

namespace Trygghet.Rules.Tests.DependencyInjection;

public sealed class AddTrygghetRulesTests
{
    [Fact]
    public void AddTrygghetRules_RegistersSingletonsThatRunARound()
    {
        using var provider = new ServiceCollection().AddTrygghetRules().BuildServiceProvider(validateScopes: true);
        var runner = provider.GetRequiredService<RoundRunner>();
        Assert.Same(runner, provider.GetRequiredService<RoundRunner>());
        Assert.Same(provider.GetRequiredService<RoundAssessor>(), runner.Assessor);
        Assert.Same(provider.GetRequiredService<MckpOptimizer>(), runner.Optimizer);
        Assert.Same(RuleSets.Stockholm2024, provider.GetRequiredService<RuleSet>());
        Assert.NotNull(provider.GetRequiredService<Trygghet.Rules.Scenarios.ScenarioRunner>());
        Assert.Equal(35, runner.Run(BuiltInRounds.Stockholm2024, provider.GetRequiredService<RunOptions>()).Summary.Granted);
    }

    [Fact]
    public void AddTrygghetRules_RegistersOneReportWriterPerFormat()
    {
        using var provider = new ServiceCollection().AddTrygghetRules().AddTrygghetRules().BuildServiceProvider();
        var writers = provider.GetServices<Trygghet.Rules.Reporting.IReportWriter>().ToList();
        Assert.Equal(Enum.GetValues<Trygghet.Rules.Reporting.ReportFormat>().Length, writers.Count);
        Assert.Equal(writers.Count, writers.Select(w => w.Format).Distinct().Count());
        Assert.NotNull(provider.GetRequiredService<Trygghet.Rules.Reporting.HtmlReportWriter>());
    }

    [Fact]
    public void AddTrygghetRules_Configure_SetsTheRunOptionsAndMessages()
    {
        var messages = MessageCatalogue.Default;
        using var provider = new ServiceCollection()
            .AddTrygghetRules(o =>
            {
                o.RunOptions = RunOptions.Default with { ComputeFrontier = false };
                o.Messages = messages;
            })
            .BuildServiceProvider();
        Assert.False(provider.GetRequiredService<RunOptions>().ComputeFrontier);
        Assert.Same(messages, provider.GetRequiredService<RoundAssessor>().Messages);
    }

    [Fact]
    public void AddTrygghetRules_CalledTwice_KeepsTheFirstRegistration()
    {
        var services = new ServiceCollection().AddTrygghetRules().AddTrygghetRules(o => o.RunOptions = RunOptions.Default with { CompareGreedy = false });
        using var provider = services.BuildServiceProvider();
        Assert.True(provider.GetRequiredService<RunOptions>().CompareGreedy);
    }
}
