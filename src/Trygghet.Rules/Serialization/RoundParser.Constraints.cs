namespace Trygghet.Rules.Serialization;

using System.Text.Json;
using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;

/// <content>The round's allocation constraints and their references to boards and applications.</content>
internal sealed partial class RoundParser
{
    private RoundConstraints? ReadConstraints(JsonElement root)
    {
        var path = Child("$", "constraints");
        if (ReadObject(root, "$", "constraints", required: false) is not { } element)
        {
            return RoundConstraints.None;
        }

        var caps = ReadArray(element, path, "boardCaps", required: false) is { } capArray
            ? ReadList(capArray, Child(path, "boardCaps"), ReadBoardCap)
            : [];
        var minimums = ReadArray(element, path, "districtMinimums", required: false) is { } minArray
            ? ReadList(minArray, Child(path, "districtMinimums"), ReadDistrictMinimum)
            : [];
        var mustFund = ReadArray(element, path, "mustFund", required: false) is { } mustArray
            ? ReadList(mustArray, Child(path, "mustFund"), ReadApplicationReference)
            : [];
        var exclusive = ReadArray(element, path, "mutuallyExclusive", required: false) is { } groupArray
            ? ReadList(groupArray, Child(path, "mutuallyExclusive"), ReadExclusiveGroup)
            : [];

        if (caps is null || minimums is null || mustFund is null || exclusive is null)
        {
            return null;
        }

        return new RoundConstraints { BoardCaps = caps, DistrictMinimums = minimums, MustFund = mustFund, MutuallyExclusive = exclusive };
    }

    private BoardCap? ReadBoardCap(JsonElement element, string path)
    {
        if (!ExpectObject(element, path, "a board cap"))
        {
            return null;
        }

        var boardId = ReadId(element, path, "boardId", required: true);
        var max = ReadAmount(element, path, "maxSek", required: true);
        if (boardId is not null && !boards.ContainsKey(boardId))
        {
            Report(Child(path, "boardId"), ValidationProblemCodes.DanglingReference, $"The board cap names the board '{Shorten(boardId)}', which is not in $.boards.");
            return null;
        }

        return boardId is null || max is null ? null : new BoardCap(boardId, Sek.FromKronor(max.Value));
    }

    private DistrictMinimum? ReadDistrictMinimum(JsonElement element, string path)
    {
        if (!ExpectObject(element, path, "a district minimum"))
        {
            return null;
        }

        var area = ReadId(element, path, "districtArea", required: true);
        var min = ReadAmount(element, path, "minSek", required: true);
        return area is null || min is null ? null : new DistrictMinimum(area, Sek.FromKronor(min.Value));
    }

    private IReadOnlyList<string>? ReadExclusiveGroup(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            Report(path, ValidationProblemCodes.WrongType, $"{Label(path)} must be an array of application ids, not {Describe(element)}.");
            return null;
        }

        return ReadList(element, path, ReadApplicationReference);
    }

    private string? ReadApplicationReference(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            Report(path, ValidationProblemCodes.WrongType, $"{Label(path)} must be an application id (a string), not {Describe(element)}.");
            return null;
        }

        var id = element.GetString()!;
        if (string.IsNullOrWhiteSpace(id))
        {
            Report(path, ValidationProblemCodes.EmptyValue, $"{Label(path)} is empty; it must name an application.");
            return null;
        }

        if (applicationsChecked && !applications.ContainsKey(id))
        {
            Report(path, ValidationProblemCodes.DanglingReference, $"{Label(path)} names the application '{Shorten(id)}', which is not in $.applications.");
            return null;
        }

        return id;
    }
}
