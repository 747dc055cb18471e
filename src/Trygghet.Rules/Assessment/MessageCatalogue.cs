namespace Trygghet.Rules.Assessment;

using System.Collections.Concurrent;
using System.Collections.Frozen;
using Trygghet.Rules.Applications;

/// <summary>
/// The Swedish and English templates that findings, feedback and motivations are rendered from, keyed by finding code
/// (for example <c>K6.Capped</c>), code plus <c>.Feedback</c>, <c>Motivation.*</c> and vocabulary words such as
/// <c>Measure.Lighting</c>.
/// </summary>
/// <remarks>
/// Templates hold named placeholders in braces, for example <c>{site}</c>; <see cref="Default"/> shows which ones each
/// key receives. A placeholder that receives no value but names a term (a <c>Term.*</c> key, such as <c>Term.Office</c>
/// for <c>{office}</c>) is the term, capitalized when the placeholder is (<c>{Office}</c>); any other placeholder with no
/// value is left as written. The terms name the municipality's bodies (<see cref="Decisions.Organisation"/>), so that
/// another municipality renames them in one place for findings, motivations and reports alike. The catalogue is immutable; <see cref="With(string, LocalizedText)"/>
/// returns a copy with a template replaced, so a host can reword messages without touching the rules.
/// </remarks>
public sealed class MessageCatalogue
{
    private const string FeedbackSuffix = ".Feedback";

    private readonly FrozenDictionary<string, ParsedTemplate> templates;
    private readonly FrozenDictionary<string, ParsedTemplate> feedbackByCode;
    private readonly ConcurrentDictionary<Enum, LocalizedText> words = new();

    // Each term by the placeholders that name it: {office} as written, {Office} capitalized to start a sentence.
    private readonly FrozenDictionary<string, LocalizedText> terms;

    /// <summary>Initializes a new catalogue from templates.</summary>
    /// <param name="templates">The templates by key.</param>
    public MessageCatalogue(IEnumerable<KeyValuePair<string, LocalizedText>> templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        var parsed = new Dictionary<string, ParsedTemplate>(StringComparer.Ordinal);
        foreach (var (key, text) in templates)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(key);
            ArgumentNullException.ThrowIfNull(text);
            parsed[key] = new ParsedTemplate(text);
        }

        this.templates = parsed.ToFrozenDictionary(StringComparer.Ordinal);
        feedbackByCode = parsed.Where(t => t.Key.EndsWith(FeedbackSuffix, StringComparison.Ordinal))
            .ToFrozenDictionary(t => t.Key[..^FeedbackSuffix.Length], t => t.Value, StringComparer.Ordinal);
        var byPlaceholder = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        foreach (var (key, template) in parsed.Where(t => t.Key.Length > TermPrefix.Length && t.Key.StartsWith(TermPrefix, StringComparison.Ordinal)))
        {
            var name = key[TermPrefix.Length..];
            var text = template.Text;
            byPlaceholder[char.ToLowerInvariant(name[0]) + name[1..]] = text;
            byPlaceholder[char.ToUpperInvariant(name[0]) + name[1..]] = new LocalizedText(Capitalized(text.Swedish), Capitalized(text.English));
        }

        terms = byPlaceholder.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets the built-in Swedish and English catalogue for the Stockholm criteria.</summary>
    public static MessageCatalogue Default { get; } = new(DefaultMessages.All);

    /// <summary>Gets the keys, in ordinal order.</summary>
    public IReadOnlyList<string> Keys => [.. templates.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Gets the template with a key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The template text in both languages.</returns>
    /// <exception cref="KeyNotFoundException">The catalogue has no template with that key.</exception>
    public LocalizedText this[string key] => Find(key).Text;

    /// <summary>Tests whether the catalogue has a template with a key.</summary>
    /// <param name="key">The key.</param>
    /// <returns><see langword="true"/> when it has one.</returns>
    public bool Contains(string key) => templates.ContainsKey(key);

    /// <summary>Returns a copy of the catalogue with one template added or replaced.</summary>
    /// <param name="key">The key.</param>
    /// <param name="template">The template in both languages.</param>
    /// <returns>The new catalogue.</returns>
    public MessageCatalogue With(string key, LocalizedText template) => With([new KeyValuePair<string, LocalizedText>(key, template)]);

    /// <summary>Returns a copy of the catalogue with templates added or replaced.</summary>
    /// <param name="overrides">The templates by key.</param>
    /// <returns>The new catalogue.</returns>
    public MessageCatalogue With(IEnumerable<KeyValuePair<string, LocalizedText>> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        return new MessageCatalogue(templates.Select(t => new KeyValuePair<string, LocalizedText>(t.Key, t.Value.Text)).Concat(overrides)
            .GroupBy(t => t.Key, StringComparer.Ordinal).Select(g => g.Last()));
    }

    /// <summary>The prefix of the keys of terms: names a template can use without an argument, such as <c>{office}</c>.</summary>
    internal const string TermPrefix = "Term.";

    internal LocalizedText Render(string key, IReadOnlyList<MessageArgument> arguments) => Find(key).Render(arguments, this);

    /// <summary>
    /// Appends the term a placeholder names (<c>{office}</c> reads <c>Term.Office</c>; <c>{Office}</c> the same, its first
    /// letter capitalized, to start a sentence); returns <see langword="false"/> when the catalogue has no such term.
    /// </summary>
    internal bool TryAppendTerm(string placeholder, ReportLanguage language, System.Text.StringBuilder builder)
    {
        if (!terms.TryGetValue(placeholder, out var term))
        {
            return false;
        }

        builder.Append(term.In(language));
        return true;
    }

    private static string Capitalized(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], System.Globalization.CultureInfo.InvariantCulture) + text[1..];

    /// <summary>Renders a finding's message and, when the catalogue has a <c>.Feedback</c> template for its code, its feedback.</summary>
    internal (LocalizedText Message, LocalizedText? Feedback) RenderFinding(string code, IReadOnlyList<MessageArgument> arguments) =>
        (Render(code, arguments), feedbackByCode.TryGetValue(code, out var feedback) ? feedback.Render(arguments, this) : null);

    internal string Word(Enum value, ReportLanguage language) => words.GetOrAdd(value, static (v, self) => self.LookUpWord(v), this).In(language);

    private LocalizedText LookUpWord(Enum value)
    {
        if (templates.TryGetValue(value.GetType().Name + "." + value, out var template))
        {
            return template.Text;
        }

        var wire = Parameters.ParameterFormat.WireName(value);
        return new LocalizedText(wire, wire);
    }

    private ParsedTemplate Find(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return templates.TryGetValue(key, out var template)
            ? template
            : throw new KeyNotFoundException($"The message catalogue has no template '{key}'.");
    }
}
