namespace Trygghet.Rules.Serialization;

using System.Text;

/// <summary>
/// Writes a <see cref="ResultDocument"/> as a result file: camelCase field names in a fixed order, amounts as
/// whole kronor, expected impacts rounded to three decimals, indented and byte-for-byte deterministic.
/// </summary>
public static class ResultWriter
{
    /// <summary>Writes a result as JSON text.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An expected impact is not a finite number.</exception>
    public static string Write(ResultDocument result) => Encoding.UTF8.GetString(WriteUtf8(result));

    /// <summary>Writes a result as UTF-8 JSON bytes (without a byte order mark).</summary>
    /// <param name="result">The result.</param>
    /// <returns>The bytes, ending with a newline.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An expected impact is not a finite number.</exception>
    public static byte[] WriteUtf8(ResultDocument result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonOutput.Serialize(result, ResultJsonContext.Default.ResultDocument);
    }

    /// <summary>Writes a result as UTF-8 JSON (without a byte order mark) to a stream, the same bytes as <see cref="WriteUtf8(ResultDocument)"/> without holding them all in memory.</summary>
    /// <param name="result">The result.</param>
    /// <param name="utf8">The stream to write to; it is not closed.</param>
    /// <exception cref="ArgumentOutOfRangeException">An expected impact is not a finite number.</exception>
    public static void Write(ResultDocument result, Stream utf8)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(utf8);
        JsonOutput.Serialize(result, ResultJsonContext.Default.ResultDocument, utf8);
    }

    /// <summary>Writes an assessment document as indented UTF-8 JSON text.</summary>
    /// <param name="assessment">The document.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    public static string Write(AssessmentDocument assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return Encoding.UTF8.GetString(JsonOutput.Serialize(assessment, ResultJsonContext.Default.AssessmentDocument));
    }
}
