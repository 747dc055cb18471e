namespace Trygghet.Rules.Assessment;

using System.Text;
using Trygghet.Rules.Applications;

/// <summary>A template split once into literal text and named placeholders, so rendering does no parsing.</summary>
internal sealed class ParsedTemplate
{
    private readonly (string Text, bool IsPlaceholder)[] swedish;
    private readonly (string Text, bool IsPlaceholder)[] english;

    public ParsedTemplate(LocalizedText text)
    {
        Text = text;
        swedish = Parse(text.Swedish);
        english = Parse(text.English);
    }

    public LocalizedText Text { get; }

    public string Render(ReportLanguage language, IReadOnlyList<MessageArgument> arguments, MessageCatalogue catalogue)
    {
        var parts = language == ReportLanguage.English ? english : swedish;
        if (parts.Length == 1 && !parts[0].IsPlaceholder)
        {
            return parts[0].Text;
        }

        var builder = new StringBuilder();
        foreach (var (text, isPlaceholder) in parts)
        {
            if (!isPlaceholder)
            {
                builder.Append(text);
                continue;
            }

            var found = false;
            foreach (var argument in arguments)
            {
                if (string.Equals(argument.Name, text, StringComparison.Ordinal))
                {
                    builder.Append(argument.Render(language, catalogue));
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                builder.Append('{').Append(text).Append('}');
            }
        }

        return builder.ToString();
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

        return parts.Count == 0 ? [(string.Empty, false)] : [.. parts];
    }
}
