namespace Trygghet.Rules.Assessment;

/// <summary>The outcome of assessing one application against the criteria.</summary>
public enum AssessmentStatus
{
    /// <summary>Every gate is met and something is eligible for funding.</summary>
    Eligible,

    /// <summary>A gate criterion is not met: the application is rejected.</summary>
    Rejected,

    /// <summary>Formal requirements are missing: the application is returned, not assessed on merit.</summary>
    Incomplete,
}
