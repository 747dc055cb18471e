using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Decisions;
using Trygghet.Rules.Serialization;

namespace Trygghet.Rules.Tests.Decisions;

public sealed class BuiltInRoundTests(BuiltInRoundFixture fixture) : IClassFixture<BuiltInRoundFixture>
{
    private RoundResult Result => fixture.Result;

    [Fact]
    public void BuiltInRound_HasTheDecidedTotals_48ApplicationsFrom13BoardsFor112_1Mnkr()
    {
        var round = BuiltInRounds.Stockholm2024;
        Assert.Equal(48, round.Applications.Count);
        Assert.Equal(13, round.Boards.Count);
        Assert.Equal(9, round.Boards.Count(b => b.Kind == BoardKind.District));
        Assert.Equal(4, round.Boards.Count(b => b.Kind == BoardKind.Specialist));
        Assert.Equal(112_100_000, round.RequestedTotal.Kronor);
        Assert.Equal(60_100_000, round.BudgetCeiling.Kronor);
        Assert.Contains("illustrativt exempel", round.Name, StringComparison.Ordinal);
        Assert.All(round.Boards, b => Assert.Contains(round.Applications, a => a.BoardId == b.Id));
    }

    [Fact]
    public void Run_BuiltInRound_Proposes35Of48For60_1Mnkr()
    {
        Assert.Equal(35, Result.Summary.Granted);
        Assert.Equal(48, Result.Summary.Applications);
        Assert.Equal("60,1 mnkr", Result.Summary.GrantedAmount.ToMillionsString(ReportLanguage.Swedish));
        Assert.True(Result.Summary.GrantedAmount <= Result.Round.BudgetCeiling);
        Assert.True(Result.Allocation.Optimal);
    }

    [Fact]
    public void Run_BuiltInRound_HasARealisticMix()
    {
        var s = Result.Summary;
        Assert.True(s.PartiallyGranted >= 2, "several partially granted");
        Assert.True(s.Incomplete >= 1, "some incomplete");
        Assert.True(s.NotFunded >= 1, "some eligible left out by the budget");
        Assert.Equal(s.Applications, s.Granted + s.NotFunded + s.Rejected + s.Incomplete);
    }

    [Theory]
    [InlineData("K1")]
    [InlineData("K2")]
    [InlineData("K3")]
    [InlineData("K4")]
    [InlineData("K5")]
    [InlineData("K6")]
    [InlineData("K7")]
    public void Run_BuiltInRound_CriterionDecidesAtLeastOneApplication(string criterion)
    {
        // A criterion decides an application when it rejects it, returns it, or reduces its amount.
        Assert.Contains(Result.Decisions, d => d.Findings.Any(f =>
            f.CriterionId == criterion
            && (f.Outcome == FindingOutcome.NotMet || f.Excluded > Sek.Zero || f.Capped > Sek.Zero)
            && d.Status != DecisionStatus.Granted));
    }

    [Fact]
    public void Run_EveryDecision_KeepsGrantedWithinEligibleWithinRequested()
    {
        Assert.Equal(Result.Round.Applications.Select(a => a.Id), Result.Decisions.Select(d => d.Application.Id));
        Assert.All(Result.Decisions, d =>
        {
            Assert.True(d.Granted <= d.Assessment.Eligible);
            Assert.True(d.Assessment.Eligible <= d.Assessment.Requested);
            Assert.False(string.IsNullOrWhiteSpace(d.Motivation.Swedish));
            Assert.False(string.IsNullOrWhiteSpace(d.Motivation.English));
        });
        Assert.Equal(Result.Summary.GrantedAmount, Sek.Sum(Result.Decisions.Select(d => d.Granted)));
    }

    [Fact]
    public void Run_FundedComponents_AreTheChosenOptionsComponents()
    {
        foreach (var d in Result.Decisions.Where(d => d.Granted > Sek.Zero))
        {
            var option = Assert.Single(d.FundingOptions, o => o.Cost == d.Granted && o.ComponentIds.SequenceEqual(d.FundedComponents));
            Assert.Equal(option.ExpectedImpact, d.ExpectedImpact);
        }
    }

