namespace Trygghet.Rules.Decisions;

using Trygghet.Rules.Amounts;

/// <summary>How the budget was allocated: the objective, whether it is proven optimal, and by which solver.</summary>
public sealed record AllocationSummary
{
    /// <summary>Gets a value indicating whether the allocation is proven optimal.</summary>
    public required bool Optimal { get; init; }

    /// <summary>
    /// Gets a value indicating whether the documented id tie-break among allocations of equal impact and equal cost was
    /// settled; <see langword="false"/> when <see cref="Allocation.AllocationOptions.MaxTieStates"/> cut it short (the
    /// allocation is then still deterministic, and still optimal when <see cref="Optimal"/> is set).
    /// </summary>
    public bool TieBreakComplete { get; init; } = true;

    /// <summary>Gets the solver's name and version.</summary>
    public required string Solver { get; init; }

    /// <summary>Gets the objective: the total expected impact, in person-years.</summary>
    public required double Objective { get; init; }

    /// <summary>Gets the objective in the optimizer's integer unit.</summary>
    public required long ObjectiveUnits { get; init; }

    /// <summary>Gets the budget used.</summary>
    public required Sek BudgetUsed { get; init; }

    /// <summary>Gets the budget ceiling the allocation ran under.</summary>
    public required Sek BudgetCeiling { get; init; }

    /// <summary>Gets the relative optimality gap when the search stopped at a limit; zero when optimal.</summary>
    public double Gap { get; init; }

    /// <summary>Gets the proven upper bound on the objective, in person-years, when the search stopped at a limit.</summary>
    public double? UpperBound { get; init; }
}
