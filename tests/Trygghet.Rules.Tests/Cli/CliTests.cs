using System.Text.Json;
using Trygghet.Cli;

namespace Trygghet.Rules.Tests.Cli;

public sealed class CliTests
{
    private static async Task<(int Code, string Out, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string TestFile(params string[] parts) => Path.Combine([AppContext.BaseDirectory, .. parts]);

    [Fact]
    public async Task Validate_ValidRound_PrintsValidAndASummary()
    {
        var (code, output, _) = await Run("validate", TestFile("samples", "round-example.json"));
        Assert.Equal(0, code);
        Assert.StartsWith("valid: ", output, StringComparison.Ordinal);
        Assert.Contains("1 applications from 2 boards", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_RoundWithTenDefects_ListsAllTenWithPathsAndExits2()
    {
        var (code, _, error) = await Run("validate", TestFile("TestData", "invalid", "ten-defects.json"));
        Assert.Equal(2, code);
        Assert.Contains("10 problems", error, StringComparison.Ordinal);
        Assert.Equal(10, error.Split('\n').Count(l => l.TrimStart().StartsWith("$.", StringComparison.Ordinal)));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MissingFile_NamesItAndExits2()
    {
        var (code, _, error) = await Run("validate", "no-such-round.json");
        Assert.Equal(2, code);
        Assert.Contains("no-such-round.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithoutAFile_ProposesTheBuiltInRound()
    {
        var (code, output, _) = await Run("run");
        Assert.Equal(0, code);
        Assert.Contains("35 av sammantaget 48 ansökningar", output, StringComparison.Ordinal);
        Assert.Contains("60,1 mnkr", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithOut_WritesTheResultFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"trygghet-{Guid.NewGuid():N}.json");
        try
        {
            var (code, _, _) = await Run("run", "--out", path, "--lang", "en");
            Assert.Equal(0, code);
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            Assert.Equal(48, document.RootElement.GetProperty("decisions").GetArrayLength());
            Assert.Equal(35, document.RootElement.GetProperty("summary").GetProperty("granted").GetInt32());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Assess_WithTrace_WritesEveryAssessmentWithItsTrace()
    {
        var path = Path.Combine(Path.GetTempPath(), $"trygghet-{Guid.NewGuid():N}.json");
        try
        {
            var (code, output, _) = await Run("assess", TestFile("samples", "round-example.json"), "--out", path, "--trace", "--lang", "en");
            Assert.Equal(0, code);
            Assert.Contains("2024-01", output, StringComparison.Ordinal);
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var assessment = document.RootElement.GetProperty("assessments")[0];
            Assert.Equal("eligible", assessment.GetProperty("status").GetString());
            Assert.True(assessment.GetProperty("trace").GetProperty("rules").GetArrayLength() > 0);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Frontier_BuiltInRound_PrintsBreakpoints()
    {
        var (code, output, _) = await Run("frontier", "--lang", "en");
        Assert.Equal(0, code);
        Assert.Contains("Budget from", output, StringComparison.Ordinal);
        Assert.Contains("◀", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_AProposal_ReportsItsGapAndWhatTheOptimumFundsInstead()
    {
        var proposal = Path.Combine(Path.GetTempPath(), $"proposal-{Guid.NewGuid():N}.json");
        var round = Path.Combine(Path.GetTempPath(), $"round-{Guid.NewGuid():N}.json");
        try
        {
            await File.WriteAllTextAsync(round, Trygghet.Rules.Serialization.BuiltInRounds.Stockholm2024Json());
            await File.WriteAllTextAsync(proposal, """{ "name": "Committee", "amounts": { "2024-26": 3600000, "2024-30": 500000 } }""");
            var (code, output, _) = await Run("compare", round, proposal, "--lang", "en");
            Assert.Equal(0, code);
            Assert.Contains("Committee", output, StringComparison.Ordinal);
            Assert.Contains("The optimum funds instead: 2024-", output, StringComparison.Ordinal);
            Assert.Contains("2024-30, which the rules do not find eligible", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(proposal);
            File.Delete(round);
        }
    }

    [Fact]
    public async Task Compare_ProposalNamingUnknownApplications_ListsThemAndExits2()
    {
        var proposal = Path.Combine(Path.GetTempPath(), $"proposal-{Guid.NewGuid():N}.json");
        try
        {
            await File.WriteAllTextAsync(proposal, """{ "amounts": { "x-1": 1, "x-2": 2 } }""");
            var (code, _, error) = await Run("compare", TestFile("samples", "round-example.json"), proposal);
            Assert.Equal(2, code);
            Assert.Contains("'x-1'", error, StringComparison.Ordinal);
            Assert.Contains("'x-2'", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(proposal);
        }
    }

    [Fact]
    public async Task Run_InfeasibleMustFund_NamesTheConflictAndExits3()
    {
        var round = Path.Combine(Path.GetTempPath(), $"round-{Guid.NewGuid():N}.json");
        try
        {
            var json = Trygghet.Rules.Serialization.BuiltInRounds.Stockholm2024Json()
                .Replace("\"mustFund\": []", "\"mustFund\": [\"2024-30\"]", StringComparison.Ordinal);
            Assert.Contains("2024-30", json, StringComparison.Ordinal);
            await File.WriteAllTextAsync(round, json);
            var (code, _, error) = await Run("run", round);
            Assert.Equal(3, code);
            Assert.Contains("2024-30", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(round);
        }
    }

    [Fact]
    public async Task MissingArgument_ExitsWithUsageError()
    {
        var (code, _, error) = await Run("validate");
        Assert.Equal(1, code);
        Assert.NotEmpty(error);
    }

    [Fact]
    public async Task Run_OutHtml_WritesASelfContainedPageAndTheFrontierPicture()
    {
        var folder = Directory.CreateTempSubdirectory("trygghet-");
        try
        {
            var target = Path.Combine(folder.FullName, "proposal.html");
            var (code, output, _) = await Run("run", "--out", target);
            Assert.Equal(0, code);
            var html = await File.ReadAllTextAsync(target);
            Assert.Contains("<svg", html, StringComparison.Ordinal);
            Assert.Contains("35 av sammantaget 48 ansökningar", html, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(folder.FullName, "proposal.frontier.svg")));
            Assert.Contains("proposal.frontier.svg", output, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Run_FormatCsv_WritesTheAppendixWithAByteOrderMark()
    {
        var folder = Directory.CreateTempSubdirectory("trygghet-");
        try
        {
            var target = Path.Combine(folder.FullName, "appendix.txt");
            var (code, _, _) = await Run("run", "--out", target, "--format", "csv");
            Assert.Equal(0, code);
            var bytes = await File.ReadAllBytesAsync(target);
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Run_UnknownFormat_ExitsWithUsageError()
    {
        var (code, _, error) = await Run("run", "--out", "x.out", "--format", "pdf");
        Assert.Equal(1, code);
        Assert.Contains("pdf", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_WritesTheWholeSetWithNumberedFeedbackLetters()
    {
        var folder = Directory.CreateTempSubdirectory("trygghet-");
        try
        {
            var (code, _, _) = await Run("report", "--out-dir", folder.FullName, "--lang", "en");
            Assert.Equal(0, code);
            foreach (var name in new[] { "proposal.en.md", "proposal.en.html", "proposal.en.txt", "appendix.en.csv", "result.json", "frontier.en.svg" })
            {
                Assert.True(File.Exists(Path.Combine(folder.FullName, name)), name);
            }

            var letters = Directory.GetFiles(Path.Combine(folder.FullName, "feedback"));
            Assert.Equal(13, letters.Length);
            Assert.All(letters, l => Assert.Matches(@"feedback-\d\d\.en\.md$", l));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
