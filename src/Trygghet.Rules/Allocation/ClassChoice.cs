namespace Trygghet.Rules.Allocation;

/// <summary>The choice made for one application.</summary>
/// <param name="Id">The application id.</param>
/// <param name="OptionIndex">The index of the funded option in <see cref="AllocationClass.Options"/>, or -1 when unfunded.</param>
/// <param name="Cost">The cost of the funded option in kronor, or zero.</param>
/// <param name="Impact">The impact of the funded option, or zero.</param>
public sealed record ClassChoice(string Id, int OptionIndex, long Cost, long Impact)
{
    /// <summary>Gets a value indicating whether an option is funded.</summary>
    public bool IsFunded => OptionIndex >= 0;
}
