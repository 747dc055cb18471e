namespace Trygghet.Rules.Assessment;

using System.Text;
using Trygghet.Rules.Applications;

/// <summary>A template split once into literal text and named placeholders, so rendering does no parsing.</summary>
internal sealed class ParsedTemplate
{
    [ThreadStatic]
    private static StringBuilder? cachedBuilder;

    private readonly (string Text, bool IsPlaceholder)[] swedish;
    private readonly (string Text, bool IsPlaceholder)[] english;

    public ParsedTemplate(LocalizedText text)
    {
        Text = text;
        swedish = Parse(text.Swedish);
        english = Parse(text.English);
        IsLiteral = swedish.All(p => !p.IsPlaceholder) && english.All(p => !p.IsPlaceholder);
    }

    public LocalizedText Text { get; }

    private bool IsLiteral { get; }

    public LocalizedText Render(IReadOnlyList<MessageArgument> arguments, MessageCatalogue catalogue) => IsLiteral
        ? Text
        : new LocalizedText(Render(ReportLanguage.Swedish, arguments, catalogue), Render(ReportLanguage.English, arguments, catalogue));

    private string Render(ReportLanguage language, IReadOnlyList<MessageArgument> arguments, MessageCatalogue catalogue)
    {
        var parts = language == ReportLanguage.English ? english : swedish;
        var builder = cachedBuilder ?? new StringBuilder(256);
        cachedBuilder = null;
        builder.Clear();
        foreach (var (text, isPlaceholder) in parts)
        {
            if (!isPlaceholder)
            {
                builder.Append(text);
                continue;
            }

            var found = false;
            for (var i = 0; i < arguments.Count; i++)
            {
                if (string.Equals(arguments[i].Name, text, StringComparison.Ordinal))
                {
                    arguments[i].AppendTo(builder, language, catalogue);
                    found = true;
                    break;
                }
            }

            if (!found && !catalogue.TryAppendTerm(text, language, builder))
            {
                builder.Append('{').Append(text).Append('}');
            }
        }

        var result = builder.ToString();
        cachedBuilder = builder;
        return result;
    }

    private static (string Text, bool IsPlaceholder)[] Parse(string template)
    {
        var parts = new List<(string, bool)>();
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (open < 0 || close < 0)
            {
                parts.Add((template[position..], false));
                break;
            }

            if (open > position)
            {
                parts.Add((template[position..open], false));
            }

            parts.Add((template[(open + 1)..close], true));
            position = close + 1;
        }

        return [.. parts];
    }
}
