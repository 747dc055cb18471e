namespace Trygghet.Rules.Serialization;

using System.Runtime.CompilerServices;
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

#if NET9_0_OR_GREATER
    /// <summary>The context's options with the writer's settings, which the serializer's chunked stream writing takes from options.</summary>
    private static readonly ConditionalWeakTable<JsonSerializerOptions, JsonSerializerOptions> StreamingOptions = new();
#endif

    /// <summary>
    /// Writes to a stream as <see cref="Serialize{T}(T, JsonTypeInfo{T})"/> does, byte for byte, but in chunks, so that a
    /// large document never sits in memory whole as bytes.
    /// </summary>
    public static void Serialize<T>(T value, JsonTypeInfo<T> typeInfo, Stream utf8)
    {
#if NET9_0_OR_GREATER
        var options = StreamingOptions.GetValue(typeInfo.Options, static context => new JsonSerializerOptions(context)
        {
            WriteIndented = WriterOptions.Indented,
            Encoder = WriterOptions.Encoder,
            NewLine = WriterOptions.NewLine,
        });
        JsonSerializer.Serialize(utf8, value, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
        utf8.WriteByte((byte)'\n');
#else
        utf8.Write(Serialize(value, typeInfo));
#endif
    }

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
