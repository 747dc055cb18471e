namespace Trygghet.Rules.Assessment;

using Trygghet.Rules.Amounts;

/// <summary>An immutable finding a rule yields about an application or one of its components.</summary>
public sealed record Finding
{
    /// <summary>Gets the id of the criterion, for example <c>K4</c>.</summary>
    public required string CriterionId { get; init; }

    /// <summary>Gets the outcome.</summary>
    public required FindingOutcome Outcome { get; init; }

    /// <summary>Gets the stable code, for example <c>K4.SiteEvidence</c>.</summary>
    public required string Code { get; init; }

    /// <summary>Gets the message in Swedish and English, rendered from the code's template.</summary>
    public required LocalizedText Message { get; init; }

    /// <summary>Gets the source document of the criterion, for example <c>Dnr KS 2020/487</c>.</summary>
    public required string Source { get; init; }

    /// <summary>Gets the id of the component the finding is about, for component-level findings.</summary>
    public string? ComponentId { get; init; }

    /// <summary>Gets the amount the finding excludes from the component, if any.</summary>
    public Sek Excluded { get; init; }

    /// <summary>Gets the amount the finding caps away from the component, if any.</summary>
    public Sek Capped { get; init; }

    /// <summary>Gets what the finding does to the application's status or amount.</summary>
    public FindingConsequence Consequence { get; init; }

    /// <summary>Gets the values the rule used.</summary>
    public IReadOnlyList<FindingValue> Values { get; init; } = [];
}
