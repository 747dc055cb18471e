namespace Trygghet.Rules.Serialization;

using System.Text.Json.Serialization;
using Trygghet.Rules.Assessment;

/// <summary>One criterion finding on an application, as written in the result file.</summary>
public sealed record ResultFinding
{
    /// <summary>Gets the criterion id, for example <c>K4</c>.</summary>
    public required string Criterion { get; init; }

    /// <summary>Gets the outcome, written as <c>met</c>, <c>notMet</c>, <c>warning</c> or <c>info</c>.</summary>
    [JsonConverter(typeof(WireWordConverter<FindingOutcome>))]
    public required FindingOutcome Outcome { get; init; }

    /// <summary>Gets the stable finding code, for example <c>K4.SiteEvidence</c>.</summary>
    public required string Code { get; init; }

    /// <summary>Gets the message in the round's language.</summary>
    public required string Message { get; init; }

    /// <summary>Gets the document the criterion comes from, for example <c>Dnr KS 2020/487</c>.</summary>
    public required string Source { get; init; }

    /// <summary>Gets the component the finding is about, or <see langword="null"/> for the whole application.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ComponentId { get; init; }

    /// <summary>Gets the amount the finding excluded, in whole kronor.</summary>
    public long ExcludedSek { get; init; }

    /// <summary>Gets the amount the finding capped away, in whole kronor.</summary>
    public long CappedSek { get; init; }

    /// <summary>Gets the named values behind the finding (parameters and facts), in a stable order.</summary>
    public IReadOnlyList<ResultValue> Values { get; init; } = [];
}
