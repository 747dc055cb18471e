namespace Trygghet.Rules.Allocation;

/// <summary>One funding option of an application: what it costs and the impact it buys.</summary>
/// <param name="Cost">The cost in whole kronor; greater than zero.</param>
/// <param name="Impact">The impact in the impact model's integer unit (for example milli-person-years); zero or more.</param>
/// <param name="Key">The caller's own index for the option, returned unchanged in the result.</param>
public readonly record struct AllocationOption(long Cost, long Impact, int Key);
