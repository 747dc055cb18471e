using Trygghet.Cli;

namespace Trygghet.Rules.Tests.Cli;

public sealed class ParametersOptionTests
{
    private static async Task<(int Code, string Out, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static async Task<T> WithFile<T>(string json, Func<string, Task<T>> action)
    {
        var path = Path.Combine(Path.GetTempPath(), $"trygghet-parameters-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, json);
        try
        {
            return await action(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Run_WithABadParameterFile_ListsEveryProblemAndExits2()
    {
        const string Json = """
            { "formatVersion": 1, "ruleSet": "stockholm-2024", "parameters": {
              "cost.tolerence": [ { "value": 1.2, "effectiveFrom": "2024-01-01", "reference": { "document": "D", "section": "S" } } ],
              "evidence.currentWithinYears": [ { "value": 2.5, "effectiveFrom": "2024-13-01", "reference": { "document": "D", "section": "S" } } ] } }
            """;

        var (code, _, error) = await WithFile(Json, path => Run("run", "--parameters", path));

        Assert.Equal(2, code);
        Assert.Contains("3 problems", error, StringComparison.Ordinal);
        Assert.Contains("$.parameters['cost.tolerence']", error, StringComparison.Ordinal);
        Assert.Contains("$.parameters['evidence.currentWithinYears'][0].value", error, StringComparison.Ordinal);
        Assert.Contains("$.parameters['evidence.currentWithinYears'][0].effectiveFrom", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_WithAStricterEvidenceAgeLimit_FindsFewerApplicationsEligible()
    {
        const string Json = """
            { "formatVersion": 1, "ruleSet": "stockholm-2024", "parameters": {
              "evidence.currentWithinYears": [ { "value": 0, "effectiveFrom": "2020-01-01", "decided": "2023-12-01", "reference": { "document": "Test", "section": "1" } } ] } }
            """;

        var (_, plain, _) = await Run("assess", Path.Combine(AppContext.BaseDirectory, "samples", "round-example.json"));
        var (code, strict, _) = await WithFile(Json, path => Run("assess", Path.Combine(AppContext.BaseDirectory, "samples", "round-example.json"), "--parameters", path));

        Assert.Equal(0, code);
        Assert.NotEqual(plain, strict);
    }
}
