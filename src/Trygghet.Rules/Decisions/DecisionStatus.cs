namespace Trygghet.Rules.Decisions;

/// <summary>The proposed decision on one application.</summary>
public enum DecisionStatus
{
    /// <summary>Everything requested is proposed (wire name <c>granted</c>).</summary>
    Granted,

    /// <summary>Less than requested is proposed: components excluded or capped, or a reduced package chosen (wire name <c>partiallyGranted</c>).</summary>
    PartiallyGranted,

    /// <summary>Eligible, but left out by the budget or the round's constraints (wire name <c>notFunded</c>).</summary>
    NotFunded,

    /// <summary>A gate criterion is not met (wire name <c>rejected</c>).</summary>
    Rejected,

    /// <summary>Formal requirements are missing; not assessed on merit (wire name <c>incomplete</c>).</summary>
    Incomplete,
}
