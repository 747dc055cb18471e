using BenchmarkDotNet.Attributes;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Criteria;

namespace Trygghet.Rules.Benchmarks;

/// <summary>Assesses generated rounds with the Stockholm 2024 rule set, one session per application (the baseline) against one per small batch (the default), and the cost of a trace.</summary>
[MemoryDiagnoser]
public class AssessmentBenchmarks
{
    private RoundAssessor assessor = null!;
    private Round round = null!;

    [Params(48, 1_000, 10_000, 50_000)]
    public int Applications { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        assessor = new RoundAssessor(RuleSets.Stockholm2024);
        round = GeneratedRounds.Create(Applications);
        assessor.Assess(round);
    }

    [Benchmark(Baseline = true, Description = "one session per application")]
    public RoundAssessment SessionPerApplication() => assessor.Assess(round, new AssessmentOptions { BatchSize = 1 });

    [Benchmark(Description = "one session per batch (default)")]
    public RoundAssessment SessionPerBatch() => assessor.Assess(round);

    [Benchmark(Description = "one session per batch, with trace")]
    public RoundAssessment WithTrace() => assessor.Assess(round, new AssessmentOptions { IncludeTrace = true });
}
