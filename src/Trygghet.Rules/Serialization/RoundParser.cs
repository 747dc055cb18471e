namespace Trygghet.Rules.Serialization;

using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;

/// <summary>
/// Walks a round file's JSON tree by hand, collecting every problem before it gives up, and builds the
/// domain model only when there are none.
/// </summary>
/// <remarks>
/// Each <c>Read*</c> method returns <see langword="null"/> when its part of the tree is unusable, after
/// reporting why; the round is built only when the problem list is empty.
/// </remarks>
internal sealed partial class RoundParser
{
    private readonly RoundReaderOptions options;
    private readonly List<ValidationProblem> problems = [];
    private readonly Dictionary<string, (int Index, BoardKind? Kind)> boards = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> applications = new(StringComparer.Ordinal);
    private readonly HashSet<string> propertyNames = new(StringComparer.Ordinal);
    private bool applicationsChecked;
    private bool stopped;

    private RoundParser(RoundReaderOptions options) => this.options = options;

    public static RoundReadResult Parse(byte[] utf8, RoundReaderOptions options)
    {
        var parser = new RoundParser(options);
        var round = parser.ParseDocument(utf8);
        return parser.problems.Count == 0 && round is not null
            ? new RoundReadResult(round, [])
            : new RoundReadResult(null, parser.problems.AsReadOnly());
    }

