using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Serialization;
using Trygghet.Rules.Tests.Generators;

namespace Trygghet.Rules.Tests.Serialization;

/// <summary>Laws of reading and writing round files, over generated valid and spoiled rounds.</summary>
public sealed class RoundSerializationProperties
{
    [Property(Arbitrary = [typeof(RoundGenerators)])]
    public void AnyValidRound_SurvivesWriteThenRead(Round round)
    {
        var text = RoundWriter.Write(round);

        var read = RoundReader.TryRead(text);

        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        Assert.Equal(text, RoundWriter.Write(read.Round));
        Assert.Equal(round.RequestedTotal, read.Round.RequestedTotal);
    }

    [Property(Arbitrary = [typeof(SpoiledRounds)], MaxTest = 300)]
    public void AnySpoiledRound_IsRejectedWithAtLeastOneProblem(SpoiledRound spoiled)
    {
        var result = RoundReader.TryRead(spoiled.Bytes);

        Assert.False(result.IsValid, spoiled.Defect);
        Assert.NotEmpty(result.Problems);
        if (spoiled.ExpectedCode is { } code)
        {
            Assert.Contains(result.Problems, p => p.Code == code);
        }

        Assert.Throws<RoundValidationException>(() => RoundReader.Read(spoiled.Bytes));
    }

    /// <summary>A round file with a defect, and the problem code the defect must produce when it is certain.</summary>
    public sealed record SpoiledRound(string Defect, byte[] Bytes, string? ExpectedCode)
    {
        public override string ToString() => $"{Defect}: {Encoding.UTF8.GetString(Bytes[..Math.Min(Bytes.Length, 400)])}";
    }

    public static class SpoiledRounds
    {
        private static readonly (string Parent, string Field)[] RequiredFields =
        [
            ("$", "formatVersion"), ("$", "municipality"), ("$", "round"), ("$", "ruleSet"), ("$", "assessmentDate"),
            ("$", "budgetCeilingSek"), ("$", "boards"), ("$", "applications"), ("board", "id"), ("board", "name"), ("board", "kind"),
            ("application", "id"), ("application", "boardId"), ("application", "title"), ("application", "site"), ("application", "problem"),
            ("application", "evidence"), ("application", "components"), ("application", "draftReviewedByCityOffice"), ("application", "formal"),
            ("component", "id"), ("component", "measure"), ("component", "description"), ("component", "costSek"), ("component", "costType"),
        ];

        private static readonly (string Parent, string Field, JsonNode Value)[] WrongTypes =
        [
            ("$", "budgetCeilingSek", "60 mnkr"), ("$", "boards", new JsonObject()), ("$", "assessmentDate", 20240215), ("$", "municipality", false),
            ("board", "name", 7), ("application", "title", new JsonArray()), ("application", "draftReviewedByCityOffice", "ja"),
            ("application", "site", "Husby"), ("component", "costSek", 12.5), ("component", "measure", 1),
        ];

        private static readonly (string Parent, string Field, string Word)[] UnknownWords =
        [
            ("$", "language", "de"), ("board", "kind", "agency"), ("component", "measure", "lamp"), ("component", "costType", "capital"),
        ];

        public static Arbitrary<SpoiledRound> Spoiled() => Arb.From(
            from round in RoundGenerators.ValidRound(8)
            from kind in Gen.Choose(0, 7)
            from pick in Gen.Choose(0, 1_000_000)
            from noise in Gen.Choose(0, 300).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), n))
            select Spoil(round, kind, pick, noise));

        private static SpoiledRound Spoil(Round round, int kind, int pick, byte[] noise)
        {
            var text = RoundWriter.Write(round);
            var root = JsonNode.Parse(text)!.AsObject();
            switch (kind)
            {
                case 0:
                {
                    var (parent, field) = RequiredFields[pick % RequiredFields.Length];
                    Target(root, parent, pick).Remove(field);
                    return Spoiled($"drop {parent}.{field}", root, ValidationProblemCodes.MissingField);
                }

                case 1:
                {
                    var (parent, field, value) = WrongTypes[pick % WrongTypes.Length];
                    Target(root, parent, pick)[field] = value.DeepClone();
                    return Spoiled($"break type of {parent}.{field}", root, ValidationProblemCodes.WrongType);
                }

                case 2:
                {
                    var (parent, field, word) = UnknownWords[pick % UnknownWords.Length];
                    Target(root, parent, pick)[field] = word;
                    return Spoiled($"unknown word in {parent}.{field}", root, ValidationProblemCodes.UnknownWord);
                }

                case 3:
                {
                    var boards = root["boards"]!.AsArray();
                    var copy = boards[pick % boards.Count]!.DeepClone();
                    copy["name"] = "Kopia";
                    boards.Add(copy);
                    return Spoiled("duplicate board id", root, ValidationProblemCodes.DuplicateId);
                }

                case 4:
                {
                    Target(root, "application", pick)["boardId"] = "no-such-board";
                    return Spoiled("dangling board id", root, ValidationProblemCodes.DanglingReference);
                }

                case 5:
                {
                    Target(root, "component", pick)["costSek"] = -1 - (pick % 1000);
                    return Spoiled("negative cost", root, ValidationProblemCodes.OutOfRange);
                }

                case 6:
                {
                    var end = text.LastIndexOf('}');
                    var cut = pick % end;
                    if (char.IsLowSurrogate(text[cut]))
                    {
                        cut--;
                    }

                    return new SpoiledRound("truncated", Encoding.UTF8.GetBytes(text[..cut]), ValidationProblemCodes.MalformedJson);
                }

                default:
                    return new SpoiledRound("random bytes", noise, null);
            }
        }

        /// <summary>Finds the object to spoil: the root, or a board, application or component chosen by <paramref name="pick"/>.</summary>
        /// <remarks>A round without applications gets a bare one, so that every defect has somewhere to go.</remarks>
        private static JsonObject Target(JsonObject root, string parent, int pick)
        {
            var applications = root["applications"]!.AsArray();
            if (parent is "application" or "component" && applications.Count == 0)
            {
                var boardId = root["boards"]![0]!["id"]!.GetValue<string>();
                applications.Add(JsonNode.Parse(
                    $$"""
                    {
                      "id": "extra", "boardId": "{{boardId}}", "title": "Extra",
                      "site": { "name": "Torget", "districtArea": "Bromma", "environment": "square", "publicAccess": "open" },
                      "problem": { "description": "Mörkt", "siteSpecific": true, "kinds": ["darkness"], "timesOfDay": [] },
                      "evidence": [],
                      "components": [ { "id": "c1", "measure": "lighting", "description": "Ljus", "costSek": 100000, "costType": "investment" } ],
                      "draftReviewedByCityOffice": false,
                      "formal": { "boardDecision": true, "costBreakdown": true, "timetable": true, "contactPerson": true }
                    }
                    """));
            }

            return parent switch
            {
                "$" => root,
                "board" => root["boards"]![pick % root["boards"]!.AsArray().Count]!.AsObject(),
                "application" => applications[pick % applications.Count]!.AsObject(),
                _ => Component(applications[pick % applications.Count]!.AsObject(), pick),
            };
        }

        private static JsonObject Component(JsonObject application, int pick)
        {
            var components = application["components"]!.AsArray();
            return components[pick / 7 % components.Count]!.AsObject();
        }

        private static SpoiledRound Spoiled(string defect, JsonObject root, string code) =>
            new(defect, Encoding.UTF8.GetBytes(root.ToJsonString()), code);
    }
}
