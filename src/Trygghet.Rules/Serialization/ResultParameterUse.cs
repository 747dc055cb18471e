namespace Trygghet.Rules.Serialization;

/// <summary>A dated parameter a rule read: its value in force on the assessment date and where the value comes from.</summary>
public sealed record ResultParameterUse
{
    /// <summary>Gets the parameter's name, for example <c>LightingUnitCostSek</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the value as invariant text, for example <c>45000</c>.</summary>
    public required string Value { get; init; }

    /// <summary>Gets the date from which the value applies, written as <c>YYYY-MM-DD</c>.</summary>
    public required DateOnly EffectiveFrom { get; init; }

    /// <summary>Gets the reference for the value (a decision, a study, or "assumption").</summary>
    public required string Reference { get; init; }
}
