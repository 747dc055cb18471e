namespace Trygghet.Rules.Reporting;

using System.Globalization;
using System.Text;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Decisions;

/// <summary>Localized words and number formats shared by the reports.</summary>
internal static class ReportText
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The marker in a round's name that says the round is invented for illustration.</summary>
    public const string IllustrativeMarker = "illustrativt exempel";

    public static string T(ReportLanguage language, string swedish, string english) =>
        language == ReportLanguage.English ? english : swedish;

    /// <summary>A term (a body's name) in a language, its first letter capitalized when it starts a sentence.</summary>
    public static string Term(Assessment.LocalizedText term, ReportLanguage language, bool start = false)
    {
        var text = term.In(language);
        return start && text.Length > 0 ? char.ToUpper(text[0], Culture(language)) + text[1..] : text;
    }

    public static CultureInfo Culture(ReportLanguage language) => language == ReportLanguage.English ? English : Swedish;

    /// <summary>Formats a number with the language's separators, using plain spaces and hyphen-minus so text stays searchable.</summary>
    public static string Number(double value, ReportLanguage language, string format = "#,0.0") =>
        Plain(value.ToString(format, Culture(language)));

    public static string Integer(long value, ReportLanguage language) => Plain(value.ToString("#,0", Culture(language)));

    public static string PersonYears(double value, ReportLanguage language) => Number(value, language);

    /// <summary>Formats a share (0.73) as a whole percentage: <c>73 %</c> in Swedish, <c>73%</c> in English.</summary>
    public static string Percent(double share, ReportLanguage language, int decimals = 0)
    {
        var number = Number(share * 100, language, decimals == 0 ? "0" : "0." + new string('0', decimals));
        return language == ReportLanguage.English ? number + "%" : number + " %";
    }

    public static string Count(long count, ReportLanguage language, string swedishOne, string swedishMany, string englishOne, string englishMany) =>
        Integer(count, language) + " " + (count == 1 ? T(language, swedishOne, englishOne) : T(language, swedishMany, englishMany));

    public static string Applications(long count, ReportLanguage language) =>
        Count(count, language, "ansökan", "ansökningar", "application", "applications");

    /// <summary>Joins items as a sentence list: <c>a, b och c</c> or <c>a, b and c</c>.</summary>
    public static string JoinSentence(IReadOnlyList<string> items, ReportLanguage language) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + T(language, " och ", " and ") + items[^1],
    };

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];

    public static bool IsIllustrative(Round round) => round.Name.Contains(IllustrativeMarker, StringComparison.OrdinalIgnoreCase);

    /// <summary>The notice every report of an illustrative round carries, or <see langword="null"/> for a real round.</summary>
    public static string? IllustrativeNotice(Round round, ReportLanguage language) => IsIllustrative(round)
        ? T(
            language,
            "Illustrativt exempel: ansökningarna, platserna och beloppen är påhittade; bara totalerna motsvarar Stockholms stads beslut om trygghetsinvesteringar 2024. Detta är inte stadens beslut.",
            "Illustrative example: the applications, places and amounts are invented; only the totals match the City of Stockholm's 2024 decision on safety investments. This is not the city's decision.")
        : null;

    public static string Status(DecisionStatus status, ReportLanguage language) => status switch
    {
        DecisionStatus.Granted => T(language, "beviljas", "granted"),
        DecisionStatus.PartiallyGranted => T(language, "beviljas delvis", "partially granted"),
        DecisionStatus.NotFunded => T(language, "ryms inte", "not funded"),
        DecisionStatus.Rejected => T(language, "avslås", "rejected"),
        _ => T(language, "ofullständig", "incomplete"),
    };

    public static string BoardKindName(BoardKind kind, ReportLanguage language) => kind == BoardKind.District
        ? T(language, "stadsdelsnämnd", "district board")
        : T(language, "facknämnd", "specialist board");

    public static string BoardName(Round round, string boardId) => round.FindBoard(boardId)?.Name ?? boardId;

    public static bool IsGranted(DecisionStatus status) => status is DecisionStatus.Granted or DecisionStatus.PartiallyGranted;

    /// <summary>
    /// Replaces control characters (tab, line breaks, escape sequences) and bidirectional overrides with spaces,
    /// so input text cannot break a line-based format or steer a terminal.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
                builder.Append(' ');
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? text;
    }

    private static string Plain(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ').Replace('\u2212', '-');
}
