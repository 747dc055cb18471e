using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Trygghet.Rules.Allocation;

namespace Trygghet.Rules.Benchmarks;

/// <summary>The exact optimizer against OR-Tools CP-SAT (one worker, 20 s limit) on the same instances; objectives checked in setup.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 2)]
public class AllocationVersusCpSatBenchmarks
{
    private const double CpSatSeconds = 20;
    private static readonly int[] Sizes = [48, 1_000, 10_000];
    private readonly MckpOptimizer optimizer = new();
    private AllocationProblem problem = null!;

    /// <summary>Gets the scenarios: 48, 1 000 and 10 000 applications × 4 options (strongly correlated at 48 and 1 000), and 10 000 × 3 with 290 capped boards.</summary>
    public static IEnumerable<AllocationScenario> Scenarios() =>
        (from f in Enum.GetValues<InstanceFamily>().Where(f => f != InstanceFamily.StronglyCorrelated)
         from n in Sizes
         select new AllocationScenario(f, n, 4))
        .Append(new AllocationScenario(InstanceFamily.StronglyCorrelated, 48, 4))
        .Append(new AllocationScenario(InstanceFamily.StronglyCorrelated, 1_000, 4))
        .Append(new AllocationScenario(InstanceFamily.Uncorrelated, 10_000, 3, 290));

    [ParamsSource(nameof(Scenarios))]
    public AllocationScenario Scenario { get; set; } = null!;

    [GlobalSetup]
    public void Setup()
    {
        problem = AllocationInstances.Create(Scenario.Family, Scenario.Classes, Scenario.Options, Scenario.Boards);
        AllocationPeers.Check(Scenario.ToString(), optimizer.Solve(problem), AllocationPeers.CpSat(problem, CpSatSeconds));
    }

    [Benchmark(Baseline = true)]
    public AllocationResult Mckp() => optimizer.Solve(problem);

    [Benchmark]
    public AllocationPeers.PeerResult CpSat() => AllocationPeers.CpSat(problem, CpSatSeconds);
}
