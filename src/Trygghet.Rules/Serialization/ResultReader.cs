namespace Trygghet.Rules.Serialization;

using System.Globalization;
using System.Text.Json;

/// <summary>Reads a result file written by <see cref="ResultWriter"/>, for comparing runs and for tests.</summary>
public static class ResultReader
{
    /// <summary>Reads a result from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The result.</returns>
    /// <exception cref="JsonException">
    /// The text is not valid JSON, lacks a required field, has a value of the wrong type or an unknown
    /// <c>status</c> or <c>outcome</c> word, or has a <c>formatVersion</c> other than 1.
    /// </exception>
    public static ResultDocument Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var result = JsonSerializer.Deserialize(json, ResultJsonContext.Default.ResultDocument)
            ?? throw new JsonException("The result file holds null instead of a result object.");
        if (result.FormatVersion != 1)
        {
            throw new JsonException($"Result formatVersion {result.FormatVersion.ToString(CultureInfo.InvariantCulture)} is not supported; this library reads formatVersion 1.");
        }

        return result;
    }
}
