namespace Trygghet.Rules.Criteria;

/// <summary>What a rule's findings can do to an application.</summary>
public enum CriterionEffect
{
    /// <summary>Not met, the application is rejected.</summary>
    Gate,

    /// <summary>Not met, the application is returned as incomplete and not assessed on merit.</summary>
    Incomplete,

    /// <summary>Not met, a component is excluded.</summary>
    ComponentExclusion,

    /// <summary>Not met, a component's cost is capped.</summary>
    CostCap,

    /// <summary>Calls for attention and feedback, and may lower a quality score, but decides nothing.</summary>
    Warning,

    /// <summary>Informs the case officer and the applicant.</summary>
    Info,
}
