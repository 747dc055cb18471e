namespace Trygghet.Rules.Assessment;

using System.Globalization;
using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Parameters;

/// <summary>A named value for a template placeholder, rendered per language and recorded as invariant text.</summary>
/// <param name="Name">The placeholder's name.</param>
/// <param name="Value">The value: text, an amount, a number, a date, a vocabulary word, a localized text or a list of these.</param>
internal readonly record struct MessageArgument(string Name, object Value)
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public string Invariant() => Value is LocalizedText text ? text.Swedish : ParameterFormat.Invariant(Value);

    public string Render(ReportLanguage language, MessageCatalogue catalogue) => Format(Value, language, catalogue);

    private static string Format(object value, ReportLanguage language, MessageCatalogue catalogue)
    {
        var culture = language == ReportLanguage.English ? English : Swedish;
        return value switch
        {
            string s => s,
            LocalizedText text => text.In(language),
            Sek sek => sek.ToKronorString(language),
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Enum e => catalogue.Word(e, language),
            decimal d => d.ToString("#,0.##", culture).Replace('\u00A0', ' '),
            double d => d.ToString("0.##", culture),
            IFormattable f => f.ToString(null, culture),
            System.Collections.IEnumerable items => JoinList([.. items.Cast<object>().Select(i => Format(i, language, catalogue))], language, catalogue),
            _ => value.ToString() ?? string.Empty,
        };
    }

    private static string JoinList(IReadOnlyList<string> items, ReportLanguage language, MessageCatalogue catalogue)
    {
        if (items.Count <= 1)
        {
            return items.Count == 0 ? string.Empty : items[0];
        }

        var and = catalogue.Contains("List.And") ? catalogue["List.And"].In(language) : "&";
        return string.Join(", ", items.Take(items.Count - 1)) + " " + and + " " + items[^1];
    }
}
