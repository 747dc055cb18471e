namespace Trygghet.Rules.Decisions;

using Trygghet.Rules.Assessment;

/// <summary>
/// How the municipality's bodies are named in motivations and reports: the office that assesses and proposes, the
/// committee that decides, and the municipality itself. Read from a message catalogue's terms (<c>Term.Office</c>
/// and so on), so that another municipality renames them in one place.
/// </summary>
/// <param name="Office">The office that assesses and proposes, as in the middle of a sentence: <c>stadsledningskontoret</c>.</param>
/// <param name="OfficeGenitive">The office's genitive: <c>stadsledningskontorets</c>.</param>
/// <param name="Committee">The body that decides: <c>kommunstyrelsens ekonomi- och trygghetsutskott</c>.</param>
/// <param name="City">The municipality as in the middle of a sentence: <c>staden</c>.</param>
/// <param name="CityGenitive">The municipality's genitive: <c>stadens</c>.</param>
public sealed record Organisation(LocalizedText Office, LocalizedText OfficeGenitive, LocalizedText Committee, LocalizedText City, LocalizedText CityGenitive)
{
    /// <summary>The catalogue keys of the terms, in the order of the parameters.</summary>
    public static IReadOnlyList<string> TermKeys { get; } = ["Term.Office", "Term.OfficeGenitive", "Term.Committee", "Term.City", "Term.CityGenitive"];

    /// <summary>Gets Stockholm's names, the built-in catalogue's terms.</summary>
    public static Organisation Stockholm { get; } = From(MessageCatalogue.Default);

    /// <summary>Reads the names from a catalogue's terms; a term the catalogue lacks is the built-in one.</summary>
    /// <param name="messages">The catalogue.</param>
    /// <returns>The names.</returns>
    public static Organisation From(MessageCatalogue messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        LocalizedText Term(int k) => messages.Contains(TermKeys[k]) ? messages[TermKeys[k]] : MessageCatalogue.Default[TermKeys[k]];
        return new Organisation(Term(0), Term(1), Term(2), Term(3), Term(4));
    }
}
