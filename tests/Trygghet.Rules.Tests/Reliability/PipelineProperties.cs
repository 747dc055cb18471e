using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Trygghet.Rules.Allocation;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Criteria;
using Trygghet.Rules.Decisions;
using Trygghet.Rules.Reporting;
using Trygghet.Rules.Serialization;
using Trygghet.Rules.Tests.Generators;
using Trygghet.Rules.Tests.Reporting;

namespace Trygghet.Rules.Tests.Reliability;

/// <summary>
/// No crash, nothing lost: a generated round goes through the whole pipeline (written, read, assessed, allocated,
/// written as a result and in every report format) and every application comes out exactly once; spoiled bytes give
/// only validation problems.
/// </summary>
public sealed class PipelineProperties
{
    private static readonly RoundRunner Runner = new(RuleSets.Stockholm2024);

    [Property(Arbitrary = [typeof(SmallRounds)], MaxTest = 60)]
    public void AnyValidRound_GoesThroughThePipelineWithEveryApplicationOnce(Round generated)
    {
        var round = RoundReader.Read(RoundWriter.WriteUtf8(generated));
        var ids = round.Applications.Select(a => a.Id).Order(StringComparer.Ordinal).ToList();

        if (Pipeline.TryRun(Runner, round) is not { } result)
        {
            return;
        }

        var document = ResultReader.Read(ResultWriter.Write(ResultDocuments.From(result)));
        Assert.Equal(ids, document.Decisions.Select(d => d.ApplicationId).Order(StringComparer.Ordinal));
        foreach (var language in ReportRounds.Languages)
        {
            foreach (var writer in ReportWriters.All)
            {
                var text = writer.Write(result, language);
                var listed = Pipeline.AppendixIds(writer.Format, text, language, ids);
                Assert.True(ids.SequenceEqual(listed), $"{writer.Format} {language}: expected each of [{string.Join(", ", ids)}] once, found [{string.Join(", ", listed)}].");
            }
        }
    }

    /// <remarks>The frontier is left out: it costs time quadratic in the number of applications (about 20 s for 1 000).</remarks>
    [Fact]
    public void OneThousandApplications_GoThroughThePipelineWithEveryApplicationOnce()
    {
        var round = RoundReader.Read(RoundWriter.WriteUtf8(ConcurrencyTests.Replicated(BuiltInRounds.Stockholm2024, 1_000)));
        var ids = round.Applications.Select(a => a.Id).Order(StringComparer.Ordinal).ToList();

        var result = Runner.Run(round, new RunOptions { ComputeFrontier = false });

        var document = ResultReader.Read(ResultWriter.Write(ResultDocuments.From(result)));
        Assert.Equal(ids, document.Decisions.Select(d => d.ApplicationId).Order(StringComparer.Ordinal));
        Assert.Equal(result.Summary.GrantedAmount.Kronor, document.Decisions.Sum(d => d.GrantedSek));
        Assert.True(result.Summary.GrantedAmount <= round.BudgetCeiling);
        foreach (var writer in ReportWriters.All)
        {
            var listed = Pipeline.AppendixIds(writer.Format, writer.Write(result, ReportLanguage.English), ReportLanguage.English, ids);
            Assert.True(ids.SequenceEqual(listed), $"{writer.Format}: {listed.Count} listings for {ids.Count} applications.");
        }
    }

    [Property(Arbitrary = [typeof(SmallRounds)], MaxTest = 100)]
    public void AnySpoiledRound_GivesOnlyValidationProblemsOrAResult(Round generated, NonNegativeInt position, byte value, bool truncate)
    {
        var bytes = RoundWriter.WriteUtf8(generated);
        var at = position.Get % bytes.Length;
        var spoiled = truncate ? bytes[..at] : [.. bytes[..at], value, .. bytes[(at + 1)..]];

        var read = RoundReader.TryRead(spoiled);

        if (read.Round is null)
        {
            Assert.NotEmpty(read.Problems);
            Assert.All(read.Problems, p => Assert.StartsWith("$", p.Path, StringComparison.Ordinal));
            Assert.Throws<RoundValidationException>(() => RoundReader.Read(spoiled));
        }
        else
        {
            // A byte changed inside a title can leave a valid round; it must then run like any other.
            Assert.False(truncate && at < bytes.Length - 1, "A truncated file was accepted.");
            Pipeline.TryRun(Runner, read.Round);
        }
    }

