using Trygghet.Cli;

namespace Trygghet.Rules.Tests.Scenarios;

public sealed class ScenariosCommandTests
{
    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApp.RunAsync(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Scenarios_WithTwoBudgets_PrintsBothBesideTheBaseline()
    {
        var (exitCode, output, error) = await RunAsync("scenarios", "--budget", "40m", "--budget", "80m");

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Contains("Utgångsläge", output, StringComparison.Ordinal);
        Assert.Contains("40,0 mnkr", output, StringComparison.Ordinal);
        Assert.Contains("80,0 mnkr", output, StringComparison.Ordinal);
        Assert.Contains("Beviljade ansökningar", output, StringComparison.Ordinal);
        Assert.Contains("2024-26", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scenarios_InEnglish_WithAScenarioFile_PrintsEveryScenarioAndItsChanges()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "samples", "scenarios-example.json");

        var (exitCode, output, _) = await RunAsync("scenarios", "--file", file, "--budget", "60,1 mnkr", "--lang", "en");

        Assert.Equal(0, exitCode);
        Assert.Contains("Baseline", output, StringComparison.Ordinal);
        Assert.Contains("SEK 60.1m: no application changes.", output, StringComparison.Ordinal);
        Assert.Contains("Trafiknämnden högst 8 mnkr: 4 application(s) change:", output, StringComparison.Ordinal);
        Assert.Contains("Impact (person-years)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scenarios_WithABadBudget_ExitsWithInvalidInput_NamingTheValue()
    {
        var (exitCode, output, error) = await RunAsync("scenarios", "--budget", "abc");

        Assert.Equal(2, exitCode);
        Assert.Contains("'abc'", error, StringComparison.Ordinal);
        Assert.Contains("40m", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public async Task Scenarios_WithAnInvalidScenarioFile_ListsEveryProblemWithItsPath()
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, """{ "scenarios": [ { "name": "a", "excludeMeasures": [ "lamps" ], "boardCaps": [ { "boardId": "nope", "maxSek": 1 } ] } ] }""");

            var (exitCode, _, error) = await RunAsync("scenarios", "--file", file);

            Assert.Equal(2, exitCode);
            Assert.Contains("$.scenarios[0].excludeMeasures[0]", error, StringComparison.Ordinal);
            Assert.Contains("$.scenarios[0].boardCaps[0].boardId", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Scenarios_WithNothingToCompare_IsAUsageError()
    {
        var (exitCode, _, error) = await RunAsync("scenarios");

        Assert.Equal(1, exitCode);
        Assert.Contains("--budget", error, StringComparison.Ordinal);
    }
}
