namespace Trygghet.Rules.Allocation;

/// <summary>
/// A multiple-choice knapsack problem with the round's side constraints: choose at most one option per
/// application so that the total cost stays within the budget and the total impact is as large as possible.
/// </summary>
public sealed record AllocationProblem
{
    /// <summary>Gets the budget (the ceiling) in whole kronor.</summary>
    public required long Budget { get; init; }

    /// <summary>Gets the applications; their ids must be unique.</summary>
    public required IReadOnlyList<AllocationClass> Classes { get; init; }

    /// <summary>Gets caps on the total granted per board; several caps for one board all apply.</summary>
    public IReadOnlyList<BoardCapConstraint> BoardCaps { get; init; } = [];

    /// <summary>Gets minimum totals per district area of the site.</summary>
    public IReadOnlyList<DistrictMinimumConstraint> DistrictMinimums { get; init; } = [];

    /// <summary>Gets the ids of applications that must receive one of their options.</summary>
    public IReadOnlyList<string> MustFund { get; init; } = [];

    /// <summary>Gets groups of application ids of which at most one may be funded.</summary>
    public IReadOnlyList<IReadOnlyList<string>> MutuallyExclusive { get; init; } = [];

    /// <summary>Returns a copy of the problem with another budget.</summary>
    /// <param name="budget">The new budget in kronor.</param>
    /// <returns>The same problem with <paramref name="budget"/> as its ceiling.</returns>
    public AllocationProblem WithBudget(long budget) => this with { Budget = budget };
}
