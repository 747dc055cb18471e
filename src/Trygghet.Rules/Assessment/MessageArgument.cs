namespace Trygghet.Rules.Assessment;

using System.Globalization;
using System.Text;
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

    public void AppendTo(StringBuilder builder, ReportLanguage language, MessageCatalogue catalogue) => Append(builder, Value, language, catalogue);

    /// <summary>Formats whole kronor as <see cref="Sek.ToKronorString(ReportLanguage)"/> does, without parsing a format string each time.</summary>
    internal static void AppendKronor(StringBuilder builder, Sek amount, ReportLanguage language)
    {
        if (amount.IsNegative)
        {
            builder.Append(amount.ToKronorString(language));
            return;
        }

        Span<char> digits = stackalloc char[20];
        amount.Kronor.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture);
        var separator = language == ReportLanguage.English ? ',' : ' ';
        if (language == ReportLanguage.English)
        {
            builder.Append("SEK ");
        }

        for (var i = 0; i < length; i++)
        {
            if (i > 0 && (length - i) % 3 == 0)
            {
                builder.Append(separator);
            }

            builder.Append(digits[i]);
        }

        if (language != ReportLanguage.English)
        {
            builder.Append(" kr");
        }
    }

    private static void Append(StringBuilder builder, object value, ReportLanguage language, MessageCatalogue catalogue)
    {
        var culture = language == ReportLanguage.English ? English : Swedish;
        switch (value)
        {
            case string s:
                builder.Append(s);
                break;
            case LocalizedText text:
                builder.Append(text.In(language));
                break;
            case Sek sek:
                AppendKronor(builder, sek, language);
                break;
            case DateOnly date:
                builder.Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case Enum e:
                builder.Append(catalogue.Word(e, language));
                break;
            case decimal d:
                builder.Append((d / 1.0000000000000000000000000000m).ToString(culture));
                break;
            case double d:
                builder.Append(Math.Round(d, 2).ToString(culture));
                break;
            case IFormattable f:
                builder.Append(f.ToString(null, culture));
                break;
            case System.Collections.IEnumerable items:
                AppendList(builder, items, language, catalogue);
                break;
            default:
                builder.Append(value);
                break;
        }
    }

    private static void AppendList(StringBuilder builder, System.Collections.IEnumerable items, ReportLanguage language, MessageCatalogue catalogue)
    {
        var list = items.Cast<object>().ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(i == list.Count - 1 ? " " + catalogue.Word(ListWord.And, language) + " " : ", ");
            }

            Append(builder, list[i], language, catalogue);
        }
    }
}

/// <summary>The words that join the items of a list in messages; rendered from the catalogue key <c>ListWord.And</c>.</summary>
internal enum ListWord
{
    And,
}
