using System.Text.Json;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Criteria;
using Trygghet.Rules.Decisions;
using Trygghet.Rules.Serialization;

namespace Trygghet.Rules.Tests.Serialization;

public sealed class ResultSerializationTests
{
    private static readonly string SampleText = File.ReadAllText(RoundJson.SamplePath("result-example.json"));

    [Fact]
    public void ReadThenWrite_Sample_ReproducesItByteForByte() =>
        Assert.Equal(SampleText, ResultWriter.Write(ResultReader.Read(SampleText)));

    [Fact]
    public void WriteToStream_Sample_GivesTheSameBytesAsWriteUtf8()
    {
        var document = ResultReader.Read(SampleText);
        using var stream = new MemoryStream();

        ResultWriter.Write(document, stream);

        Assert.Equal(ResultWriter.WriteUtf8(document), stream.ToArray());
    }

    [Fact]
    public void WriteToStream_BuiltInRoundWithFrontierAndTrace_GivesTheSameBytesAsWriteUtf8()
    {
        var result = new RoundRunner(RuleSets.Stockholm2024).Run(BuiltInRounds.Stockholm2024, RunOptions.Default with { IncludeTrace = true });
        var document = ResultDocuments.From(result);
        using var stream = new MemoryStream();

        ResultWriter.Write(document, stream);

        Assert.NotNull(document.Frontier);
        Assert.Equal(ResultWriter.WriteUtf8(document), stream.ToArray());
    }

    [Fact]
    public void WriteToStream_ImpactThatIsNotANumber_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ResultWriter.Write(Minimal(double.NaN), Stream.Null));

    [Fact]
    public void Read_Sample_MapsDecisionsFindingsAndExtras()
    {
        var result = ResultReader.Read(SampleText);

        var decision = Assert.Single(result.Decisions);
        Assert.Equal(new DateOnly(2024, 2, 15), result.AssessmentDate);
        Assert.Equal(ResultStatus.Granted, decision.Status);
        Assert.Equal(["c1", "c2"], decision.FundedComponents);
        Assert.Equal(225.0, decision.ExpectedImpact);
        Assert.Equal(2, decision.FundingOptions.Count);
        Assert.Equal(FindingOutcome.Met, decision.Findings[0].Outcome);
        Assert.Equal("c1", decision.Findings[1].ComponentId);
        Assert.Equal(new ResultValue("unitCostSek", "35000"), decision.Findings[1].Values[0]);
        Assert.Equal(new DateOnly(2024, 1, 1), decision.Trace!.Rules[0].Parameters[0].EffectiveFrom);
        Assert.Equal(2, result.Frontier!.Count);
        Assert.Equal(ResultStatus.PartiallyGranted, result.Counterfactuals![0].Changes[0].To);
        Assert.Null(result.Allocation.Gap);
    }

    [Theory]
    [InlineData(225.0, "225.0")]
    [InlineData(5123.4, "5123.4")]
    [InlineData(0.04249, "0.042")]
    [InlineData(0.0425, "0.043")]
    [InlineData(1.0 / 3.0, "0.333")]
    [InlineData(0.0, "0.0")]
    [InlineData(-0.0001, "0.0")]
    public void Write_ExpectedImpact_HasAtMostThreeDecimals(double impact, string expected)
    {
        var text = ResultWriter.Write(Minimal(impact));

        Assert.Contains($"\"expectedImpact\": {expected}\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ImpactThatIsNotANumber_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ResultWriter.Write(Minimal(double.NaN)));

    [Fact]
    public void Write_AbsentOptionalParts_AreLeftOut()
    {
        var text = ResultWriter.Write(Minimal(1));

        Assert.DoesNotContain("frontier", text, StringComparison.Ordinal);
        Assert.DoesNotContain("counterfactuals", text, StringComparison.Ordinal);
        Assert.DoesNotContain("gap", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_StatusesAndOutcomes_UseCamelCaseWords()
    {
        var decision = ResultReader.Read(SampleText).Decisions[0] with { Status = ResultStatus.NotFunded };
        var finding = decision.Findings[0] with { Outcome = FindingOutcome.NotMet };

        var text = ResultWriter.Write(ResultReader.Read(SampleText) with { Decisions = [decision with { Findings = [finding] }] });

        Assert.Contains("\"status\": \"notFunded\"", text, StringComparison.Ordinal);
        Assert.Contains("\"outcome\": \"notMet\"", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"status\": \"granted\"", "\"status\": \"approved\"")]
    [InlineData("\"outcome\": \"met\"", "\"outcome\": \"ok\"")]
    [InlineData("\"formatVersion\": 1", "\"formatVersion\": 2")]
    [InlineData("\"motivation\": ", "\"motivationText\": ")]
    [InlineData("\"grantedSek\": 1550000,\n      \"fundedComponents\"", "\"grantedSek\": \"lots\",\n      \"fundedComponents\"")]
    public void Read_InvalidResult_ThrowsJsonException(string from, string to)
    {
        var text = SampleText.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(SampleText, text);

        Assert.ThrowsAny<JsonException>(() => ResultReader.Read(text));
    }

    private static ResultDocument Minimal(double impact) => new()
    {
        Municipality = "Stockholms stad",
        Round = "Test",
        RuleSet = "stockholm-2024",
        AssessmentDate = new DateOnly(2024, 2, 15),
        BudgetCeilingSek = 0,
        Summary = new ResultSummary
        {
            Applications = 0, Boards = 0, DistrictBoards = 0, SpecialistBoards = 0, RequestedSek = 0, EligibleSek = 0,
            Granted = 0, PartiallyGranted = 0, GrantedSek = 0, NotFunded = 0, Rejected = 0, Incomplete = 0, ExpectedImpact = impact,
        },
        Allocation = new ResultAllocation { Optimal = true, Solver = "none", Objective = 0, BudgetUsedSek = 0 },
        Decisions = [],
    };
}
