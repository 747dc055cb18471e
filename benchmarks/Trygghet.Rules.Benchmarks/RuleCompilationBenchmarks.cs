using BenchmarkDotNet.Attributes;
using Trygghet.Rules.Criteria;

namespace Trygghet.Rules.Benchmarks;

/// <summary>Compiles the Stockholm 2024 rule set into an NRules session factory from scratch.</summary>
[MemoryDiagnoser]
public class RuleCompilationBenchmarks
{
    private RuleSet ruleSet = null!;

    [GlobalSetup]
    public void Setup() => ruleSet = RuleSets.Stockholm2024;

    [Benchmark(Baseline = true)]
    public CompiledRuleSet CompileStockholm2024() => CompiledRuleSet.Create(ruleSet.Rules);
}
