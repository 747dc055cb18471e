namespace Trygghet.Rules.Parameters;

using System.Collections.Concurrent;
using System.Globalization;
using Trygghet.Rules.Amounts;

/// <summary>Formats parameter and finding values as invariant text, with vocabulary words in their wire names.</summary>
internal static class ParameterFormat
{
    private static readonly ConcurrentDictionary<Enum, string> WireNames = new();

    public static string Invariant(object value) => value switch
    {
        string s => s,
        Sek sek => sek.ToString(),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        Enum e => WireName(e),
        MeasureSet set => set.ToString(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable items => string.Join(", ", items.Cast<object>().Select(Invariant)),
        _ => value.ToString() ?? string.Empty,
    };

    public static string WireName(Enum value) => WireNames.GetOrAdd(value, static v =>
    {
        var name = v.ToString();
        return name.Length == 0 ? name : string.Concat(char.ToLowerInvariant(name[0]).ToString(), name.AsSpan(1));
    });
}
