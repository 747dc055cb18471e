using System.Text.Json.Nodes;
using Trygghet.Rules.Serialization;

namespace Trygghet.Rules.Tests.Serialization;

/// <summary>The contract's example round, and ways to spoil it one defect at a time.</summary>
internal static class RoundJson
{
    public static string SamplePath(string fileName) => Path.Combine(AppContext.BaseDirectory, "samples", fileName);

    public static string TestDataPath(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    public static string Example { get; } = File.ReadAllText(SamplePath("round-example.json"));

    public static JsonObject ExampleNode() => JsonNode.Parse(Example)!.AsObject();

    /// <summary>Returns the example with one change applied.</summary>
    public static string With(Action<JsonObject> change)
    {
        var root = ExampleNode();
        change(root);
        return root.ToJsonString();
    }

    public static JsonObject Application(this JsonObject root, int index = 0) => root["applications"]![index]!.AsObject();

    public static JsonObject Component(this JsonObject root, int application = 0, int index = 0) => root.Application(application)["components"]![index]!.AsObject();

    public static IReadOnlyList<ValidationProblem> Problems(string json) => RoundReader.TryRead(json).Problems;

    /// <summary>Asserts that the file has exactly one problem, at the path and with the code given, and returns it.</summary>
    public static ValidationProblem SingleProblem(string json, string path, string code, RoundReaderOptions? options = null)
    {
        var result = RoundReader.TryRead(json, options);
        Assert.False(result.IsValid);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(code, problem.Code);
        Assert.Equal(path, problem.Path);
        Assert.False(string.IsNullOrWhiteSpace(problem.Message));
        return problem;
    }
}
