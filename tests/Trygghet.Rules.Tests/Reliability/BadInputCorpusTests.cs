using System.Text;
using System.Text.Json;
using Trygghet.Rules.Criteria;
using Trygghet.Rules.Serialization;
using static Trygghet.Rules.Tests.Serialization.RoundJson;

namespace Trygghet.Rules.Tests.Reliability;

/// <summary>
/// Every malformed file in <c>TestData/bad-input</c> gives exactly the problems its manifest (<c>expected.json</c>) names,
/// code and path, in order, and never an exception.
/// </summary>
public sealed class BadInputCorpusTests
{
    private static readonly JsonSerializerOptions ManifestOptions = new() { PropertyNameCaseInsensitive = true };
    private static readonly Lazy<List<CorpusEntry>> Manifest = new(ReadManifest);

    public static TheoryData<string> Files => [.. Manifest.Value.Select(e => e.File)];

    [Fact]
    public void Manifest_NamesEveryFileInTheCorpusAndNoOther()
    {
        var onDisk = Directory.GetFiles(TestDataPath("bad-input"))
            .Select(Path.GetFileName)
            .Where(name => name != "expected.json")
            .Order(StringComparer.Ordinal);

        Assert.Equal(onDisk, Manifest.Value.Select(e => e.File).Order(StringComparer.Ordinal));
        Assert.True(Manifest.Value.Count >= 40, $"The corpus holds {Manifest.Value.Count} files; it should hold at least 40.");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void BadFile_GivesExactlyTheExpectedProblems(string file)
    {
        var entry = Manifest.Value.Single(e => e.File == file);
        var bytes = File.ReadAllBytes(TestDataPath("bad-input", file));

        var problems = entry.Kind switch
        {
            "round" => RoundProblems(bytes, entry),
            "parameter" => ParameterProblems(bytes),
            _ => throw new InvalidOperationException($"Unknown kind '{entry.Kind}' in the manifest."),
        };

        Assert.Equal(entry.Expected.Select(p => (p.Code, p.Path)), problems.Select(p => (p.Code, p.Path)));
        Assert.All(problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
    }

    [Fact]
    public void FileWithAByteOrderMark_IsAccepted()
    {
        var bytes = File.ReadAllBytes(TestDataPath("bad-input", "bom-then-valid.json"));

        var result = RoundReader.TryRead(bytes);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.True(result.IsValid);
        Assert.Equal("Stockholms stad", result.Round!.Municipality);
    }

    private static IReadOnlyList<ValidationProblem> RoundProblems(byte[] bytes, CorpusEntry entry)
    {
        var options = new RoundReaderOptions
        {
            MaxBytes = entry.MaxBytes ?? RoundReaderOptions.Default.MaxBytes,
            MaxApplications = entry.MaxApplications ?? RoundReaderOptions.Default.MaxApplications,
            MaxComponentsPerApplication = entry.MaxComponentsPerApplication ?? RoundReaderOptions.Default.MaxComponentsPerApplication,
        };
        var fromBytes = RoundReader.TryRead(bytes, options);
        using var stream = new MemoryStream(bytes);
        var fromStream = RoundReader.TryRead(stream, options);

        // The two ways in agree (the size message may word the length differently), and a result is a round or problems.
        Assert.Equal(fromBytes.Problems.Select(p => (p.Code, p.Path)), fromStream.Problems.Select(p => (p.Code, p.Path)));
        Assert.Equal(fromBytes.Problems.Count == 0, fromBytes.Round is not null);
        if (entry.Expected.Count > 0)
        {
            var thrown = Assert.Throws<RoundValidationException>(() => RoundReader.Read(bytes, options));
            Assert.Equal(fromBytes.Problems, thrown.Problems);
        }

        return fromBytes.Problems;
    }

    private static IReadOnlyList<ValidationProblem> ParameterProblems(byte[] bytes)
    {
        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        try
        {
            ParameterFileReader.ApplyTo(RuleSets.Stockholm2024, text);
            return [];
        }
        catch (ParameterFileException ex)
        {
            Assert.NotEmpty(ex.Problems);
            return ex.Problems;
        }
    }

    private static List<CorpusEntry> ReadManifest()
    {
        var json = File.ReadAllText(TestDataPath("bad-input", "expected.json"));
        return JsonSerializer.Deserialize<List<CorpusEntry>>(json, ManifestOptions)!;
    }

    private sealed record CorpusEntry(
        string File,
        string Kind,
        IReadOnlyList<ExpectedProblem> Expected,
        int? MaxBytes = null,
        int? MaxApplications = null,
        int? MaxComponentsPerApplication = null);

    private sealed record ExpectedProblem(string Code, string Path);
}
