namespace Trygghet.Rules.Assessment;

/// <summary>What a rule found about an application or one of its components.</summary>
public enum FindingOutcome
{
    /// <summary>The criterion is met (wire name <c>met</c>).</summary>
    Met,

    /// <summary>The criterion is not met (wire name <c>notMet</c>).</summary>
    NotMet,

    /// <summary>The criterion calls for attention but does not decide (wire name <c>warning</c>).</summary>
    Warning,

    /// <summary>Information for the case officer or the applicant (wire name <c>info</c>).</summary>
    Info,
}
