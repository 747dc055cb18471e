using BenchmarkDotNet.Attributes;
using Trygghet.Rules.Allocation;

namespace Trygghet.Rules.Benchmarks;

/// <summary>The exact budget frontier of a round the size of Stockholm 2024 (48 applications), against solving once.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class AllocationFrontierBenchmarks
{
    private readonly MckpOptimizer optimizer = new();
    private AllocationProblem problem = null!;

    [Params(InstanceFamily.Uncorrelated, InstanceFamily.WeaklyCorrelated, InstanceFamily.StronglyCorrelated)]
    public InstanceFamily Family { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        problem = AllocationInstances.Create(Family, 48, 4);
        var frontier = optimizer.ComputeFrontier(problem);
        var solved = optimizer.Solve(problem);
        if (!frontier.IsComplete || frontier.ImpactAt(problem.Budget) != solved.TotalImpact)
        {
            throw new InvalidOperationException($"Frontier ({frontier.ImpactAt(problem.Budget)}, complete {frontier.IsComplete}) disagrees with the optimizer ({solved.TotalImpact}).");
        }

        Console.WriteLine($"// {Family}: {frontier.Breakpoints.Count} breakpoints");
    }

    [Benchmark(Baseline = true)]
    public AllocationResult Solve() => optimizer.Solve(problem);

    [Benchmark]
    public FrontierResult Frontier() => optimizer.ComputeFrontier(problem);
}
