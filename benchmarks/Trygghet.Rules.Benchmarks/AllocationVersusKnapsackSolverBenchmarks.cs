using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Trygghet.Rules.Allocation;

namespace Trygghet.Rules.Benchmarks;

/// <summary>Plain 0/1 instances (one option per application): the exact optimizer against OR-Tools' knapsack branch and bound (10 s limit).</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
public class AllocationVersusKnapsackSolverBenchmarks
{
    private const double Seconds = 10;
    private static readonly int[] Sizes = [1_000, 10_000];
    private readonly MckpOptimizer optimizer = new();
    private AllocationProblem problem = null!;

    /// <summary>Gets the scenarios: uncorrelated and weakly correlated at 1 000 and 10 000 items, strongly correlated at 48.</summary>
    public static IEnumerable<AllocationScenario> Scenarios() =>
        (from f in Enum.GetValues<InstanceFamily>().Where(f => f != InstanceFamily.StronglyCorrelated)
         from n in Sizes
         select new AllocationScenario(f, n, 1))
        .Append(new AllocationScenario(InstanceFamily.StronglyCorrelated, 48, 1));

    [ParamsSource(nameof(Scenarios))]
    public AllocationScenario Scenario { get; set; } = null!;

    [GlobalSetup]
    public void Setup()
    {
        problem = AllocationInstances.Create(Scenario.Family, Scenario.Classes, Scenario.Options);
        AllocationPeers.Check(Scenario.ToString(), optimizer.Solve(problem), AllocationPeers.Knapsack(problem, Seconds));
    }

    [Benchmark(Baseline = true)]
    public AllocationResult Mckp() => optimizer.Solve(problem);

    [Benchmark]
    public AllocationPeers.PeerResult KnapsackSolver() => AllocationPeers.Knapsack(problem, Seconds);
}
