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

    private const string StrictEvidence = """
        { "formatVersion": 1, "ruleSet": "stockholm-2024", "parameters": {
          "evidence.currentWithinYears": [ { "value": 0, "effectiveFrom": "2020-01-01", "decided": "2023-12-01", "reference": { "document": "Test", "section": "1" } } ] } }
        """;

    private const string Misspelt = """
        { "formatVersion": 1, "ruleSet": "stockholm-2024", "parameters": {
          "cost.tolerence": [ { "value": 1.2, "effectiveFrom": "2024-01-01", "reference": { "document": "D", "section": "S" } } ] } }
        """;

    [Fact]
    public async Task Report_WithAParameterFile_WritesTheProposalUnderThoseParameters()
    {
        var plain = Directory.CreateTempSubdirectory("trygghet-report-");
        var strict = Directory.CreateTempSubdirectory("trygghet-report-");
        try
        {
            var (plainCode, _, _) = await Run("report", "--out-dir", plain.FullName, "--lang", "en");
            var (code, _, _) = await WithFile(StrictEvidence, path => Run("report", "--out-dir", strict.FullName, "--lang", "en", "--parameters", path));

            Assert.Equal(0, plainCode);
            Assert.Equal(0, code);
            var reported = await File.ReadAllTextAsync(Path.Combine(strict.FullName, "result.json"));
            Assert.NotEqual(await File.ReadAllTextAsync(Path.Combine(plain.FullName, "result.json")), reported);

            // The same result, byte for byte, as `run` under the same parameter file.
            var run = Path.Combine(strict.FullName, "run.json");
            var (runCode, _, _) = await WithFile(StrictEvidence, path => Run("run", "--parameters", path, "--lang", "en", "--out", run));
            Assert.Equal(0, runCode);
            Assert.Equal(await File.ReadAllTextAsync(run), reported);
        }
        finally
        {
            plain.Delete(recursive: true);
            strict.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Compare_WithAParameterFile_MeasuresAgainstTheOptimumUnderThoseParameters()
    {
        var round = Path.Combine(Path.GetTempPath(), $"trygghet-round-{Guid.NewGuid():N}.json");
        var proposal = Path.Combine(Path.GetTempPath(), $"trygghet-proposal-{Guid.NewGuid():N}.json");
        try
        {
            await File.WriteAllTextAsync(round, Trygghet.Rules.Serialization.BuiltInRounds.Stockholm2024Json());
            await File.WriteAllTextAsync(proposal, """{ "name": "Committee", "amounts": { "2024-26": 3600000 } }""");

            var (_, plain, _) = await Run("compare", round, proposal, "--lang", "en");
            var (code, strict, _) = await WithFile(StrictEvidence, path => Run("compare", round, proposal, "--lang", "en", "--parameters", path));

            Assert.Equal(0, code);
            Assert.NotEqual(plain, strict);
        }
        finally
        {
            File.Delete(proposal);
            File.Delete(round);
        }
    }

    [Fact]
    public async Task Scenarios_WithAParameterFile_RunTheBaselineUnderThoseParameters()
    {
        var (_, plain, _) = await Run("scenarios", "--budget", "40m", "--lang", "en");
        var (code, strict, _) = await WithFile(StrictEvidence, path => Run("scenarios", "--budget", "40m", "--lang", "en", "--parameters", path));

        Assert.Equal(0, code);
        Assert.NotEqual(plain, strict);
    }

    [Theory]
    [InlineData("report", "--out-dir", "{dir}")]
    [InlineData("scenarios", "--budget", "40m")]
    [InlineData("frontier", "--lang", "en")]
    public async Task Commands_WithAMisspeltParameter_NameItAndExit2(string command, string option, string value)
    {
        var dir = Directory.CreateTempSubdirectory("trygghet-bad-parameters-");
        var round = Path.Combine(Path.GetTempPath(), $"trygghet-round-{Guid.NewGuid():N}.json");
        try
        {
            await File.WriteAllTextAsync(round, Trygghet.Rules.Serialization.BuiltInRounds.Stockholm2024Json());
            var (code, _, error) = await WithFile(Misspelt, path => Run(command, option, value.Replace("{dir}", dir.FullName, StringComparison.Ordinal).Replace("{round}", round, StringComparison.Ordinal), "--parameters", path));

            Assert.Equal(2, code);
            Assert.Contains("$.parameters['cost.tolerence']", error, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
            File.Delete(round);
        }
    }

    [Fact]
    public async Task Report_WithAParameterFileThatNamesTheBodies_WritesTheMunicipalitysOwnNames()
    {
        const string Json = """
            { "formatVersion": 1, "ruleSet": "stockholm-2024", "parameters": {},
              "messages": {
                "Term.Office": { "sv": "kommunledningskontoret", "en": "the Municipal Executive Office" },
                "Term.OfficeGenitive": { "sv": "kommunledningskontorets", "en": "the Municipal Executive Office's" } } }
            """;
        var folder = Directory.CreateTempSubdirectory("trygghet-report-");
        try
        {
            var (code, _, _) = await WithFile(Json, path => Run("report", "--out-dir", folder.FullName, "--parameters", path));

            Assert.Equal(0, code);
            var proposal = await File.ReadAllTextAsync(Path.Combine(folder.FullName, "proposal.sv.md"));
            Assert.Contains("Kommunledningskontoret föreslår att", proposal, StringComparison.Ordinal);
            Assert.DoesNotContain("tadsledningskontor", proposal, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
