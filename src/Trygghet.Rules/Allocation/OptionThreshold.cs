namespace Trygghet.Rules.Allocation;

/// <summary>What one option of an unfunded application would need to be funded at today's budget.</summary>
/// <param name="OptionIndex">The option's index in <see cref="AllocationClass.Options"/>.</param>
/// <param name="Cost">The option's cost in kronor.</param>
/// <param name="Impact">The option's impact today.</param>
/// <param name="RequiredImpact">The smallest impact at which the optimizer would fund the application (with this option's cost unchanged), or <see langword="null"/> when no impact would (the option does not fit the constraints).</param>
public sealed record OptionThreshold(int OptionIndex, long Cost, long Impact, long? RequiredImpact);
