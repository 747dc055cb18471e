namespace Trygghet.Rules.Serialization;

/// <summary>One rule that fired: its name, the facts it matched and the dated parameters it read.</summary>
public sealed record ResultRuleFiring
{
    /// <summary>Gets the rule's name, for example <c>K4.SiteEvidence</c>.</summary>
    public required string Rule { get; init; }

    /// <summary>Gets short descriptions of the facts the rule matched.</summary>
    public IReadOnlyList<string> Facts { get; init; } = [];

    /// <summary>Gets the parameters the rule read, with the value in force on the assessment date.</summary>
    public IReadOnlyList<ResultParameterUse> Parameters { get; init; } = [];
}
