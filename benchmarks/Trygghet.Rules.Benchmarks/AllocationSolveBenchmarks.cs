using BenchmarkDotNet.Attributes;
using Trygghet.Rules.Allocation;

namespace Trygghet.Rules.Benchmarks;

/// <summary>The exact optimizer alone, by family and size, with a 5 s limit (a stopped search returns its gap).</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class AllocationSolveBenchmarks
{
    private static readonly int[] Sizes = [48, 1_000, 10_000, 100_000];
    private readonly MckpOptimizer optimizer = new();
    private AllocationProblem problem = null!;

    /// <summary>
    /// Gets the scenarios: every family at 48, 1 000, 10 000 and 100 000 applications with 4 options, and 10 000 × 3
    /// with 290 capped boards. Each solve has a 5 s limit; every scenario proves its optimum well within it.
    /// </summary>
    /// <remarks>Set <c>TRYGGHET_BENCH_SCENARIOS</c> to a comma-separated list of names (for example <c>weak-48x4,strong-48x4</c>) to run only those.</remarks>
    public static IEnumerable<AllocationScenario> Scenarios() =>
        (from f in Enum.GetValues<InstanceFamily>()
         from n in Sizes
         select new AllocationScenario(f, n, 4))
        .Concat(Enum.GetValues<InstanceFamily>().Select(f => new AllocationScenario(f, 10_000, 3, 290)))
        .Where(s => Environment.GetEnvironmentVariable("TRYGGHET_BENCH_SCENARIOS") is not { Length: > 0 } only
            || only.Split(',', StringSplitOptions.TrimEntries).Contains(s.ToString(), StringComparer.Ordinal));

    [ParamsSource(nameof(Scenarios))]
    public AllocationScenario Scenario { get; set; } = null!;

    [GlobalSetup]
    public void Setup() => problem = AllocationInstances.Create(Scenario.Family, Scenario.Classes, Scenario.Options, Scenario.Boards);

    [Benchmark]
    public AllocationResult Mckp() => optimizer.Solve(problem, new AllocationOptions { TimeLimit = TimeSpan.FromSeconds(5) });
}
