namespace Trygghet.Rules.Serialization;

using System.Text.Json;
using System.Text.Json.Serialization;
using Trygghet.Rules.Assessment;

/// <summary>Writes an enum as its camelCase wire word and reads only the words of its closed vocabulary.</summary>
/// <typeparam name="TEnum">An enum with a table in <see cref="WireWords"/>.</typeparam>
internal sealed class WireWordConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly WordTable<TEnum> Table = (WordTable<TEnum>)TableFor(typeof(TEnum));

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A {Table.What} must be one of the words {Table.WordList}.");
        }

        var word = reader.GetString()!;
        return Table.TryParse(word, out var value)
            ? value
            : throw new JsonException($"'{word}' is not a known {Table.What}; use one of: {Table.WordList}.");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Table.ToWord(value));
    }

    private static object TableFor(Type type) => type switch
    {
        _ when type == typeof(ResultStatus) => WireWords.Statuses,
        _ when type == typeof(FindingOutcome) => WireWords.Outcomes,
        _ => throw new InvalidOperationException($"No wire vocabulary is defined for {type.Name}."),
    };
}
