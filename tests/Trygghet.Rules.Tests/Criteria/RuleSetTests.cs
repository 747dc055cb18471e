using Trygghet.Rules.Criteria;
using Trygghet.Rules.Parameters;

namespace Trygghet.Rules.Tests.Criteria;

public sealed class RuleSetTests
{
    private static readonly RuleSet Stockholm = RuleSets.Stockholm2024;

    [Fact]
    public void Stockholm2024_covers_criteria_K1_to_K9_each_rule_with_a_name_description_effect_and_source()
    {
        Assert.Equal("stockholm-2024", Stockholm.Id);
        Assert.Equal(["K1", "K2", "K3", "K4", "K5", "K6", "K7", "K8", "K9"], Stockholm.Rules.Select(r => r.CriterionId).Distinct());
        Assert.All(Stockholm.Rules, r =>
        {
            Assert.StartsWith(r.CriterionId + ".", r.Name, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(r.Description));
            Assert.Contains(r.Source, new[] { CriterionSources.Principles, CriterionSources.Decision2024, CriterionSources.CityAudit2017 });
        });
        Assert.Equal(Stockholm.Rules.Count, Stockholm.Rules.Select(r => r.Name).Distinct().Count());
    }

    [Theory]
    [InlineData("K1.NoPublicAccess", CriterionEffect.Gate)]
    [InlineData("K2.NoSafetyMechanism", CriterionEffect.ComponentExclusion)]
    [InlineData("K3.NotSiteSpecific", CriterionEffect.Gate)]
    [InlineData("K4.NoEvidence", CriterionEffect.Gate)]
    [InlineData("K5.NotLinked", CriterionEffect.ComponentExclusion)]
    [InlineData("K5.NoLinkedMeasure", CriterionEffect.Gate)]
    [InlineData("K6.Capped", CriterionEffect.CostCap)]
    [InlineData("K7.MissingFormalRequirement", CriterionEffect.Incomplete)]
    [InlineData("K7.OperatingCost", CriterionEffect.ComponentExclusion)]
    [InlineData("K8.NoConsultation", CriterionEffect.Warning)]
    [InlineData("K9.DraftNotReviewed", CriterionEffect.Info)]
    public void Each_rule_declares_the_effect_the_Stockholm_2024_decision_gives_it(string rule, CriterionEffect effect) =>
        Assert.Equal(effect, Stockholm.Rules.Single(r => r.Name == rule).Effect);

    [Fact]
    public void Compile_IsDoneOnceAndSharedByCopiesWithOtherParameters()
    {
        var other = Stockholm.WithParameters(StockholmParameters.Stockholm2024.WithId("stockholm-2024-variant"));

        Assert.Same(Stockholm.Compile(), Stockholm.Compile());
        Assert.Same(Stockholm.Compile(), other.Compile());
        Assert.Equal("stockholm-2024-variant", other.Parameters.Id);
    }

    [Fact]
    public void Constructor_WithATypeThatIsNoRuleAndMissingParameters_ThrowsListingEveryProblem()
    {
        var parameters = new ParameterSet("empty", []);

        var exception = Assert.Throws<ArgumentException>(() => new RuleSet("broken", "broken", [typeof(string), typeof(K1PublicPlaceRule)], parameters));

        Assert.Contains("System.String is not a concrete NRules rule class", exception.Message, StringComparison.Ordinal);
        Assert.Contains("the parameter 'cost.tolerance' is missing", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_ByTheRoundsRuleSetId_ReturnsTheShippedRuleSet()
    {
        Assert.Same(Stockholm, RuleSets.Find("stockholm-2024"));
        Assert.Null(RuleSets.Find("goteborg-2025"));
    }
}
