namespace Trygghet.Rules.Serialization;

/// <summary>The trace of one application's assessment: every rule that fired, with the facts and parameters it used.</summary>
public sealed record ResultTrace
{
    /// <summary>Gets the rules that fired, in firing order.</summary>
    public required IReadOnlyList<ResultRuleFiring> Rules { get; init; }
}
