namespace Trygghet.Rules.Serialization;

/// <summary>The file <c>trygghet assess</c> writes: every application's assessment, before any allocation.</summary>
public sealed record AssessmentDocument
{
    /// <summary>Gets the format version; always 1.</summary>
    public int FormatVersion { get; init; } = 1;

    /// <summary>Gets the municipality.</summary>
    public required string Municipality { get; init; }

    /// <summary>Gets the round's name.</summary>
    public required string Round { get; init; }

    /// <summary>Gets the rule set that assessed the round.</summary>
    public required string RuleSet { get; init; }

    /// <summary>Gets the assessment date.</summary>
    public required DateOnly AssessmentDate { get; init; }

    /// <summary>Gets the total requested, in kronor.</summary>
    public required long RequestedSek { get; init; }

    /// <summary>Gets the total eligible, in kronor.</summary>
    public required long EligibleSek { get; init; }

    /// <summary>Gets one assessment per application, in input order.</summary>
    public required IReadOnlyList<AssessmentEntry> Assessments { get; init; }
}

/// <summary>One application's assessment in an <see cref="AssessmentDocument"/>.</summary>
public sealed record AssessmentEntry
{
    /// <summary>Gets the application id.</summary>
    public required string ApplicationId { get; init; }

    /// <summary>Gets the applying board's id.</summary>
    public required string BoardId { get; init; }

    /// <summary>Gets the application's title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the status: <c>eligible</c>, <c>rejected</c> or <c>incomplete</c>.</summary>
    public required string Status { get; init; }

    /// <summary>Gets the amount requested, in kronor.</summary>
    public required long RequestedSek { get; init; }

    /// <summary>Gets the amount eligible, in kronor.</summary>
    public required long EligibleSek { get; init; }

    /// <summary>Gets the amount excluded, in kronor.</summary>
    public required long ExcludedSek { get; init; }

    /// <summary>Gets the amount capped away, in kronor.</summary>
    public required long CappedSek { get; init; }

    /// <summary>Gets the quality scores for the impact model.</summary>
    public required AssessmentQuality Quality { get; init; }

    /// <summary>Gets the findings.</summary>
    public required IReadOnlyList<ResultFinding> Findings { get; init; }

    /// <summary>Gets the motivation, proposing the eligible amount.</summary>
    public required string Motivation { get; init; }

    /// <summary>Gets the improvement points for the applying board.</summary>
    public required IReadOnlyList<string> Feedback { get; init; }

    /// <summary>Gets the trace, when asked for.</summary>
    public ResultTrace? Trace { get; init; }
}

/// <summary>The quality scores of an assessment, each 0–1.</summary>
/// <param name="Evidence">How well insecurity at the site is documented.</param>
/// <param name="Logic">How well the measures address the problem.</param>
/// <param name="Deliverability">How likely the investment is delivered and kept up.</param>
public sealed record AssessmentQuality(double Evidence, double Logic, double Deliverability);