    /// <summary>Small valid rounds with constraints, so the properties stay fast.</summary>
    public static class SmallRounds
    {
        public static Arbitrary<Round> Rounds() => Arb.From(RoundGenerators.ValidRound(12, withConstraints: true));
    }
}

/// <summary>Helpers shared by the reliability tests.</summary>
internal static partial class Pipeline
{
    private static readonly string[] Headings = ["Appendix 1. Summary of assessments", "Bilaga 1. Sammanställning av bedömningar"];

    /// <summary>Runs a round; a conflict among its constraints is a reported outcome, so it gives <see langword="null"/>.</summary>
    public static RoundResult? TryRun(RoundRunner runner, Round round, CancellationToken cancellationToken = default)
    {
        try
        {
            return runner.Run(round, cancellationToken: cancellationToken);
        }
        catch (AllocationInfeasibleException ex)
        {
            Assert.NotEmpty(ex.Conflicts);
            return null;
        }
    }

    /// <summary>
    /// The result file with its decisions in the order of <paramref name="order"/> and its what-ifs (which follow the
    /// input order like the decisions) sorted, for comparing runs on reordered input.
    /// </summary>
    public static string ResultJsonInOrder(RoundResult result, IReadOnlyList<string> order)
    {
        var root = JsonNode.Parse(ResultWriter.Write(ResultDocuments.From(result)))!.AsObject();
        var decisions = root["decisions"]!.AsArray().Select(d => d!.DeepClone()).ToDictionary(d => (string)d["applicationId"]!, StringComparer.Ordinal);
        root["decisions"] = new JsonArray([.. order.Select(id => decisions[id])]);
        if (root["counterfactuals"] is JsonArray counterfactuals)
        {
            root["counterfactuals"] = new JsonArray([.. counterfactuals.Select(c => c!.DeepClone()).OrderBy(c => c.ToJsonString(), StringComparer.Ordinal)]);
        }

        return root.ToJsonString();
    }

    /// <summary>Returns the application ids listed in a report's appendix of assessments, sorted, one entry per listing.</summary>
    public static List<string> AppendixIds(ReportFormat format, string text, ReportLanguage language, IReadOnlyList<string> ids)
    {
        if (format == ReportFormat.Json)
        {
            return [.. ResultReader.Read(text).Decisions.Select(d => d.ApplicationId).Order(StringComparer.Ordinal)];
        }

        if (format == ReportFormat.Csv)
        {
            var kind = language == ReportLanguage.English ? "application" : "ansökan";
            return [.. CsvText.Parse(text).Where(r => r[0] == kind).Select(r => r[2]).Order(StringComparer.Ordinal)];
        }

        var heading = Headings[language == ReportLanguage.English ? 0 : 1];
        var start = text.LastIndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"{format}: no appendix heading.");
        var end = text.IndexOf(language == ReportLanguage.English ? "Appendix 2." : "Bilaga 2.", start, StringComparison.Ordinal);
        var appendix = text[start..(end < 0 ? text.Length : end)];
        var wanted = ids.ToHashSet(StringComparer.Ordinal);

        // A listing is a whole word of letters, digits and hyphens (Markdown may escape a hyphen as \-).
        return [.. WordPattern().Matches(appendix).Select(m => m.Value.Replace("\\-", "-", StringComparison.Ordinal)).Where(wanted.Contains).Order(StringComparer.Ordinal)];
    }

    [GeneratedRegex(@"[\w\\-]+")]
    private static partial Regex WordPattern();

    /// <summary>A copy of the round with its applications in another order.</summary>
    public static Round Shuffled(Round round, int seed)
    {
        var random = new Random(seed);
        var applications = round.Applications.ToArray();
        random.Shuffle(applications);
        return round with { Applications = applications };
    }

    /// <summary>Generates rounds reproducibly from a seed.</summary>
    public static Round[] Sample(Gen<Round> gen, int count, ulong seed) => gen.Sample(10, new Rnd(seed, 0x9E3779B97F4A7C15UL), count);
}
