namespace Trygghet.Rules.Serialization;

using System.Globalization;
using System.Text.Json;
using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Parameters;
using Trygghet.Rules.Scenarios;

/// <summary>
/// Reads a scenario file: <c>{ "scenarios": [ { "name": "...", "budgetCeilingSek": 40000000, "excludeMeasures": ["cctv"],
/// "boardCaps": [{ "boardId": "...", "maxSek": ... }], "districtMinimums": [{ "districtArea": "...", "minSek": ... }],
/// "allowPartialFunding": false, "parameters": { "cost.lighting.benchmarkPerUnit": 30000 } } ] }</c>.
/// </summary>
/// <remarks>
/// Only <c>name</c> is required; a field left out or <see langword="null"/> follows the round. Parameter names are those of
/// <see cref="ParameterKeys.All"/>; values are JSON numbers (whole kronor for amounts, 0–1 for scores, shares and priors),
/// a string for the lighting unit, and an array of measure words for the K5 links, each read and range-checked exactly as
/// in parameter files (<see cref="ParameterFileReader"/>), with the same problem codes. An optional <c>formatVersion</c> must
/// be 1. Every problem is collected with its JSON path before the reader gives up, unknown fields included, so a typo
/// never silently becomes a scenario that changes nothing.
/// </remarks>
public static class ScenarioFileReader
{
    /// <summary>The scenario file format version this library reads.</summary>
    public const int CurrentFormatVersion = 1;

    private static readonly string[] RootFields = ["formatVersion", "scenarios"];
    private static readonly string[] ScenarioFields = ["name", "budgetCeilingSek", "excludeMeasures", "boardCaps", "districtMinimums", "allowPartialFunding", "parameters"];
    private static readonly string[] CapFields = ["boardId", "maxSek"];
    private static readonly string[] MinimumFields = ["districtArea", "minSek"];

    /// <summary>Reads the scenarios of a scenario file, or throws listing every problem with its JSON path.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="round">
    /// The round the scenarios are for, to check that the boards and district areas they name exist; <see langword="null"/>
    /// to skip that check.
    /// </param>
    /// <returns>The scenarios, in file order.</returns>
    /// <exception cref="RoundValidationException">The text is not a valid scenario file; every problem is listed.</exception>
    public static IReadOnlyList<Scenario> Read(string json, Round? round = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            throw new RoundValidationException("scenario file", [new ValidationProblem("$", ValidationProblemCodes.MalformedJson,
                $"The file is not valid JSON (line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}).")]);
        }

