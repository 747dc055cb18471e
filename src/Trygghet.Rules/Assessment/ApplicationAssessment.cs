namespace Trygghet.Rules.Assessment;

using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;

/// <summary>The assessment of one application: its status, findings, eligible amount and quality.</summary>
public sealed record ApplicationAssessment
{
    /// <summary>Gets the application assessed.</summary>
    public required Application Application { get; init; }

    /// <summary>Gets the status.</summary>
    public required AssessmentStatus Status { get; init; }

    /// <summary>Gets the findings, in criterion order.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>Gets the amount requested.</summary>
    public Sek Requested => Application.Requested;

    /// <summary>Gets the components eligible for funding, with their eligible amounts; empty unless <see cref="AssessmentStatus.Eligible"/>.</summary>
    public required IReadOnlyList<EligibleComponent> EligibleComponents { get; init; }

    /// <summary>Gets the eligible amount: requested minus excluded and capped amounts; zero unless eligible.</summary>
    public Sek Eligible => Sek.Sum(EligibleComponents.Select(c => c.Eligible));

    /// <summary>Gets the amount excluded by component-level findings.</summary>
    public required Sek Excluded { get; init; }

    /// <summary>Gets the amount capped away by cost benchmarks.</summary>
    public required Sek Capped { get; init; }

    /// <summary>Gets the quality scores for the impact model.</summary>
    public required QualityScores Quality { get; init; }

    /// <summary>Gets the improvement points for the applying board.</summary>
    public required IReadOnlyList<LocalizedText> Feedback { get; init; }

    /// <summary>Gets the rules that fired, the facts they matched and the parameters they used; <see langword="null"/> unless a trace was asked for.</summary>
    public AssessmentTrace? Trace { get; init; }
}
