using System.Xml.Linq;
using Trygghet.Cli;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Serialization;
using Trygghet.Rules.Tests.Reporting;

namespace Trygghet.Rules.Tests.Reliability;

/// <summary>
/// Text from a round file reaches spreadsheets and browsers through the CLI without running as a formula or markup,
/// and never chooses where files are written.
/// </summary>
public sealed class SafeOutputTests
{
    /// <summary>Every prefix a spreadsheet may treat as the start of a formula.</summary>
    private static readonly string[] DangerousPrefixes = ["=", "+", "-", "@", "\t", "\r"];

    [Fact]
    public async Task RunOutCsv_IdsTitlesAndBoardNamesWithEveryFormulaPrefix_AreNeutralised()
    {
        using var folder = new TempFolder();
        var round = await folder.WriteRound(HostileRound());
        var target = Path.Combine(folder.Path, "appendix.csv");

        var (code, _, error) = await Run("run", round, "--out", target, "--lang", "en");

        Assert.True(code == 0, error);
        var text = await File.ReadAllTextAsync(target);
        var records = CsvText.Parse(text.TrimStart('\uFEFF'));
        Assert.All(records.SelectMany(r => r), cell => Assert.False(
            cell.Length > 0 && DangerousPrefixes.Any(p => cell.StartsWith(p, StringComparison.Ordinal)),
            $"The cell '{cell}' starts like a formula."));
        foreach (var prefix in DangerousPrefixes)
        {
            // The text itself is kept, behind a quote that makes it inert.
            var row = Assert.Single(records, r => r[2] == "'" + prefix + "cmd|' /C calc'!A0");
            Assert.Equal("'" + prefix + "HYPERLINK(\"http://evil.example\")", row[3]);
        }

        Assert.Contains(records, r => r[1] == "'=SUM(A1:A9)");
        Assert.Contains(records, r => r[1] == "'@evil");
    }

    [Fact]
    public async Task RunOutHtml_MarkupInIdsTitlesAndBoardNames_IsEncoded()
    {
        using var folder = new TempFolder();
        var round = await folder.WriteRound(HostileRound());
        var target = Path.Combine(folder.Path, "proposal.html");

        var (code, _, error) = await Run("run", round, "--out", target, "--lang", "en");

        Assert.True(code == 0, error);
        var html = await File.ReadAllTextAsync(target);
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        var page = XDocument.Parse(html.Replace("<!DOCTYPE html>", string.Empty, StringComparison.OrdinalIgnoreCase));
        var text = string.Concat(page.DescendantNodes().OfType<XText>().Select(t => t.Value));
        Assert.Contains("<script>alert(1)</script>", text, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(2)>", text, StringComparison.Ordinal);
        Assert.DoesNotContain(page.Descendants(), e => e.Name.LocalName is "script" or "img" or "iframe");
    }

    [Fact]
    public async Task Report_BoardIdsAndNamesThatLookLikePaths_WriteNothingOutsideTheOutputFolder()
    {
        using var folder = new TempFolder();
        var round = BuiltInRounds.Stockholm2024;
        var escapes = new[] { "../../evil", "..\\..\\evil", "/tmp/evil", "C:\\evil", "feedback/../../evil" };
        var renamed = round.Boards.Take(escapes.Length).Select((b, i) => (Old: b.Id, New: escapes[i])).ToDictionary(p => p.Old, p => p.New, StringComparer.Ordinal);
        var hostile = round with
        {
            Boards = [.. round.Boards.Select(b => renamed.TryGetValue(b.Id, out var id) ? b with { Id = id, Name = id } : b)],
            Applications = [.. round.Applications.Select(a =>
            {
                var moved = renamed.TryGetValue(a.BoardId, out var id) ? a with { BoardId = id, Id = id + a.Id } : a;
                return moved.Consultation is { } c && renamed.TryGetValue(c.DistrictBoardId, out var consulted)
                    ? moved with { Consultation = c with { DistrictBoardId = consulted } }
                    : moved;
            })],
        };
        var input = await folder.WriteRound(hostile);
        var before = AllFiles(folder.Path);
        var outDir = Path.Combine(folder.Path, "out", "reports");

        var (code, _, error) = await Run("report", input, "--out-dir", outDir, "--lang", "en");

        Assert.True(code == 0, error);
        var created = AllFiles(folder.Path).Except(before, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(created);
        Assert.All(created, f => Assert.StartsWith(outDir + Path.DirectorySeparatorChar, f, StringComparison.Ordinal));
        Assert.DoesNotContain(created, f => f.Contains("evil", StringComparison.Ordinal));
        Assert.Equal(round.Boards.Count, Directory.GetFiles(Path.Combine(outDir, "feedback")).Length);
        Assert.False(File.Exists(Path.Combine(folder.Path, "evil")));
    }

    private static List<string> AllFiles(string folder) => [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories)];

    /// <summary>The built-in round with a formula-like id and title behind every prefix, markup, and formula board names.</summary>
    private static Round HostileRound()
    {
        var round = BuiltInRounds.Stockholm2024;
        return round with
        {
            Boards = [.. round.Boards.Select((b, i) => i switch
            {
                0 => b with { Name = "=SUM(A1:A9)" },
                1 => b with { Name = "@evil" },
                2 => b with { Name = "<script>alert(3)</script>" },
                _ => b,
            })],
            Applications = [.. round.Applications.Select((a, i) => i < DangerousPrefixes.Length
                ? a with { Id = DangerousPrefixes[i] + "cmd|' /C calc'!A0", Title = DangerousPrefixes[i] + "HYPERLINK(\"http://evil.example\")" }
                : i == DangerousPrefixes.Length
                    ? a with { Title = "<script>alert(1)</script>", Site = a.Site with { Name = "<img src=x onerror=alert(2)>" } }
                    : a)],
        };
    }

    private static async Task<(int Code, string Out, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>A temporary folder, deleted with everything in it.</summary>
    private sealed class TempFolder : IDisposable
    {
        private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("trygghet-safe-");

        public string Path => folder.FullName;

        public async Task<string> WriteRound(Round round)
        {
            var file = System.IO.Path.Combine(Path, "round.json");
            await File.WriteAllBytesAsync(file, RoundWriter.WriteUtf8(round));
            return file;
        }

        public void Dispose() => folder.Delete(recursive: true);
    }
}
