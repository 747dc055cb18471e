using System.Text;
using System.Text.Json.Nodes;
using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Serialization;

namespace Trygghet.Rules.Tests.Serialization;

public sealed class RoundWriterTests
{
    private static readonly Round Example = RoundReader.Read(RoundJson.Example);

    [Fact]
    public void Write_ContractExample_ReproducesItFieldForField()
    {
        var written = JsonNode.Parse(RoundWriter.Write(Example));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(RoundJson.Example), written), RoundWriter.Write(Example));
    }

    [Fact]
    public void Write_ThenRead_GivesBackAnEqualRound()
    {
        var text = RoundWriter.Write(Example);

        Assert.Equal(text, RoundWriter.Write(RoundReader.Read(text)));
    }

    [Fact]
    public void Write_UsesContractNamesAndWireWords()
    {
        var text = RoundWriter.Write(Example with
        {
            Language = ReportLanguage.English,
            Applications = [Example.Applications[0] with { Site = Example.Applications[0].Site with { Environment = SiteEnvironment.SportsGround } }],
        });

        Assert.Contains("\"language\": \"en\"", text, StringComparison.Ordinal);
        Assert.Contains("\"environment\": \"sportsGround\"", text, StringComparison.Ordinal);
        Assert.Contains("\"kinds\": [\n          \"darkness\",\n          \"blockedSightlines\"\n        ]", text, StringComparison.Ordinal);
        Assert.Contains("\"budgetCeilingSek\": 60100000,", text, StringComparison.Ordinal);
        Assert.Contains("\"assessmentDate\": \"2024-02-15\",", text, StringComparison.Ordinal);
        Assert.Contains("\"consultation\": null,", text, StringComparison.Ordinal);
        Assert.Contains("\"cameraPermit\": null,", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_OmitsOptionalValuesThatAreNotSet()
    {
        var application = Example.Applications[0] with { CompletionYear = null, MaintenanceOwner = null, AffectedPeople = null, BaselineUnsafeShare = null };

        var text = RoundWriter.Write(Example with { Applications = [application] });

        Assert.DoesNotContain("completionYear", text, StringComparison.Ordinal);
        Assert.DoesNotContain("maintenanceOwner", text, StringComparison.Ordinal);
        Assert.DoesNotContain("affectedPeople", text, StringComparison.Ordinal);
        Assert.DoesNotContain("baselineUnsafeShare", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_KeepsSwedishLettersAndEscapesOnlyWhatJsonRequires()
    {
        var text = RoundWriter.Write(Example with { Municipality = "Göteborgs \"Stad\"\nåäö" });

        Assert.Contains("\"municipality\": \"Göteborgs \\\"Stad\\\"\\nåäö\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_IsDeterministicWithLineFeedsAndAFinalNewline()
    {
        var first = RoundWriter.WriteUtf8(Example);
        var second = RoundWriter.WriteUtf8(RoundReader.Read(first));

        Assert.Equal(first, second);
        Assert.DoesNotContain((byte)'\r', first);
        Assert.Equal((byte)'\n', first[^1]);
        Assert.NotEqual(0xEF, first[0]);
    }

    [Fact]
    public void Write_ToStream_WritesTheSameBytes()
    {
        using var stream = new MemoryStream();

        RoundWriter.Write(Example, stream);

        Assert.Equal(RoundWriter.WriteUtf8(Example), stream.ToArray());
        Assert.Equal(RoundWriter.Write(Example), Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Write_AmountsAreWholeKronor()
    {
        var application = Example.Applications[0];
        var component = application.Components[0] with { Cost = Sek.FromKronor(1_234_567) };

        var text = RoundWriter.Write(Example with { Applications = [application with { Components = [component, application.Components[1]] }] });

        Assert.Contains("\"costSek\": 1234567,", text, StringComparison.Ordinal);
    }
}
