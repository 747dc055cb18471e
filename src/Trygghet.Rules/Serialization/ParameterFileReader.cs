namespace Trygghet.Rules.Serialization;

using System.Globalization;
using System.Text;
using System.Text.Json;
using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Criteria;
using Trygghet.Rules.Parameters;

/// <summary>
/// Reads parameter files: <c>{ "formatVersion": 1, "ruleSet": "...", "parameters": { "name": [ { "value", "effectiveFrom",
/// "decided", "reference": { "document", "section" } } ] }, "messages": { "key": { "sv", "en" } } }</c>, checking every
/// value and listing every problem with its JSON path before giving up. The optional <c>messages</c> reword templates of
/// the rule set's <see cref="Assessment.MessageCatalogue"/>, such as the terms that name the municipality's bodies
/// (<see cref="Decisions.Organisation.TermKeys"/>).
/// </summary>
/// <remarks>
/// Value types follow the parameter's key: <see cref="int"/> and <see cref="Sek"/> (whole kronor) are JSON integers,
/// <see cref="double"/> and <see cref="decimal"/> JSON numbers, <see cref="string"/> JSON text, <see cref="MeasureSet"/>
/// an array of measure words (the round file's vocabulary) and <see cref="bool"/> <c>true</c> or <c>false</c>.
/// A value of the wrong JSON kind (text for a number, a fraction for a whole number) is <see cref="ValidationProblemCodes.WrongType"/>;
/// a number of the right kind outside the parameter's range is <see cref="ValidationProblemCodes.OutOfRange"/>, as in round files:
/// whole numbers run from 0 to <see cref="int.MaxValue"/>, amounts from 0 to <see cref="RoundReader.MaxAmountSek"/> kronor,
/// shares, scores and weights from 0 to 1, and a factor such as <c>cost.tolerance</c> may not be negative.
/// Schema: <see cref="TrygghetSchemas.Parameters"/>.
/// </remarks>
public static partial class ParameterFileReader
{
    /// <summary>Reads a parameter file whose parameters must be among the known keys.</summary>
    /// <param name="json">The file's JSON text.</param>
    /// <param name="knownKeys">The parameters the file may name, for example the keys of a rule set's parameters.</param>
    /// <returns>The file.</returns>
    /// <exception cref="ParameterFileException">The file is invalid; the exception lists every problem with its path.</exception>
    public static ParameterFile Read(string json, IEnumerable<ParameterKey> knownKeys)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(knownKeys);
        var parser = new Parser(knownKeys);
        var file = parser.Parse(json);
        return parser.Problems.Count == 0 && file is not null ? file : throw new ParameterFileException(parser.Problems);
    }

    /// <summary>Reads a parameter file from a UTF-8 stream.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="knownKeys">The parameters the file may name.</param>
    /// <returns>The file.</returns>
    /// <exception cref="ParameterFileException">The file is invalid; the exception lists every problem with its path.</exception>
    public static ParameterFile Read(Stream utf8Json, IEnumerable<ParameterKey> knownKeys)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var reader = new StreamReader(utf8Json, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return Read(reader.ReadToEnd(), knownKeys);
    }

    /// <summary>
    /// Reads a parameter file written for a rule set and returns a copy of the rule set with the file's parameters
    /// overriding its own (<see cref="ParameterSet.Override(ParameterSet)"/>) and its messages rewording the rule set's;
    /// the copy shares the compiled rules. A message key the rule set's catalogue does not have is a problem.
    /// </summary>
    /// <param name="ruleSet">The rule set; the file may name only its parameters and must name its id as <c>ruleSet</c>.</param>
    /// <param name="json">The file's JSON text.</param>
    /// <returns>The rule set with the overrides.</returns>
    /// <exception cref="ParameterFileException">The file is invalid or written for another rule set; the exception lists every problem.</exception>
    public static RuleSet ApplyTo(RuleSet ruleSet, string json)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(json);
        var parser = new Parser(ruleSet.Parameters.Parameters.Select(p => p.Key), ruleSet.Messages);
        var file = parser.Parse(json);
        if (file is not null && !string.Equals(file.RuleSetId, ruleSet.Id, StringComparison.Ordinal))
        {
            parser.Problems.Add(new ValidationProblem(
                "$.ruleSet", ValidationProblemCodes.RuleSetMismatch, $"The file is written for the rule set '{file.RuleSetId}', but it is applied to '{ruleSet.Id}'."));
        }

        if (parser.Problems.Count > 0 || file is null)
        {
            throw new ParameterFileException(parser.Problems);
        }

        var applied = ruleSet.WithParameters(ruleSet.Parameters.Override(file.Parameters));
        return file.Messages.Count == 0 ? applied : applied.WithMessages(ruleSet.Messages.With(file.Messages));
    }

    private sealed partial class Parser(IEnumerable<ParameterKey> knownKeys, Assessment.MessageCatalogue? catalogue = null)
    {
        private readonly Dictionary<string, ParameterKey> keys = knownKeys.ToDictionary(k => k.Name, StringComparer.Ordinal);

        private ParameterValueReader? valueReader;

        public List<ValidationProblem> Problems { get; } = [];

        private ParameterValueReader ValueReader => valueReader ??= new ParameterValueReader(Report);

        public ParameterFile? Parse(string json)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(json);
            }
            catch (JsonException ex)
            {
                Report("$", ValidationProblemCodes.MalformedJson, $"The file is not valid JSON at line {((ex.LineNumber ?? 0) + 1).ToString(CultureInfo.InvariantCulture)}, byte {((ex.BytePositionInLine ?? 0) + 1).ToString(CultureInfo.InvariantCulture)}.");
                return null;
            }

            using (document)
            {
                return ReadFile(document.RootElement);
            }
        }

        private ParameterFile? ReadFile(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                Report("$", ValidationProblemCodes.WrongType, $"The file must hold one JSON object, not {Describe(root)}.");
                return null;
            }

            CheckProperties(root, "$", "formatVersion", "ruleSet", "parameters", "messages", "$schema");
            if (!root.TryGetProperty("formatVersion", out var version))
            {
                Report("$.formatVersion", ValidationProblemCodes.MissingField, "formatVersion is required; it must be 1.");
            }
            else if (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var v) || v != ParameterFile.CurrentFormatVersion)
            {
                Report("$.formatVersion", ValidationProblemCodes.UnsupportedVersion, $"formatVersion must be 1, not {Describe(version)}.");
            }

            var ruleSet = ReadText(root, "$", "ruleSet");
            if (!root.TryGetProperty("parameters", out var parameters))
            {
                Report("$.parameters", ValidationProblemCodes.MissingField, "parameters is required: an object from parameter name to its dated values.");
                return null;
            }

            if (parameters.ValueKind != JsonValueKind.Object)
            {
                Report("$.parameters", ValidationProblemCodes.WrongType, $"parameters must be an object from parameter name to its dated values, not {Describe(parameters)}.");
                return null;
            }

            var read = new List<Parameter>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in parameters.EnumerateObject())
            {
                var path = $"$.parameters['{property.Name}']";
                if (!seen.Add(property.Name))
                {
                    Report(path, ValidationProblemCodes.DuplicateProperty, $"The parameter '{property.Name}' is given twice; give all its values in one array.");
                    continue;
                }

                if (!keys.TryGetValue(property.Name, out var key))
                {
                    Report(path, ValidationProblemCodes.UnknownWord, $"'{property.Name}' is not a parameter of this rule set. Known parameters: {string.Join(", ", keys.Keys.Order(StringComparer.Ordinal))}.");
                    continue;
                }

                if (ReadParameter(key, property.Value, path) is { } parameter)
                {
                    read.Add(parameter);
                }
            }

            var messages = ReadMessages(root);
            return Problems.Count == 0 && ruleSet is not null ? new ParameterFile(ruleSet, new ParameterSet(ruleSet, read)) { Messages = messages } : null;
        }

        private Parameter? ReadParameter(ParameterKey key, JsonElement values, string path) => key switch
        {
            ParameterKey<int> k => ReadTimeline(k, values, path, ValueReader.ReadInt),
            ParameterKey<double> k => ReadTimeline(k, values, path, ValueReader.ReadDouble),
            ParameterKey<decimal> k => ReadTimeline(k, values, path, ValueReader.ReadDecimal),
            ParameterKey<Sek> k => ReadTimeline(k, values, path, ValueReader.ReadSek),
            ParameterKey<string> k => ReadTimeline(k, values, path, ValueReader.ReadString),
            ParameterKey<bool> k => ReadTimeline(k, values, path, ValueReader.ReadBool),
            ParameterKey<MeasureSet> k => ReadTimeline(k, values, path, ValueReader.ReadMeasures),
            _ => Unsupported(key, path),
        };

        private Parameter? Unsupported(ParameterKey key, string path)
        {
            Report(path, ValidationProblemCodes.WrongType, $"The parameter '{key.Name}' holds {key.ValueType.Name}, which parameter files cannot give.");
            return null;
        }

        private Parameter<T>? ReadTimeline<T>(ParameterKey<T> key, JsonElement values, string path, Func<ParameterKey<T>, JsonElement, string, (bool Ok, T Value)> readValue)
            where T : notnull
        {
            if (values.ValueKind != JsonValueKind.Array || values.GetArrayLength() == 0)
            {
                Report(path, ValidationProblemCodes.WrongType, $"The parameter '{key.Name}' must be a non-empty array of dated values, not {Describe(values)}.");
                return null;
            }

            var entries = new List<DatedValue<T>>();
            var dates = new Dictionary<DateOnly, int>();
            var ok = true;
            var index = 0;
            foreach (var entry in values.EnumerateArray())
            {
                var entryPath = $"{path}[{index.ToString(CultureInfo.InvariantCulture)}]";
                if (entry.ValueKind != JsonValueKind.Object)
                {
                    Report(entryPath, ValidationProblemCodes.WrongType, $"A dated value must be an object with value, effectiveFrom, decided and reference, not {Describe(entry)}.");
                    ok = false;
                    index++;
                    continue;
                }

                CheckProperties(entry, entryPath, "value", "effectiveFrom", "decided", "reference");
                (bool Ok, T Value) value = default;
                if (!entry.TryGetProperty("value", out var rawValue))
                {
                    Report(entryPath + ".value", ValidationProblemCodes.MissingField, "value is required.");
                }
                else
                {
                    value = readValue(key, rawValue, entryPath + ".value");
                }

                var effective = ReadDate(entry, entryPath, "effectiveFrom", required: true);
                var decided = ReadDate(entry, entryPath, "decided", required: false);
                if (effective.Date is { } from && !dates.TryAdd(from, index))
                {
                    Report(entryPath + ".effectiveFrom", ValidationProblemCodes.DuplicateEffectiveDate,
                        $"The value at {path}[{dates[from].ToString(CultureInfo.InvariantCulture)}] is also effective from {from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}; each date may have one value.");
                    effective = (false, null);
                }

                var reference = ReadReference(entry, entryPath);

                if (value.Ok && effective is { Ok: true, Date: { } date } && decided.Ok && reference is not null)
                {
                    entries.Add(new DatedValue<T>(value.Value!, date, decided.Date, reference));
                }
                else
                {
                    ok = false;
                }

                index++;
            }

            return ok ? new Parameter<T>(key, entries) : null;
        }

        private (bool Ok, DateOnly? Date) ReadDate(JsonElement entry, string path, string name, bool required)
        {
            var fieldPath = path + "." + name;
            if (!entry.TryGetProperty(name, out var value) || (!required && value.ValueKind == JsonValueKind.Null))
            {
                if (required)
                {
                    Report(fieldPath, ValidationProblemCodes.MissingField, $"{name} is required: a date in the form YYYY-MM-DD.");
                    return (false, null);
                }

                return (true, null);
            }

            if (value.ValueKind == JsonValueKind.String
                && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return (true, date);
            }

            Report(fieldPath, ValidationProblemCodes.BadDate, $"{name} must be a date in the form YYYY-MM-DD{(required ? string.Empty : " or null")}, not {Describe(value)}.");
            return (false, null);
        }

        private ParameterReference? ReadReference(JsonElement entry, string path)
        {
            var referencePath = path + ".reference";
            if (!entry.TryGetProperty("reference", out var reference))
            {
                Report(referencePath, ValidationProblemCodes.MissingField, "reference is required: an object with the document and section the value comes from.");
                return null;
            }

            if (reference.ValueKind != JsonValueKind.Object)
            {
                Report(referencePath, ValidationProblemCodes.WrongType, $"reference must be an object with document and section, not {Describe(reference)}.");
                return null;
            }

            CheckProperties(reference, referencePath, "document", "section");
            var document = ReadText(reference, referencePath, "document");
            var section = ReadText(reference, referencePath, "section");
            return document is not null && section is not null ? new ParameterReference(document, section) : null;
        }

        private string? ReadText(JsonElement owner, string path, string name)
        {
            var fieldPath = path + "." + name;
            if (!owner.TryGetProperty(name, out var value))
            {
                Report(fieldPath, ValidationProblemCodes.MissingField, $"{name} is required.");
                return null;
            }

            if (value.ValueKind != JsonValueKind.String)
            {
                Report(fieldPath, ValidationProblemCodes.WrongType, $"{name} must be text, not {Describe(value)}.");
                return null;
            }

            var text = value.GetString()!;
            if (string.IsNullOrWhiteSpace(text))
            {
                Report(fieldPath, ValidationProblemCodes.EmptyValue, $"{name} must not be empty.");
                return null;
            }

            return text;
        }

        private void CheckProperties(JsonElement owner, string path, params string[] allowed)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in owner.EnumerateObject())
            {
                if (!seen.Add(property.Name) && allowed.Contains(property.Name, StringComparer.Ordinal))
                {
                    Report(path + "." + property.Name, ValidationProblemCodes.DuplicateProperty, $"{property.Name} appears more than once.");
                }
                else if (!allowed.Contains(property.Name, StringComparer.Ordinal))
                {
                    Report(path + "." + property.Name, ValidationProblemCodes.UnknownWord, $"'{property.Name}' is not a field here. Allowed: {string.Join(", ", allowed.Where(a => a[0] != '$'))}.");
                }
            }
        }

        private static string Describe(JsonElement value) => ParameterValueReader.Describe(value);

        private void Report(string path, string code, string message) => Problems.Add(new ValidationProblem(path, code, message));
    }
}
