using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Parameters;
using Trygghet.Rules.Scenarios;
using Trygghet.Rules.Serialization;
using static Trygghet.Rules.Tests.Scenarios.ScenarioFixture;

namespace Trygghet.Rules.Tests.Scenarios;

public sealed class ScenarioFileReaderTests
{
    private static string SamplePath => Path.Combine(AppContext.BaseDirectory, "samples", "scenarios-example.json");

    [Fact]
    public void TheSampleFile_ReadsAndFitsTheBuiltInRound()
    {
        var scenarios = ScenarioFileReader.Read(File.ReadAllText(SamplePath), Stockholm);

        Assert.Equal(6, scenarios.Count);
        Assert.Equal(MeasureSet.Of(Measure.Cctv, Measure.Refurbishment), scenarios[0].ExcludedMeasures);
        Assert.Equal([new BoardCap("trafiknamnden", Sek.FromMillions(8m))], scenarios[1].BoardCaps);
        Assert.Equal([new DistrictMinimum("Kungsholmen", Sek.FromMillions(9m))], scenarios[2].DistrictMinimums);
        Assert.Equal("cost.lighting.benchmarkPerUnit = 25000", Assert.Single(scenarios[3].Parameters).ToString());
        Assert.Equal((Sek.FromMillions(70m), false), (scenarios[4].Budget!.Value, scenarios[4].AllowPartialFunding!.Value));
        Assert.Equal(["impact.prior.lighting = 0.15", "cost.tolerance = 1.25"], scenarios[5].Parameters.Select(p => p.ToString()));

        var comparison = WhatIf.Run(Stockholm, scenarios);
        Assert.Equal(7, comparison.Outcomes.Count);
        Assert.All(comparison.Outcomes.Skip(1), o => Assert.NotEmpty(o.Changes));
    }

    [Fact]
    public void AMinimalScenario_FollowsTheRoundInEverything()
    {
        var scenario = Assert.Single(ScenarioFileReader.Read("""{ "scenarios": [ { "name": "same", "budgetCeilingSek": null } ] }"""));

        Assert.Equal("same", scenario.Name);
        Assert.Null(scenario.Budget);
        Assert.True(scenario.ExcludedMeasures.IsEmpty);
        Assert.Empty(scenario.BoardCaps);
        Assert.Empty(scenario.DistrictMinimums);
        Assert.Null(scenario.AllowPartialFunding);
        Assert.Empty(scenario.Parameters);
    }

    [Fact]
    public void EveryParameterType_Reads()
    {
        var scenario = Assert.Single(ScenarioFileReader.Read("""
            { "scenarios": [ { "name": "p", "parameters": {
                "evidence.currentWithinYears": 2,
                "evidence.confidence.full": 0.9,
                "cost.tolerance": 1.2,
                "cost.lighting.benchmarkPerUnit": 40000,
                "cost.lighting.unit": "lightPoint",
                "links.darkness": [ "lighting", "sightlines" ] } } ] }
            """));

        Assert.Equal(
            ["evidence.currentWithinYears = 2", "evidence.confidence.full = 0.9", "cost.tolerance = 1.2", "cost.lighting.benchmarkPerUnit = 40000",
             "cost.lighting.unit = lightPoint", "links.darkness = lighting, sightlines"],
            scenario.Parameters.Select(p => p.ToString()));
        Assert.Equal(MeasureSet.Of(Measure.Lighting, Measure.Sightlines), scenario.Parameters[5].Value);
    }

