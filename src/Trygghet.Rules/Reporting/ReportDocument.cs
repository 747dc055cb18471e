namespace Trygghet.Rules.Reporting;

using Trygghet.Rules.Applications;

/// <summary>A format-neutral report: a title, a notice, some facts and a tree of sections, which the document writers render.</summary>
public sealed record ReportDocument
{
    /// <summary>Gets the title, for example the round's name.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the subtitle, if any.</summary>
    public string? Subtitle { get; init; }

    /// <summary>Gets a notice the reader must not miss, such as that the round is an illustrative example; <see langword="null"/> for none.</summary>
    public string? Notice { get; init; }

    /// <summary>Gets the language the document is written in.</summary>
    public required ReportLanguage Language { get; init; }

    /// <summary>Gets facts about the document shown under the title, as label and value, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Facts { get; init; } = [];

    /// <summary>Gets the top-level sections, in order.</summary>
    public required IReadOnlyList<ReportSection> Sections { get; init; }
}
