using BenchmarkDotNet.Attributes;
using Trygghet.Rules.Allocation;

namespace Trygghet.Rules.Benchmarks;

/// <summary>The exact budget frontier of a round the size of Stockholm 2024 (48 applications), against solving once.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class AllocationFrontierBenchmarks
{
    private static readonly FrontierOptions OneThread = FrontierOptions.Default with { MaxDegreeOfParallelism = 1 };
    private readonly MckpOptimizer optimizer = new();
    private AllocationProblem problem = null!;

    [Params(InstanceFamily.Uncorrelated, InstanceFamily.WeaklyCorrelated, InstanceFamily.StronglyCorrelated)]
    public InstanceFamily Family { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        problem = AllocationInstances.Create(Family, 48, 4);
        var frontier = optimizer.ComputeFrontier(problem);

        // A complete frontier must equal the optimizer at the round's budget; a sampled one at each budget it lists.
        var budgets = frontier.IsComplete ? [problem.Budget] : frontier.Breakpoints.Select(b => b.Budget).ToArray();
        foreach (var budget in budgets)
        {
            var solved = optimizer.Solve(problem.WithBudget(budget));
            if (frontier.ImpactAt(budget) != solved.TotalImpact)
            {
                throw new InvalidOperationException($"Frontier ({frontier.ImpactAt(budget)} at {budget}) disagrees with the optimizer ({solved.TotalImpact}).");
            }
        }

        Console.WriteLine($"// {Family}: {frontier.Breakpoints.Count} breakpoints, {frontier.Method}, complete {frontier.IsComplete}");
    }

    [Benchmark(Baseline = true)]
    public AllocationResult Solve() => optimizer.Solve(problem);

    [Benchmark]
    public FrontierResult Frontier() => optimizer.ComputeFrontier(problem);

    /// <summary>The frontier on one thread: what the two-thread merge of the Pareto list saves.</summary>
    [Benchmark]
    public FrontierResult FrontierOneThread() => optimizer.ComputeFrontier(problem, OneThread);
}
