namespace Trygghet.Rules.Allocation;

/// <summary>How a frontier was computed.</summary>
public enum FrontierMethod
{
    /// <summary>The Nemhauser–Ullmann Pareto list over all applications: every breakpoint, exact.</summary>
    ParetoList,

    /// <summary>One exact solve per breakpoint, walking down from the largest budget: every breakpoint unless a limit stopped a solve (whose result is then left out).</summary>
    SolvedBreakpoints,

    /// <summary>Exact solves at evenly spread budgets, sharing the limits: the breakpoints reached from the solves that finished, not all breakpoints.</summary>
    SampledBudgets,
}