        using (document)
        {
            var parser = new Parser(round);
            var scenarios = parser.ReadFile(document.RootElement);
            return parser.Problems.Count == 0
                ? scenarios
                : throw new RoundValidationException("scenario file", parser.Problems);
        }
    }

    private sealed class Parser(Round? round)
    {
        private readonly HashSet<string>? districtAreas = round?.Applications.Select(a => a.Site.DistrictArea)
            .Concat(round.Boards.Select(b => b.DistrictArea)).OfType<string>().ToHashSet(StringComparer.Ordinal);

        private ParameterValueReader? values;

        public List<ValidationProblem> Problems { get; } = [];

        private ParameterValueReader Values => values ??= new ParameterValueReader(Report);

        public List<Scenario> ReadFile(JsonElement root)
        {
            var scenarios = new List<Scenario>();
            if (!ExpectObject(root, "$", "a scenario file", RootFields))
            {
                return scenarios;
            }

            if (root.TryGetProperty("formatVersion", out var version)
                && !(version.ValueKind == JsonValueKind.Number && version.TryGetInt32(out var v) && v == CurrentFormatVersion))
            {
                Report("$.formatVersion", ValidationProblemCodes.UnsupportedVersion, $"formatVersion is {Describe(version)}; this version reads scenario files of format version {CurrentFormatVersion}.");
            }

            if (!root.TryGetProperty("scenarios", out var list) || list.ValueKind == JsonValueKind.Null)
            {
                Report("$.scenarios", ValidationProblemCodes.MissingField, "The required field 'scenarios' is missing; it lists the scenarios.");
                return scenarios;
            }

            if (list.ValueKind != JsonValueKind.Array)
            {
                Report("$.scenarios", ValidationProblemCodes.WrongType, $"scenarios must be an array of scenarios, not {Describe(list)}.");
                return scenarios;
            }

            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            var i = 0;
            foreach (var element in list.EnumerateArray())
            {
                var path = $"$.scenarios[{i++}]";
                if (ReadScenario(element, path) is not { } scenario)
                {
                    continue;
                }

                if (string.Equals(scenario.Name, Scenario.BaselineName, StringComparison.Ordinal))
                {
                    Report(path + ".name", ValidationProblemCodes.DuplicateId, $"'{Scenario.BaselineName}' names the round as it is, which every comparison shows first; choose another name.");
                }
                else if (!names.TryAdd(scenario.Name, path))
                {
                    Report(path + ".name", ValidationProblemCodes.DuplicateId, $"The scenario name '{scenario.Name}' is already used at {names[scenario.Name]}.");
                }
                else
                {
                    scenarios.Add(scenario);
                }
            }

            return scenarios;
        }

        private Scenario? ReadScenario(JsonElement element, string path)
        {
            if (!ExpectObject(element, path, "a scenario", ScenarioFields))
            {
                return null;
            }

            var count = Problems.Count;
            var name = ReadText(element, path, "name", required: true);
            var budget = ReadAmount(element, path, "budgetCeilingSek");
            var measures = ReadMeasures(element, path + ".excludeMeasures", "excludeMeasures");
            var caps = ReadList(element, path, "boardCaps", ReadCap);
            var minimums = ReadList(element, path, "districtMinimums", ReadMinimum);
            bool? partial = null;
            if (Get(element, "allowPartialFunding") is { } flag)
            {
                if (flag.ValueKind is JsonValueKind.True or JsonValueKind.False)
                {
                    partial = flag.GetBoolean();
                }
                else
                {
                    Report(path + ".allowPartialFunding", ValidationProblemCodes.WrongType, $"allowPartialFunding must be true or false, not {Describe(flag)}.");
                }
            }

            var parameters = ReadParameters(element, path);
            if (Problems.Count > count || name is null)
            {
                return null;
            }

            return new Scenario(name)
            {
                Budget = budget,
                ExcludedMeasures = measures ?? MeasureSet.Empty,
                BoardCaps = caps,
                DistrictMinimums = minimums,
                AllowPartialFunding = partial,
                Parameters = parameters,
            };
        }

        private BoardCap? ReadCap(JsonElement element, string path)
        {
            if (!ExpectObject(element, path, "a board cap", CapFields))
            {
                return null;
            }

            var boardId = ReadText(element, path, "boardId", required: true);
            var max = ReadAmount(element, path, "maxSek", required: true);
            if (boardId is not null && round is not null && round.FindBoard(boardId) is null)
            {
                Report(path + ".boardId", ValidationProblemCodes.DanglingReference,
                    $"The board cap names the board '{boardId}', which is not in the round; its boards are: {string.Join(", ", round.Boards.Select(b => b.Id))}.");
                return null;
            }

            return boardId is null || max is null ? null : new BoardCap(boardId, max.Value);
        }

        private DistrictMinimum? ReadMinimum(JsonElement element, string path)
        {
            if (!ExpectObject(element, path, "a district minimum", MinimumFields))
            {
                return null;
            }

            var area = ReadText(element, path, "districtArea", required: true);
            var min = ReadAmount(element, path, "minSek", required: true);
            if (area is not null && districtAreas is not null && !districtAreas.Contains(area))
            {
                Report(path + ".districtArea", ValidationProblemCodes.DanglingReference,
                    $"The district minimum names the district area '{area}', which no board or site of the round lies in; its areas are: {string.Join(", ", districtAreas.Order(StringComparer.Ordinal))}.");
                return null;
            }

            return area is null || min is null ? null : new DistrictMinimum(area, min.Value);
        }

        private List<ParameterOverride> ReadParameters(JsonElement element, string path)
        {
            var overrides = new List<ParameterOverride>();
            if (Get(element, "parameters") is not { } map)
            {
                return overrides;
            }

            path += ".parameters";
            if (!ExpectObject(map, path, "an object from parameter name to value", known: null))
            {
                return overrides;
            }

            foreach (var property in map.EnumerateObject())
            {
                var at = $"{path}['{property.Name}']";
                var key = ParameterKeys.All.FirstOrDefault(k => string.Equals(k.Name, property.Name, StringComparison.Ordinal));
                if (key is null)
                {
                    Report(at, ValidationProblemCodes.UnknownWord,
                        $"'{property.Name}' is not a known parameter; use one of: {string.Join(", ", ParameterKeys.All.Select(k => k.Name))}.");
                }
                else if (ReadOverride(key, property.Value, at) is { } parameter)
                {
                    overrides.Add(parameter);
                }
            }

            return overrides;
        }

        // The values are read as in parameter files, so that a value's kind, range and problem code are the same in both.
        private ParameterOverride? ReadOverride(ParameterKey key, JsonElement value, string path) => key switch
        {
            ParameterKey<int> k => Of(k, Values.ReadInt(k, value, path)),
            ParameterKey<double> k => Of(k, Values.ReadDouble(k, value, path)),
            ParameterKey<decimal> k => Of(k, Values.ReadDecimal(k, value, path)),
            ParameterKey<Sek> k => Of(k, Values.ReadSek(k, value, path)),
            ParameterKey<string> k => Of(k, Values.ReadString(k, value, path)),
            ParameterKey<bool> k => Of(k, Values.ReadBool(k, value, path)),
            ParameterKey<MeasureSet> k => Of(k, Values.ReadMeasures(k, value, path)),
            _ => Unsupported(key, path),
        };

        private ParameterOverride? Unsupported(ParameterKey key, string path)
        {
            Report(path, ValidationProblemCodes.WrongType, $"The parameter '{key.Name}' holds {key.ValueType.Name}, which scenario files cannot give.");
            return null;
        }

        private static ParameterOverride? Of<T>(ParameterKey<T> key, (bool Ok, T Value) read)
            where T : notnull => read.Ok ? ParameterOverride.Of(key, read.Value) : null;

        private MeasureSet? ReadMeasures(JsonElement element, string path, string name)
        {
            if (Get(element, name) is not { } value)
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.Array)
            {
                Report(path, ValidationProblemCodes.WrongType, $"{name} must be an array of measures ({WireWords.Measures.WordList}), not {Describe(value)}.");
                return null;
            }

            return Values.ReadMeasureItems(value, path) is (true, var measures) ? measures : null;
        }

        private List<T> ReadList<T>(JsonElement element, string path, string name, Func<JsonElement, string, T?> read)
            where T : class
        {
            var items = new List<T>();
            if (Get(element, name) is not { } value)
            {
                return items;
            }

            path += "." + name;
            if (value.ValueKind != JsonValueKind.Array)
            {
                Report(path, ValidationProblemCodes.WrongType, $"{name} must be an array, not {Describe(value)}.");
                return items;
            }

            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                if (read(item, $"{path}[{i++}]") is { } parsed)
                {
                    items.Add(parsed);
                }
            }

            return items;
        }

        private string? ReadText(JsonElement element, string path, string name, bool required)
        {
            path += "." + name;
            if (Get(element, name) is not { } value)
            {
                if (required)
                {
                    Report(path, ValidationProblemCodes.MissingField, $"The required field '{name}' is missing.");
                }

                return null;
            }

            if (value.ValueKind != JsonValueKind.String)
            {
                Report(path, ValidationProblemCodes.WrongType, $"{name} must be a string, not {Describe(value)}.");
                return null;
            }

            var text = value.GetString()!;
            if (string.IsNullOrWhiteSpace(text))
            {
                Report(path, ValidationProblemCodes.EmptyValue, $"{name} is empty.");
                return null;
            }

            return text;
        }

        private Sek? ReadAmount(JsonElement element, string path, string name, bool required = false)
        {
            path += "." + name;
            if (Get(element, name) is not { } value)
            {
                if (required)
                {
                    Report(path, ValidationProblemCodes.MissingField, $"The required field '{name}' is missing.");
                }

                return null;
            }

            if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var kronor))
            {
                Report(path, ValidationProblemCodes.WrongType, $"{name} must be a whole number of kronor, not {Describe(value)}.");
                return null;
            }

            if (kronor is < 0 or > RoundReader.MaxAmountSek)
            {
                Report(path, ValidationProblemCodes.OutOfRange, $"{name} is {kronor.ToString(CultureInfo.InvariantCulture)}, outside 0 to {RoundReader.MaxAmountSek.ToString(CultureInfo.InvariantCulture)}.");
                return null;
            }

            return Sek.FromKronor(kronor);
        }

        /// <summary>Checks that a value is an object without repeated properties and, when <paramref name="known"/> is given, without unknown ones.</summary>
        private bool ExpectObject(JsonElement element, string path, string what, string[]? known)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                Report(path, ValidationProblemCodes.WrongType, $"The value must be {what} (a JSON object), not {Describe(element)}.");
                return false;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in element.EnumerateObject())
            {
                var at = known is null ? $"{path}['{property.Name}']" : $"{path}.{property.Name}";
                if (!seen.Add(property.Name))
                {
                    Report(at, ValidationProblemCodes.DuplicateProperty, $"The property '{property.Name}' appears more than once in the same object, so its value is ambiguous.");
                }
                else if (known is not null && !known.Contains(property.Name, StringComparer.Ordinal))
                {
                    Report(at, ValidationProblemCodes.UnknownWord, $"'{property.Name}' is not a field of {what}; use one of: {string.Join(", ", known)}.");
                }
            }

            return true;
        }

        private static JsonElement? Get(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

        private void Report(string path, string code, string message) => Problems.Add(new ValidationProblem(path, code, message));

        private static string Describe(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => $"the string \"{value.GetString()}\"",
            JsonValueKind.Number => $"the number {value.GetRawText()}",
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            _ => "null",
        };
    }
}