    [Fact]
    public void Run_UnfundedEligibleApplications_CarryACounterfactual()
    {
        var unfunded = Result.Decisions.Where(d => d.Status == DecisionStatus.NotFunded).ToList();
        Assert.NotEmpty(unfunded);
        Assert.All(unfunded, d => Assert.NotNull(d.Counterfactual));
    }

    [Fact]
    public void Run_Frontier_AtTheCeilingMatchesTheObjective()
    {
        var atCeiling = Result.Frontier.Last(p => p.Budget <= Result.Round.BudgetCeiling);
        Assert.Equal(Result.Allocation.Objective, atCeiling.Impact, 3);
        Assert.True(Result.Frontier.Zip(Result.Frontier.Skip(1)).All(p => p.First.Budget < p.Second.Budget && p.First.Impact <= p.Second.Impact));
    }

    [Fact]
    public void Run_FrontierChanges_ReplayedToTheCeiling_GiveTheProposedGrants()
    {
        var grants = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var point in Result.Frontier.TakeWhile(p => p.Budget <= Result.Round.BudgetCeiling))
        {
            foreach (var change in point.Changes)
            {
                grants[change.ApplicationId] = change.Granted.Kronor;
            }

            Assert.Equal(point.FundedCount, grants.Count(g => g.Value > 0));
            Assert.Equal(point.Cost.Kronor, grants.Values.Sum());
        }

        var proposed = Result.Decisions.Where(d => d.Granted > Sek.Zero).ToDictionary(d => d.Assessment.Application.Id, d => d.Granted.Kronor, StringComparer.Ordinal);
        Assert.Equal(proposed.OrderBy(g => g.Key, StringComparer.Ordinal), grants.Where(g => g.Value > 0).OrderBy(g => g.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Run_GreedyRules_AreNeverBetterThanTheOptimum()
    {
        Assert.Equal(2, Result.Comparisons.Count);
        Assert.All(Result.Comparisons, c => Assert.True(c.Impact <= Result.Allocation.Objective + 1e-9 && c.Gap >= 0));
    }

    [Fact]
    public void Run_WithTrace_EveryDecisionCarriesTheRulesThatFired()
    {
        Assert.All(Result.Decisions, d => Assert.NotEmpty(d.Assessment.Trace!.Firings));
    }

    [Fact]
    public void Run_ShuffledApplications_GiveTheSameDecisions()
    {
        var round = BuiltInRounds.Stockholm2024;
        var shuffled = round with { Applications = [.. round.Applications.OrderBy(a => a.Id.GetHashCode(StringComparison.Ordinal) ^ 0x5a5a)] };
        var other = fixture.Runner.Run(shuffled, RunOptions.Default with { ComputeCounterfactuals = false });
        var byId = other.Decisions.ToDictionary(d => d.Application.Id);
        Assert.All(Result.Decisions, d =>
        {
            Assert.Equal(d.Status, byId[d.Application.Id].Status);
            Assert.Equal(d.Granted, byId[d.Application.Id].Granted);
        });
    }

    [Fact]
    public void ResultDocument_OfTheBuiltInRound_IsValidAgainstTheResultSchema()
    {
        var json = ResultWriter.Write(ResultDocuments.From(Result));
        var schema = Trygghet.Rules.Tests.Serialization.TestSchemas.Result;
        using var parsed = System.Text.Json.JsonDocument.Parse(json);
        Assert.True(schema.Evaluate(parsed.RootElement, new Json.Schema.EvaluationOptions { RequireFormatValidation = true }).IsValid);
        var document = ResultReader.Read(json);
        Assert.Equal(48, document.Decisions.Count);
        Assert.Equal(60_100_000, document.Decisions.Sum(d => d.GrantedSek));
    }

    [Fact]
    public void Run_RoundLargerThanMaxFrontierApplications_SkipsTheFrontierButStillAllocates()
    {
        var result = fixture.Runner.Run(BuiltInRounds.Stockholm2024, RunOptions.Default with { MaxFrontierApplications = 10, ComputeCounterfactuals = false });
        Assert.Empty(result.Frontier);
        Assert.Equal(Result.Summary.GrantedAmount, result.Summary.GrantedAmount);
    }
}
