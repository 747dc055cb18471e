namespace Trygghet.Rules.Serialization;

using Trygghet.Rules.Assessment;
using Trygghet.Rules.Parameters;

/// <summary>A parameter file as read: the rule set it is written for, the parameters it gives and the messages it rewords.</summary>
/// <param name="RuleSetId">The id of the rule set the file is written for, for example <c>stockholm-2024</c>.</param>
/// <param name="Parameters">The parameters the file gives, each with its whole timeline; the set's id is <paramref name="RuleSetId"/>.</param>
public sealed record ParameterFile(string RuleSetId, ParameterSet Parameters)
{
    /// <summary>The <c>formatVersion</c> this library reads and writes.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>
    /// Gets the message templates the file rewords, by catalogue key (for example <c>Term.Office</c>, the office that
    /// assesses and proposes); empty when the file has no <c>messages</c>.
    /// </summary>
    public IReadOnlyDictionary<string, LocalizedText> Messages { get; init; } = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
}
