namespace Trygghet.Rules.Assessment;

using Trygghet.Rules.Parameters;

/// <summary>How one application was assessed: every rule that fired, what it matched and which parameters it used.</summary>
/// <param name="Firings">The rule firings, in criterion order.</param>
public sealed record AssessmentTrace(IReadOnlyList<RuleFiring> Firings)
{
    /// <summary>Gets every parameter the firings used, once each, ordered by name.</summary>
    public IReadOnlyList<ParameterUse> Parameters =>
        [.. Firings.SelectMany(f => f.Parameters).DistinctBy(p => p.Name, StringComparer.Ordinal).OrderBy(p => p.Name, StringComparer.Ordinal)];
}
