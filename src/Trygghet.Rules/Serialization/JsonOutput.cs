namespace Trygghet.Rules.Serialization;

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

/// <summary>Writes indented, deterministic UTF-8 JSON: two-space indents, LF line ends, a final newline, readable Swedish letters.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
#if NET9_0_OR_GREATER
        NewLine = "\n",
#endif
    };

    public static byte[] Serialize<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
        }

        buffer.WriteByte((byte)'\n');
        var bytes = buffer.ToArray();
#if !NET9_0_OR_GREATER
        // Before .NET 9 the writer ends lines with Environment.NewLine; JSON strings escape CR, so every CR is a line end.
        if (Environment.NewLine != "\n")
        {
            bytes = bytes.Where(b => b != (byte)'\r').ToArray();
        }
#endif
        return bytes;
    }
}
