namespace Trygghet.Rules.Allocation;

/// <summary>For an application left unfunded: what would have to change for the optimizer to fund it.</summary>
/// <param name="Id">The application id.</param>
/// <param name="BudgetNeeded">The smallest budget above today's at which the optimizer funds it, or <see langword="null"/> when no budget up to the total eligible amount does.</param>
/// <param name="BudgetIncrease">The increase over today's budget, or <see langword="null"/>.</param>
/// <param name="Options">Per option, the impact it would need at today's budget.</param>
public sealed record ClassCounterfactual(string Id, long? BudgetNeeded, long? BudgetIncrease, IReadOnlyList<OptionThreshold> Options)
{
    /// <summary>Gets the smallest required impact over the options, or <see langword="null"/> when none can be funded.</summary>
    public OptionThreshold? Easiest => Options.Where(o => o.RequiredImpact is not null).OrderBy(o => o.RequiredImpact!.Value - o.Impact).ThenBy(o => o.Cost).FirstOrDefault();
}
