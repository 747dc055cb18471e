namespace Trygghet.Rules.Allocation;

/// <summary>The kind of constraint conflict that makes a problem infeasible.</summary>
public enum AllocationConflictKind
{
    /// <summary>A must-fund application has no option at all.</summary>
    MustFundWithoutOption,

    /// <summary>A must-fund application's cheapest option exceeds the budget.</summary>
    MustFundOverBudget,

    /// <summary>The must-fund applications together exceed the budget.</summary>
    MustFundsOverBudget,

    /// <summary>A must-fund application's cheapest option exceeds its board's cap.</summary>
    MustFundOverBoardCap,

    /// <summary>A board's must-fund applications together exceed its cap.</summary>
    MustFundsOverBoardCap,

    /// <summary>Two must-fund applications are in the same mutually exclusive group.</summary>
    MustFundsMutuallyExclusive,

    /// <summary>A district minimum exceeds what its eligible applications can receive.</summary>
    DistrictMinimumUnreachable,

    /// <summary>A district minimum cannot be reached within the caps of the boards with applications there.</summary>
    DistrictMinimumOverBoardCaps,

    /// <summary>The district minimums and must-fund applications together exceed the budget.</summary>
    MinimumsOverBudget,

    /// <summary>The constraints together admit no allocation, found by exhaustive search.</summary>
    NoFeasibleAllocation,
}
