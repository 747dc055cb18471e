namespace Trygghet.Rules.Serialization;

using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Trygghet.Rules.Amounts;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Parameters;

/// <summary>Writes a parameter set as a parameter file, the format <see cref="ParameterFileReader"/> reads.</summary>
/// <remarks>
/// The output is indented UTF-8 JSON with <c>\n</c> line ends, parameters ordered by name and values by effective date,
/// so the same set always gives the same bytes.
/// </remarks>
public static class ParameterFileWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes a parameter set as a parameter file's JSON text.</summary>
    /// <param name="ruleSetId">The id of the rule set the file is for, for example <c>stockholm-2024</c>.</param>
    /// <param name="parameters">The parameters.</param>
    /// <returns>The JSON text, ending in a line break.</returns>
    /// <exception cref="ArgumentException">A parameter holds a type parameter files cannot give.</exception>
    public static string Write(string ruleSetId, ParameterSet parameters) => Write(ruleSetId, parameters, new Dictionary<string, LocalizedText>());

    /// <summary>Writes a parameter set and the messages it rewords as a parameter file's JSON text.</summary>
    /// <param name="ruleSetId">The id of the rule set the file is for, for example <c>stockholm-2024</c>.</param>
    /// <param name="parameters">The parameters.</param>
    /// <param name="messages">Templates that reword the rule set's messages, by key (see <c>MessageCatalogue.Keys</c>), written in key order; none writes no <c>messages</c>.</param>
    /// <returns>The JSON text, ending in a line break.</returns>
    /// <exception cref="ArgumentException">A parameter holds a type parameter files cannot give.</exception>
    public static string Write(string ruleSetId, ParameterSet parameters, IReadOnlyDictionary<string, LocalizedText> messages)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleSetId);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(messages);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteNumber("formatVersion", ParameterFile.CurrentFormatVersion);
            writer.WriteString("ruleSet", ruleSetId);
            writer.WriteStartObject("parameters");
            foreach (var parameter in parameters.Parameters)
            {
                writer.WriteStartArray(parameter.Key.Name);
                WriteTimeline(writer, parameter);
                writer.WriteEndArray();
            }

            writer.WriteEndObject();
            if (messages.Count > 0)
            {
                writer.WriteStartObject("messages");
                foreach (var (key, text) in messages.OrderBy(m => m.Key, StringComparer.Ordinal))
                {
                    writer.WriteStartObject(key);
                    writer.WriteString("sv", text.Swedish);
                    writer.WriteString("en", text.English);
                    writer.WriteEndObject();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

    private static void WriteTimeline(Utf8JsonWriter writer, Parameter parameter)
    {
        switch (parameter)
        {
            case Parameter<int> p:
                WriteValues(writer, p, (w, v) => w.WriteNumberValue(v));
                break;
            case Parameter<double> p:
                WriteValues(writer, p, (w, v) => w.WriteNumberValue(v));
                break;
            case Parameter<decimal> p:
                WriteValues(writer, p, (w, v) => w.WriteNumberValue(v));
                break;
            case Parameter<Sek> p:
                WriteValues(writer, p, (w, v) => w.WriteNumberValue(v.Kronor));
                break;
            case Parameter<string> p:
                WriteValues(writer, p, (w, v) => w.WriteStringValue(v));
                break;
            case Parameter<bool> p:
                WriteValues(writer, p, (w, v) => w.WriteBooleanValue(v));
                break;
            case Parameter<MeasureSet> p:
                WriteValues(writer, p, static (w, v) =>
                {
                    w.WriteStartArray();
                    foreach (var measure in v.Measures)
                    {
                        w.WriteStringValue(WireWords.Measures.ToWord(measure));
                    }

                    w.WriteEndArray();
                });
                break;
            default:
                throw new ArgumentException($"The parameter '{parameter.Key.Name}' holds {parameter.Key.ValueType.Name}, which parameter files cannot give.", nameof(parameter));
        }
    }

    private static void WriteValues<T>(Utf8JsonWriter writer, Parameter<T> parameter, Action<Utf8JsonWriter, T> writeValue)
        where T : notnull
    {
        foreach (var entry in parameter.Values)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("value");
            writeValue(writer, entry.Value);
            writer.WriteString("effectiveFrom", entry.EffectiveFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            if (entry.DecisionDate is { } decided)
            {
                writer.WriteString("decided", decided.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                writer.WriteNull("decided");
            }

            writer.WriteStartObject("reference");
            writer.WriteString("document", entry.Reference.Document);
            writer.WriteString("section", entry.Reference.Section);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
    }
}
