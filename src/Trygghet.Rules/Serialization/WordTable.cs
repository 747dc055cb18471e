namespace Trygghet.Rules.Serialization;

/// <summary>A closed vocabulary: the wire word of every value of an enum, in contract order.</summary>
/// <typeparam name="TEnum">The enum the words stand for.</typeparam>
internal sealed class WordTable<TEnum>
    where TEnum : struct, Enum
{
    private readonly Dictionary<string, TEnum> byWord;
    private readonly Dictionary<TEnum, string> byValue;

    public WordTable(string what, params (TEnum Value, string Word)[] entries)
    {
        What = what;
        byWord = entries.ToDictionary(e => e.Word, e => e.Value, StringComparer.Ordinal);
        byValue = entries.ToDictionary(e => e.Value, e => e.Word);
        Words = entries.Select(e => e.Word).ToArray();
        if (byValue.Count != Enum.GetValues<TEnum>().Length)
        {
            throw new InvalidOperationException($"The {what} vocabulary does not name every value of {typeof(TEnum).Name}.");
        }
    }

    /// <summary>Gets what the words describe, for messages (for example <c>measure</c>).</summary>
    public string What { get; }

    /// <summary>Gets the wire words in contract order.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Gets the allowed words as one comma-separated list for messages.</summary>
    public string WordList => string.Join(", ", Words);

    public string ToWord(TEnum value) => byValue.TryGetValue(value, out var word)
        ? word
        : throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is not a known {What}.");

    public bool TryParse(string word, out TEnum value) => byWord.TryGetValue(word, out value);
}
