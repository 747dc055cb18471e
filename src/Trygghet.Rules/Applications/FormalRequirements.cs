namespace Trygghet.Rules.Applications;

/// <summary>The formal requirements (<c>formaliakrav</c>) an application meets.</summary>
/// <param name="BoardDecision">The applying board has decided to apply.</param>
/// <param name="CostBreakdown">A cost breakdown is attached.</param>
/// <param name="Timetable">A timetable is attached.</param>
/// <param name="ContactPerson">A contact person is named.</param>
public sealed record FormalRequirements(bool BoardDecision, bool CostBreakdown, bool Timetable, bool ContactPerson)
{
    /// <summary>Gets a value indicating whether every formal requirement is met.</summary>
    public bool AllMet => BoardDecision && CostBreakdown && Timetable && ContactPerson;
}
