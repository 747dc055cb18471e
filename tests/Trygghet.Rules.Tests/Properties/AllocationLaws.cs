using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Trygghet.Rules.Allocation;
using Trygghet.Rules.Tests.Allocation;

namespace Trygghet.Rules.Tests.Properties;

/// <summary>Laws of the allocation optimizer, checked on random small problems against a brute-force reference.</summary>
public sealed class AllocationLaws
{
    private static readonly MckpOptimizer Optimizer = new();

    private static int[]? Choices(AllocationProblem problem)
    {
        try
        {
            return Optimizer.Solve(problem).Choices.Select(c => c.OptionIndex).ToArray();
        }
        catch (AllocationInfeasibleException)
        {
            return null;
        }
    }

    [Property(MaxTest = 400)]
    public Property Solve_EqualsBruteForce_IncludingTieBreakAndInfeasibility(int seed)
    {
        var problem = SmallInstances.Create(seed);
        var expected = ReferenceSolver.Solve(problem);
        var actual = Choices(problem);
        var same = expected is null ? actual is null : actual is not null && expected.SequenceEqual(actual);
        return same.Label($"seed {seed}: expected [{(expected is null ? "infeasible" : string.Join(",", expected))}] got [{(actual is null ? "infeasible" : string.Join(",", actual))}]");
    }
}
