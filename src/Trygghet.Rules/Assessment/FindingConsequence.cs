namespace Trygghet.Rules.Assessment;

/// <summary>What a finding does to the application's status or amount.</summary>
public enum FindingConsequence
{
    /// <summary>The finding informs but changes neither status nor amount.</summary>
    None,

    /// <summary>A gate criterion is not met: the application is rejected.</summary>
    RejectsApplication,

    /// <summary>Formal requirements are missing: the application is returned as incomplete, not assessed on merit.</summary>
    ReturnsApplication,

    /// <summary>The component is excluded: its whole cost is taken away.</summary>
    ExcludesComponent,

    /// <summary>The component's cost is capped: the part above the cap is taken away.</summary>
    CapsComponent,
}
