using System.Text.Json.Nodes;
using Trygghet.Rules.Serialization;
using static Trygghet.Rules.Tests.Serialization.RoundJson;

namespace Trygghet.Rules.Tests.Serialization;

/// <summary>One defect at a time in the contract's example: each gives exactly one problem, with its path and code.</summary>
public sealed class RoundReaderProblemTests
{
    [Fact]
    public void UnknownMeasure_IsReportedWithTheAllowedWords()
    {
        var problem = SingleProblem(With(r => r.Component()["measure"] = "lamp"), "$.applications[0].components[0].measure", ValidationProblemCodes.UnknownWord);

        Assert.Contains("'lamp'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("lighting, sightlines, activation, accessControl, cctv, refurbishment, greening, other", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("language", "de")]
    [InlineData("language", "SV")]
    public void UnknownLanguage_IsAnUnknownWord(string field, string word) =>
        SingleProblem(With(r => r[field] = word), "$." + field, ValidationProblemCodes.UnknownWord);

    [Fact]
    public void VocabularyIsCaseSensitive() =>
        SingleProblem(With(r => r.Application()["site"]!["environment"] = "Path"), "$.applications[0].site.environment", ValidationProblemCodes.UnknownWord);

    [Fact]
    public void UnknownWordInsideAnArray_NamesItsIndex() =>
        SingleProblem(With(r => r.Application()["problem"]!["kinds"]![1] = "noise"), "$.applications[0].problem.kinds[1]", ValidationProblemCodes.UnknownWord);

    [Theory]
    [InlineData("$.boards[0].kind", "agency")]
    [InlineData("$.applications[0].site.publicAccess", "sometimes")]
    [InlineData("$.applications[0].problem.timesOfDay[0]", "dusk")]
    [InlineData("$.applications[0].evidence[0].kind", "rumour")]
    [InlineData("$.applications[0].evidence[0].scope", "planet")]
    [InlineData("$.applications[0].components[1].costType", "maintenance")]
    public void EveryVocabulary_RejectsUnknownWords(string path, string word) =>
        SingleProblem(Set(path, word), path, ValidationProblemCodes.UnknownWord);

    [Theory]
    [InlineData("$", "budgetCeilingSek")]
    [InlineData("$", "formatVersion")]
    [InlineData("$", "boards")]
    [InlineData("$", "applications")]
    [InlineData("$.boards[1]", "kind")]
    [InlineData("$.applications[0]", "title")]
    [InlineData("$.applications[0]", "evidence")]
    [InlineData("$.applications[0]", "draftReviewedByCityOffice")]
    [InlineData("$.applications[0].site", "districtArea")]
    [InlineData("$.applications[0].problem", "timesOfDay")]
    [InlineData("$.applications[0].evidence[0]", "reference")]
    [InlineData("$.applications[0].components[0]", "costType")]
    [InlineData("$.applications[0].formal", "timetable")]
    public void MissingRequiredField_IsReportedAtItsPath(string parent, string field)
    {
        var json = With(r => ((JsonObject)Find(r, parent)).Remove(field));

        var problems = Problems(json);

        // Dropping boards or applications also leaves the references to them dangling; the first problem is the cause.
        Assert.Equal((parent + "." + field, ValidationProblemCodes.MissingField), (problems[0].Path, problems[0].Code));
        Assert.Contains(field, problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequiredFieldSetToNull_IsMissing() =>
        SingleProblem(With(r => r.Application()["title"] = null), "$.applications[0].title", ValidationProblemCodes.MissingField);

    [Theory]
    [InlineData("$.applications[0].components[0].costSek", "\"1400000\"")]
    [InlineData("$.applications[0].components[0].costSek", "1400000.5")]
    [InlineData("$.applications[0].title", "42")]
    [InlineData("$.applications[0].problem.siteSpecific", "\"yes\"")]
    [InlineData("$.applications[0].problem.kinds", "\"darkness\"")]
    [InlineData("$.applications[0].site", "[]")]
    [InlineData("$.assessmentDate", "20240215")]
    [InlineData("$.formatVersion", "\"1\"")]
    [InlineData("$.applications[0].affectedPeople", "2999.5")]
    [InlineData("$.applications[0].components[0].quantity", "\"40\"")]
    [InlineData("$.applications[0].cameraPermit", "\"no\"")]
    public void ValueOfTheWrongType_IsReported(string path, string json) =>
        SingleProblem(Set(path, JsonNode.Parse(json)), path, ValidationProblemCodes.WrongType);

    [Fact]
    public void RootThatIsNotAnObject_IsTheWrongType() =>
        SingleProblem("[1, 2, 3]", "$", ValidationProblemCodes.WrongType);

    [Fact]
    public void DuplicateBoardId_IsReportedAtTheSecondOne()
    {
        var problem = SingleProblem(With(r => r["boards"]!.AsArray().Add(r["boards"]![0]!.DeepClone())), "$.boards[2].id", ValidationProblemCodes.DuplicateId);

        Assert.Contains("$.boards[0]", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateApplicationId_IsReportedAtTheSecondOne() =>
        SingleProblem(With(r => r["applications"]!.AsArray().Add(r.Application().DeepClone())), "$.applications[1].id", ValidationProblemCodes.DuplicateId);

    [Fact]
    public void DuplicateComponentIdWithinAnApplication_IsReported() =>
        SingleProblem(With(r => r.Component(0, 1)["id"] = "c1"), "$.applications[0].components[1].id", ValidationProblemCodes.DuplicateId);

    [Fact]
    public void SameComponentIdInTwoApplications_IsAllowed()
    {
        var json = With(r =>
        {
            var second = r.Application().DeepClone().AsObject();
            second["id"] = "2024-02";
            r["applications"]!.AsArray().Add(second);
        });

        Assert.Empty(Problems(json));
    }

    [Theory]
    [InlineData("$.applications[0].boardId")]
    [InlineData("$.constraints.boardCaps[0].boardId")]
    [InlineData("$.constraints.mustFund[0]")]
    public void IdThatNamesNothing_IsADanglingReference(string path) =>
        SingleProblem(Set(path, "no-such-id"), path, ValidationProblemCodes.DanglingReference);

    [Fact]
    public void ConsultedBoardThatDoesNotExist_IsADanglingReference() =>
        SingleProblem(
            With(r => r.Application()["consultation"] = new JsonObject { ["districtBoardId"] = "sdn-atlantis", ["date"] = "2023-11-02" }),
            "$.applications[0].consultation.districtBoardId",
            ValidationProblemCodes.DanglingReference);

    [Fact]
    public void MutuallyExclusiveGroupNamingAnUnknownApplication_IsADanglingReference() =>
        SingleProblem(
            With(r => r["constraints"]!["mutuallyExclusive"] = new JsonArray(new JsonArray("2024-01", "2024-77"))),
            "$.constraints.mutuallyExclusive[0][1]",
            ValidationProblemCodes.DanglingReference);

    [Fact]
    public void ConsultationWithASpecialistBoard_IsTheWrongBoardKind()
    {
        var problem = SingleProblem(
            With(r => r.Application()["consultation"] = new JsonObject { ["districtBoardId"] = "trafiknamnden", ["date"] = "2023-11-02" }),
            "$.applications[0].consultation.districtBoardId",
            ValidationProblemCodes.WrongBoardKind);

        Assert.Contains("trafiknamnden", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("$.budgetCeilingSek", "-1")]
    [InlineData("$.budgetCeilingSek", "1000000000001")]
    [InlineData("$.budgetCeilingSek", "1e400")]
    [InlineData("$.applications[0].components[0].costSek", "-1400000")]
    [InlineData("$.constraints.boardCaps[0].maxSek", "99999999999999999999999")]
    [InlineData("$.constraints.districtMinimums[0].minSek", "-5")]
    [InlineData("$.applications[0].baselineUnsafeShare", "1.5")]
    [InlineData("$.applications[0].baselineUnsafeShare", "-0.1")]
    [InlineData("$.applications[0].affectedPeople", "-3")]
    [InlineData("$.applications[0].components[0].quantity", "0")]
    [InlineData("$.applications[0].components[0].lifetimeYears", "0")]
    [InlineData("$.applications[0].completionYear", "1999")]
    public void NumberOutsideItsRange_IsOutOfRange(string path, string json) =>
        SingleProblem(Set(path, JsonNode.Parse(json)), path, ValidationProblemCodes.OutOfRange);

    [Fact]
    public void AbsurdAmountLimit_IsAllowedExactly() =>
        Assert.Empty(Problems(Set("$.budgetCeilingSek", RoundReader.MaxAmountSek)));

    [Fact]
    public void ComponentsAddingUpToAnAbsurdAmount_AreOutOfRange() =>
        SingleProblem(
            With(r =>
            {
                r.Component(0, 0)["costSek"] = 600_000_000_000;
                r.Component(0, 1)["costSek"] = 600_000_000_000;
            }),
            "$.applications[0].components",
            ValidationProblemCodes.OutOfRange);

    [Theory]
    [InlineData("$.assessmentDate", "2024-02-30")]
    [InlineData("$.assessmentDate", "2024-2-15")]
    [InlineData("$.assessmentDate", "15/02/2024")]
    [InlineData("$.assessmentDate", "2024-02-15T00:00:00")]
    [InlineData("$.applications[0].evidence[0].date", "igår")]
    public void DateThatIsNotYyyyMmDd_IsABadDate(string path, string text)
    {
        var problem = SingleProblem(Set(path, text), path, ValidationProblemCodes.BadDate);

        Assert.Contains(text, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(0)]
    public void FormatVersionOtherThanOne_IsUnsupported(int version)
    {
        var problem = SingleProblem(Set("$.formatVersion", version), "$.formatVersion", ValidationProblemCodes.UnsupportedVersion);

        Assert.Contains(version.ToString(), problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("$.applications[0].id")]
    [InlineData("$.boards[0].id")]
    [InlineData("$.applications[0].components[0].id")]
    public void BlankId_IsAnEmptyValue(string path)
    {
        var problems = Problems(Set(path, "  "));

        Assert.Equal((path, ValidationProblemCodes.EmptyValue), (problems[0].Path, problems[0].Code));
    }

    [Fact]
    public void PropertyRepeatedInOneObject_IsADuplicateProperty()
    {
        var json = Example.Replace("\"title\": ", "\"title\": \"Första titeln\", \"title\": ", StringComparison.Ordinal);

        SingleProblem(json, "$.applications[0].title", ValidationProblemCodes.DuplicateProperty);
    }

    [Fact]
    public void ProblemsInDifferentParts_AreAllCollected()
    {
        var json = With(r =>
        {
            r.Remove("municipality");
            r["boards"]![0]!["kind"] = "agency";
            r.Component(0, 0)["costSek"] = -1;
            r.Component(0, 1)["measure"] = "lamp";
            r.Application()["evidence"]![0]!["date"] = "2023-13-01";
        });

        Assert.Equal(
            ["$.municipality", "$.boards[0].kind", "$.applications[0].evidence[0].date", "$.applications[0].components[0].costSek", "$.applications[0].components[1].measure"],
            Problems(json).Select(p => p.Path));
    }

    /// <summary>Finds the node at a simple JSON path such as <c>$.applications[0].components[1].costSek</c>.</summary>
    private static JsonNode Find(JsonNode root, string path)
    {
        var node = root;
        foreach (var (name, index) in Steps(path))
        {
            node = name is null ? node[index]! : node[name]!;
        }

        return node;
    }

    private static string Set(string path, JsonNode? value)
    {
        var steps = Steps(path).ToList();
        return With(r =>
        {
            var parent = Find(r, "$" + string.Concat(steps.SkipLast(1).Select(s => s.Name is null ? $"[{s.Index}]" : "." + s.Name)));
            var (name, index) = steps[^1];
            if (name is null)
            {
                parent[index] = value;
            }
            else
            {
                parent[name] = value;
            }
        });
    }

    private static IEnumerable<(string? Name, int Index)> Steps(string path)
    {
        foreach (var part in path[1..].Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[');
            yield return (bracket < 0 ? part : part[..bracket], -1);
            while (bracket >= 0)
            {
                var close = part.IndexOf(']', bracket);
                yield return (null, int.Parse(part[(bracket + 1)..close]));
                bracket = part.IndexOf('[', close);
            }
        }
    }
}