    [Theory]
    [InlineData("""{ "scenarios": [ { "name": "a", "budgetCeilingSek": "40m" } ] }""", "$.scenarios[0].budgetCeilingSek", "WrongType", "whole number of kronor")]
    [InlineData("""{ "scenarios": [ { "name": "a", "budgetCeilingSek": -1 } ] }""", "$.scenarios[0].budgetCeilingSek", "OutOfRange", "-1")]
    [InlineData("""{ "scenarios": [ { "name": "a", "excludeMeasures": [ "lighting", "lamps" ] } ] }""", "$.scenarios[0].excludeMeasures[1]", "UnknownWord", "lighting, sightlines, activation, accessControl, cctv, refurbishment, greening, other")]
    [InlineData("""{ "scenarios": [ { "name": "a", "excludeMeasures": "cctv" } ] }""", "$.scenarios[0].excludeMeasures", "WrongType", "array of measures")]
    [InlineData("""{ "scenarios": [ { "name": "a", "parameters": { "lightingBenchmark": 1 } } ] }""", "$.scenarios[0].parameters['lightingBenchmark']", "UnknownWord", "cost.lighting.benchmarkPerUnit")]
    [InlineData("""{ "scenarios": [ { "name": "a", "parameters": { "cost.lighting.benchmarkPerUnit": "45k" } } ] }""", "$.scenarios[0].parameters['cost.lighting.benchmarkPerUnit']", "WrongType", "whole kronor")]
    [InlineData("""{ "scenarios": [ { "name": "a", "parameters": { "impact.prior.cctv": 1.5 } } ] }""", "$.scenarios[0].parameters['impact.prior.cctv']", "OutOfRange", "1.5")]
    [InlineData("""{ "scenarios": [ { "name": "a", "parameters": { "evidence.currentWithinYears": 2.5 } } ] }""", "$.scenarios[0].parameters['evidence.currentWithinYears']", "WrongType", "whole number")]
    [InlineData("""{ "scenarios": [ { "name": "a", "parameters": { "links.darkness": [ "lamps" ] } } ] }""", "$.scenarios[0].parameters['links.darkness'][0]", "UnknownWord", "is not a measure")]
    [InlineData("""{ "scenarios": [ { "name": "a", "parameters": { "cost.tolerance": -0.5 } } ] }""", "$.scenarios[0].parameters['cost.tolerance']", "OutOfRange", "-0.5")]
    [InlineData("""{ "scenarios": [ { "name": "a", "parameters": { "evidence.currentWithinYears": 3000000000 } } ] }""", "$.scenarios[0].parameters['evidence.currentWithinYears']", "OutOfRange", "2147483647")]
    [InlineData("""{ "scenarios": [ { "name": "a", "parameters": { "cost.lighting.benchmarkPerUnit": 20000000000000 } } ] }""", "$.scenarios[0].parameters['cost.lighting.benchmarkPerUnit']", "OutOfRange", "1000000000000 kronor")]
    [InlineData("""{ "scenarios": [ { "name": "a", "parameters": [] } ] }""", "$.scenarios[0].parameters", "WrongType", "parameter name")]
    [InlineData("""{ "scenarios": [ { "name": "a", "allowPartialFunding": "no" } ] }""", "$.scenarios[0].allowPartialFunding", "WrongType", "true or false")]
    [InlineData("""{ "scenarios": [ { "name": "a", "budget": 40000000 } ] }""", "$.scenarios[0].budget", "UnknownWord", "budgetCeilingSek")]
    [InlineData("""{ "scenarios": [ { "name": "a", "name": "b" } ] }""", "$.scenarios[0].name", "DuplicateProperty", "more than once")]
    [InlineData("""{ "scenarios": [ { "budgetCeilingSek": 1 } ] }""", "$.scenarios[0].name", "MissingField", "'name'")]
    [InlineData("""{ "scenarios": [ { "name": " " } ] }""", "$.scenarios[0].name", "EmptyValue", "empty")]
    [InlineData("""{ "scenarios": [ { "name": 4 } ] }""", "$.scenarios[0].name", "WrongType", "the number 4")]
    [InlineData("""{ "scenarios": [ { "name": "a" }, { "name": "a" } ] }""", "$.scenarios[1].name", "DuplicateId", "$.scenarios[0]")]
    [InlineData("""{ "scenarios": [ { "name": "baseline" } ] }""", "$.scenarios[0].name", "DuplicateId", "round as it is")]
    [InlineData("""{ "scenarios": [ { "name": "a", "boardCaps": [ { "boardId": "trafiknamnden" } ] } ] }""", "$.scenarios[0].boardCaps[0].maxSek", "MissingField", "maxSek")]
    [InlineData("""{ "scenarios": [ { "name": "a", "districtMinimums": [ { "districtArea": "Kungsholmen", "minSek": 1.5 } ] } ] }""", "$.scenarios[0].districtMinimums[0].minSek", "WrongType", "whole number")]
    [InlineData("""{ "scenarios": [ "a" ] }""", "$.scenarios[0]", "WrongType", "a scenario")]
    [InlineData("""{ "scenarios": {} }""", "$.scenarios", "WrongType", "array")]
    [InlineData("""{ }""", "$.scenarios", "MissingField", "scenarios")]
    [InlineData("""[]""", "$", "WrongType", "scenario file")]
    [InlineData("""{ "formatVersion": 2, "scenarios": [] }""", "$.formatVersion", "UnsupportedVersion", "format version 1")]
    [InlineData("""{ "scenarios": [ { "name": "a" } """, "$", "MalformedJson", "line 1")]
    public void AProblem_IsReportedWithItsPathCodeAndAHelpfulMessage(string json, string path, string code, string messagePart)
    {
        var exception = Assert.Throws<RoundValidationException>(() => ScenarioFileReader.Read(json));

        var problem = Assert.Single(exception.Problems);
        Assert.Equal((path, code), (problem.Path, problem.Code));
        Assert.Contains(messagePart, problem.Message, StringComparison.Ordinal);
        Assert.StartsWith("The scenario file has 1 problem:", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithTheRound_BoardsAndDistrictAreasItDoesNotHave_AreDanglingReferences()
    {
        const string json = """
            { "scenarios": [ { "name": "a",
                "boardCaps": [ { "boardId": "sdn-bromma", "maxSek": 1000000 } ],
                "districtMinimums": [ { "districtArea": "Bromma", "minSek": 1000000 } ] } ] }
            """;

        var exception = Assert.Throws<RoundValidationException>(() => ScenarioFileReader.Read(json, Stockholm));

        Assert.Equal(
            [("$.scenarios[0].boardCaps[0].boardId", "DanglingReference"), ("$.scenarios[0].districtMinimums[0].districtArea", "DanglingReference")],
            exception.Problems.Select(p => (p.Path, p.Code)));
        Assert.Contains("trafiknamnden", exception.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("Kungsholmen", exception.Problems[1].Message, StringComparison.Ordinal);
        Assert.Single(ScenarioFileReader.Read(json));
    }

    [Fact]
    public void EveryProblemInTheFile_IsCollected_NotJustTheFirst()
    {
        const string json = """
            { "scenarios": [
                { "name": "a", "budgetCeilingSek": "x", "excludeMeasures": [ "lamps" ] },
                { "name": "b", "parameters": { "nope": 1, "impact.prior.cctv": -0.1 } } ] }
            """;

        var exception = Assert.Throws<RoundValidationException>(() => ScenarioFileReader.Read(json));

        Assert.Equal(
            ["$.scenarios[0].budgetCeilingSek", "$.scenarios[0].excludeMeasures[0]", "$.scenarios[1].parameters['nope']", "$.scenarios[1].parameters['impact.prior.cctv']"],
            exception.Problems.Select(p => p.Path));
        Assert.StartsWith("The scenario file has 4 problems:", exception.Message, StringComparison.Ordinal);
    }
}
