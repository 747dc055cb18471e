using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Trygghet.Rules.Allocation;

namespace Trygghet.Rules.Benchmarks;

/// <summary>
/// The exact optimizer against OR-Tools CP-SAT on the same instances; objectives checked in setup. CP-SAT runs its
/// portfolio of 8 workers (the size its authors recommend; on one worker it reached no optimum at 10 000 applications in
/// 5 to 15 minutes), for 20 s up to 1 000 applications and 300 s at 10 000.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 2)]
public class AllocationVersusCpSatBenchmarks
{
    private const int CpSatWorkers = 8;
    private static readonly int[] Sizes = [48, 1_000, 10_000];
    private readonly MckpOptimizer optimizer = new();
    private AllocationProblem problem = null!;
    private double cpSatSeconds;

    /// <summary>Gets the scenarios: 48, 1 000 and 10 000 applications × 4 options (strongly correlated at 48 and 1 000), and 10 000 × 3 with 290 capped boards (uncorrelated and weakly correlated).</summary>
    public static IEnumerable<AllocationScenario> Scenarios() =>
        (from f in Enum.GetValues<InstanceFamily>().Where(f => f != InstanceFamily.StronglyCorrelated)
         from n in Sizes
         select new AllocationScenario(f, n, 4))
        .Append(new AllocationScenario(InstanceFamily.StronglyCorrelated, 48, 4))
        .Append(new AllocationScenario(InstanceFamily.StronglyCorrelated, 1_000, 4))
        .Append(new AllocationScenario(InstanceFamily.Uncorrelated, 10_000, 3, 290))
        .Append(new AllocationScenario(InstanceFamily.WeaklyCorrelated, 10_000, 3, 290));

    [ParamsSource(nameof(Scenarios))]
    public AllocationScenario Scenario { get; set; } = null!;

    [GlobalSetup]
    public void Setup()
    {
        problem = AllocationInstances.Create(Scenario.Family, Scenario.Classes, Scenario.Options, Scenario.Boards);
        cpSatSeconds = Scenario.Classes >= 10_000 ? 300 : 20;
        AllocationPeers.Check(Scenario.ToString(), optimizer.Solve(problem), AllocationPeers.CpSat(problem, cpSatSeconds, CpSatWorkers));
    }

    [Benchmark(Baseline = true)]
    public AllocationResult Mckp() => optimizer.Solve(problem);

    [Benchmark]
    public AllocationPeers.PeerResult CpSat() => AllocationPeers.CpSat(problem, cpSatSeconds, CpSatWorkers);
}
