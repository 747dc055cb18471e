using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck.Xunit;
using Json.Schema;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Serialization;
using Trygghet.Rules.Tests.Generators;

namespace Trygghet.Rules.Tests.Serialization;

public sealed class SchemaTests
{
    // Building a schema registers its $id, so each schema is built once for the whole test run.
    private static readonly JsonSchema RoundSchema = TestSchemas.Round;
    private static readonly JsonSchema ResultSchema = TestSchemas.Result;
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    [Fact]
    public void Schemas_AreDraft202012()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", JsonNode.Parse(TrygghetSchemas.Round)!["$schema"]!.GetValue<string>());
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", JsonNode.Parse(TrygghetSchemas.Result)!["$schema"]!.GetValue<string>());
    }

    [Fact]
    public void RoundSample_IsValid() => AssertValid(RoundSchema, RoundJson.Example);

    [Fact]
    public void ResultSample_IsValid() => AssertValid(ResultSchema, File.ReadAllText(RoundJson.SamplePath("result-example.json")));

    [Theory]
    [InlineData("\"measure\": \"lighting\"", "\"measure\": \"lamp\"")]
    [InlineData("\"kind\": \"district\"", "\"kind\": \"agency\"")]
    [InlineData("\"environment\": \"path\"", "\"environment\": \"forest\"")]
    [InlineData("\"darkness\"", "\"gloom\"")]
    [InlineData("\"scope\": \"site\"", "\"scope\": \"planet\"")]
    [InlineData("\"language\": \"sv\"", "\"language\": \"de\"")]
    [InlineData("\"formatVersion\": 1", "\"formatVersion\": 2")]
    [InlineData("\"costSek\": 150000", "\"costSek\": -150000")]
    [InlineData("\"costSek\": 150000", "\"costSek\": 150000.5")]
    [InlineData("\"costSek\": 150000", "\"costSek\": \"150000\"")]
    [InlineData("\"assessmentDate\": \"2024-02-15\"", "\"assessmentDate\": \"2024-02-30\"")]
    [InlineData("\"baselineUnsafeShare\": 0.2", "\"baselineUnsafeShare\": 20")]
    [InlineData("\"title\": ", "\"heading\": ")]
    public void RoundWithADefect_FailsTheSchema(string from, string to)
    {
        var json = RoundJson.Example.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(RoundJson.Example, json);

        AssertInvalid(RoundSchema, json);
        Assert.False(RoundReader.TryRead(json).IsValid);
    }

    [Fact]
    public void RoundWithExtraProperties_PassesTheSchema() =>
        AssertValid(RoundSchema, RoundJson.With(r => r.Application()["internalNote"] = "tillagt fält"));

    [Fact]
    public void TenDefects_FailsTheSchema() =>
        AssertInvalid(RoundSchema, File.ReadAllText(RoundJson.TestDataPath("invalid", "ten-defects.json")));

    [Theory]
    [InlineData("\"status\": \"granted\"", "\"status\": \"approved\"")]
    [InlineData("\"outcome\": \"met\"", "\"outcome\": \"passed\"")]
    [InlineData("\"expectedImpact\": 225.0,\n      \"fundingOptions\"", "\"expectedImpact\": \"225\",\n      \"fundingOptions\"")]
    [InlineData("\"motivation\": ", "\"reason\": ")]
    public void ResultWithADefect_FailsTheSchema(string from, string to)
    {
        var sample = File.ReadAllText(RoundJson.SamplePath("result-example.json"));
        var json = sample.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(sample, json);

        AssertInvalid(ResultSchema, json);
    }

    [Property(Arbitrary = [typeof(RoundGenerators)], MaxTest = 40)]
    public void EveryGeneratedRound_AsWritten_PassesTheSchema(Round round) => AssertValid(RoundSchema, RoundWriter.Write(round));

    private static void AssertValid(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = schema.Evaluate(document.RootElement, Options);
        Assert.True(result.IsValid, Describe(result));
    }

    private static void AssertInvalid(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        Assert.False(schema.Evaluate(document.RootElement, Options).IsValid);
    }

    private static string Describe(EvaluationResults result) => string.Join(
        "\n",
        (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}"));
}