    private Round? ParseDocument(byte[] utf8)
    {
        ReadOnlyMemory<byte> json = utf8;
        if (json.Span.StartsWith(Encoding.UTF8.Preamble))
        {
            json = json[Encoding.UTF8.Preamble.Length..];
        }

        if (!CheckUtf8(json.Span) || !CheckSyntax(json.Span))
        {
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = options.MaxDepth + 1 });
        }
        catch (JsonException ex)
        {
            ReportMalformed(ex);
            return null;
        }

        using (document)
        {
            return ReadRound(document.RootElement);
        }
    }

    private bool CheckUtf8(ReadOnlySpan<byte> json)
    {
        if (Utf8.IsValid(json))
        {
            return true;
        }

        var offset = 0;
        while (offset < json.Length && Rune.DecodeFromUtf8(json[offset..], out _, out var consumed) == OperationStatus.Done)
        {
            offset += consumed;
        }

        var (line, column) = LineAndColumn(json, offset);
        var value = offset < json.Length ? json[offset] : (byte)0;
        Report("$", ValidationProblemCodes.InvalidUtf8, $"The file is not valid UTF-8: the byte 0x{value.ToString("X2", CultureInfo.InvariantCulture)} at line {line.ToString(CultureInfo.InvariantCulture)}, byte {column.ToString(CultureInfo.InvariantCulture)} (offset {offset.ToString(CultureInfo.InvariantCulture)}) does not start a valid character. Save the file as UTF-8.");
        return false;
    }

    /// <summary>Checks syntax and nesting depth in one forward pass, before any tree is built.</summary>
    private bool CheckSyntax(ReadOnlySpan<byte> json)
    {
        if (json.Trim(" \t\r\n"u8).IsEmpty)
        {
            Report("$", ValidationProblemCodes.MalformedJson, "The file is empty; it must hold one JSON object, the round.");
            return false;
        }

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = options.MaxDepth + 1 });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= options.MaxDepth)
                {
                    var (line, column) = LineAndColumn(json, (int)reader.TokenStartIndex);
                    Report("$", ValidationProblemCodes.TooLarge, $"The JSON nests deeper than {options.MaxDepth.ToString(CultureInfo.InvariantCulture)} levels at line {line.ToString(CultureInfo.InvariantCulture)}, byte {column.ToString(CultureInfo.InvariantCulture)} (RoundReaderOptions.MaxDepth).");
                    return false;
                }
            }
        }
        catch (JsonException ex)
        {
            ReportMalformed(ex);
            return false;
        }

        return true;
    }

    private void ReportMalformed(JsonException ex)
    {
        var reason = ex.Message;
        var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0)
        {
            reason = reason[..cut];
        }

        // The reader's advice to change its options is meant for programmers, not for whoever wrote the file.
        reason = reason.Replace(" Change the reader options.", string.Empty, StringComparison.Ordinal);
        var line = (ex.LineNumber ?? 0) + 1;
        var position = (ex.BytePositionInLine ?? 0) + 1;
        Report("$", ValidationProblemCodes.MalformedJson, $"The file is not valid JSON at line {line.ToString(CultureInfo.InvariantCulture)}, byte {position.ToString(CultureInfo.InvariantCulture)}: {reason.TrimEnd()}");
    }

    private static (int Line, int Column) LineAndColumn(ReadOnlySpan<byte> json, int offset)
    {
        var before = json[..Math.Min(offset, json.Length)];
        var line = before.Count((byte)'\n') + 1;
        var column = offset - (before.LastIndexOf((byte)'\n') + 1) + 1;
        return (line, column);
    }

    private Round? ReadRound(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            Report("$", ValidationProblemCodes.WrongType, $"The file must hold one JSON object, the round, not {Describe(root)}.");
            return null;
        }

        const string path = "$";
        CheckDuplicateProperties(root, path);
        ReadFormatVersion(root);
        var municipality = ReadText(root, path, "municipality", required: true);
        var name = ReadText(root, path, "round", required: true);
        var ruleSet = ReadId(root, path, "ruleSet", required: true);
        var assessmentDate = ReadDate(root, path, "assessmentDate", required: true);
        var budget = ReadAmount(root, path, "budgetCeilingSek", required: true);
        var language = ReadWord(root, path, "language", required: false, WireWords.Languages) ?? ReportLanguage.Swedish;
        var allowPartialFunding = ReadFlag(root, path, "allowPartialFunding", required: false) ?? true;
        var boardList = ReadBoards(root);
        var applicationList = ReadApplications(root);
        var constraints = ReadConstraints(root);

        if (municipality is null || name is null || ruleSet is null || assessmentDate is null || budget is null || boardList is null || applicationList is null || constraints is null)
        {
            return null;
        }

        return new Round
        {
            FormatVersion = Round.CurrentFormatVersion,
            Municipality = municipality,
            Name = name,
            RuleSet = ruleSet,
            AssessmentDate = assessmentDate.Value,
            BudgetCeiling = Sek.FromKronor(budget.Value),
            Language = language,
            AllowPartialFunding = allowPartialFunding,
            Boards = boardList,
            Constraints = constraints,
            Applications = applicationList,
        };
    }

    private void ReadFormatVersion(JsonElement root)
    {
        var path = Child("$", "formatVersion");
        if (Get(root, "$", "formatVersion", required: true) is not { } value)
        {
            return;
        }

        if (value.ValueKind != JsonValueKind.Number)
        {
            Report(path, ValidationProblemCodes.WrongType, $"formatVersion must be the number {Round.CurrentFormatVersion.ToString(CultureInfo.InvariantCulture)}, not {Describe(value)}.");
        }
        else if (!value.TryGetInt32(out var version) || version != Round.CurrentFormatVersion)
        {
            Report(path, ValidationProblemCodes.UnsupportedVersion, $"formatVersion {value.GetRawText()} is not supported; this library reads formatVersion {Round.CurrentFormatVersion.ToString(CultureInfo.InvariantCulture)}.");
        }
    }

    private List<Board>? ReadBoards(JsonElement root)
    {
        if (ReadArray(root, "$", "boards", required: true) is not { } array)
        {
            return null;
        }

        return ReadList(array, Child("$", "boards"), ReadBoard);
    }

    private Board? ReadBoard(JsonElement element, string path)
    {
        if (!ExpectObject(element, path, "a board"))
        {
            return null;
        }

        var id = ReadId(element, path, "id", required: true);
        var name = ReadText(element, path, "name", required: true);
        var kind = ReadWord(element, path, "kind", required: true, WireWords.BoardKinds);
        var districtArea = ReadText(element, path, "districtArea", required: false);
        if (id is not null)
        {
            var index = IndexOf(path);
            if (boards.TryGetValue(id, out var first))
            {
                Report(Child(path, "id"), ValidationProblemCodes.DuplicateId, $"The board id '{Shorten(id)}' is already used by $.boards[{first.Index.ToString(CultureInfo.InvariantCulture)}]; board ids must be unique.");
                return null;
            }

            boards.Add(id, (index, kind));
        }

        return id is null || name is null || kind is null ? null : new Board(id, name, kind.Value, districtArea);
    }
}
