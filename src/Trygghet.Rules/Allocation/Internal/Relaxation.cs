namespace Trygghet.Rules.Allocation.Internal;

/// <summary>The best allocation of one node without the deferred constraints (district minimums, non-merged exclusive groups).</summary>
internal sealed record Relaxation(int[] Positions, long Impact, long Cost, bool Optimal, long UpperBound, int CoreSize)
{
    /// <summary>Solves the node; returns <see langword="null"/> when the restriction admits no allocation.</summary>
    public static Relaxation? Solve(CanonicalProblem canon, Restriction restriction, long capacity, SearchBudget budget)
    {
        var units = UnitCompiler.Compile(canon, restriction, capacity, budget, prune: true, out var truncatedBound);
        if (units is null)
        {
            return null;
        }

        var outcome = CoreSolver.Solve(units, capacity, budget);
        if (outcome is null)
        {
            return null;
        }

        var positions = Enumerable.Repeat(-1, canon.Count).ToArray();
        for (var i = 0; i < units.Count; i++)
        {
            units[i].Decode(outcome.UnitOption[i], positions);
        }

        return truncatedBound is { } bound
            ? new Relaxation(positions, outcome.Impact, outcome.Cost, false, Math.Max(bound, outcome.UpperBound), outcome.CoreSize)
            : new Relaxation(positions, outcome.Impact, outcome.Cost, outcome.Optimal, outcome.UpperBound, outcome.CoreSize);
    }
}
