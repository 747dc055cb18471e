using Microsoft.Extensions.DependencyInjection;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Criteria;
using Trygghet.Rules.DependencyInjection;
using Trygghet.Rules.Tests.Assessment;
using Trygghet.Rules.Tests.Criteria;
using static Trygghet.Rules.Tests.Assessment.ApplicationBuilder;

namespace Trygghet.Rules.Tests.DependencyInjection;

public sealed class ComposedRuleSetTests
{
    [Fact]
    public void UseRuleSet_ComposesFromThePresetAndTakesHostRuleDependenciesFromTheContainer()
    {
        using var provider = new ServiceCollection()
            .AddSingleton(new CameraPermits(["2024-02"]))
            .AddTrygghetRules(o => o.UseRuleSet(b => b.WithId("uppsala-2025").WithEffect("K8", CriterionEffect.Gate).AddRule<CameraPermitRule>().WithMessages(CameraPermitRule.Messages)))
            .BuildServiceProvider(validateScopes: true);
        var assessor = provider.GetRequiredService<RoundAssessor>();
        var withPermit = AnEligibleApplication().Id("2024-02").Problem(ProblemKind.Robbery).AddComponent(Part("c3", Measure.Cctv, 200_000)).Build();
        var withoutPermit = withPermit with { Id = "2024-03" };

        var assessments = assessor.Assess(Rounds.Of([withPermit, withoutPermit]) with { RuleSet = "uppsala-2025" }).Applications;

        Assert.Equal("uppsala-2025", provider.GetRequiredService<RuleSet>().Id);
        Assert.Empty(assessments[0].Of("X1"));
        assessments[1].Has("X1.CctvWithoutPermit", FindingOutcome.NotMet, "c3");
        Assert.Same(provider.GetRequiredService<RuleSet>().Compile(), provider.GetRequiredService<RuleSet>().Compile());
    }
}
