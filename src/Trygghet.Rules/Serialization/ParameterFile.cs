namespace Trygghet.Rules.Serialization;

using Trygghet.Rules.Parameters;

/// <summary>A parameter file as read: the rule set it is written for and the parameters it gives.</summary>
/// <param name="RuleSetId">The id of the rule set the file is written for, for example <c>stockholm-2024</c>.</param>
/// <param name="Parameters">The parameters the file gives, each with its whole timeline; the set's id is <paramref name="RuleSetId"/>.</param>
public sealed record ParameterFile(string RuleSetId, ParameterSet Parameters)
{
    /// <summary>The <c>formatVersion</c> this library reads and writes.</summary>
    public const int CurrentFormatVersion = 1;
}
