namespace Trygghet.Rules.Allocation;

/// <summary>The optimal impact as a function of the budget, as breakpoints in increasing budget order.</summary>
public sealed record FrontierResult
{
    /// <summary>
    /// Gets the breakpoints, by increasing budget and impact, each a proven optimum; empty when no budget is feasible, or
    /// (with <see cref="IsComplete"/> <see langword="false"/>) when limits stopped every solve.
    /// </summary>
    public required IReadOnlyList<FrontierBreakpoint> Breakpoints { get; init; }

    /// <summary>Gets the total eligible amount: every application at its dearest option. The frontier covers budgets from zero to it.</summary>
    public required long MaxBudget { get; init; }

    /// <summary>Gets a value indicating whether every breakpoint up to <see cref="MaxBudget"/> is listed.</summary>
    public required bool IsComplete { get; init; }

    /// <summary>Gets how the frontier was computed.</summary>
    public required FrontierMethod Method { get; init; }

    /// <summary>Gets the application ids in input order, for <see cref="ChoicesAt(long)"/>.</summary>
    public required IReadOnlyList<string> Ids { get; init; }

    /// <summary>Returns the optimal impact at a budget, or <see langword="null"/> when the budget is below the first breakpoint.</summary>
    /// <param name="budget">The budget in kronor.</param>
    /// <returns>The impact of the last breakpoint at or below the budget.</returns>
    public long? ImpactAt(long budget) => IndexAt(budget) is var i and >= 0 ? Breakpoints[i].Impact : null;

    /// <summary>Returns the optimal allocation at a budget (one choice per application in input order), or <see langword="null"/> below the first breakpoint.</summary>
    /// <param name="budget">The budget in kronor.</param>
    /// <returns>The choices of the last breakpoint at or below the budget.</returns>
    public IReadOnlyList<ClassChoice>? ChoicesAt(long budget)
    {
        var last = IndexAt(budget);
        if (last < 0)
        {
            return null;
        }

        var index = Ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        var choices = Ids.Select(id => new ClassChoice(id, -1, 0, 0)).ToArray();
        for (var k = 0; k <= last; k++)
        {
            foreach (var change in Breakpoints[k].Changes)
            {
                choices[index[change.Id]] = change;
            }
        }

        return choices;
    }

    private int IndexAt(long budget)
    {
        int lo = 0, hi = Breakpoints.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Breakpoints[mid].Budget <= budget)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo - 1;
    }
}
