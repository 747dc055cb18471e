namespace Trygghet.Rules.Allocation;

/// <summary>How a frontier was computed.</summary>
public enum FrontierMethod
{
    /// <summary>The Nemhauser–Ullmann Pareto list over all applications: every breakpoint, exact.</summary>
    ParetoList,

    /// <summary>One exact solve per breakpoint, walking down from the largest budget: every breakpoint unless a limit stopped it.</summary>
    SolvedBreakpoints,

    /// <summary>Exact solves at evenly spread budgets: the breakpoints reached from them, not all breakpoints.</summary>
    SampledBudgets,
}
