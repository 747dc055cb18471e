namespace Trygghet.Rules.Assessment;

/// <summary>Options for assessing a round.</summary>
public sealed record AssessmentOptions
{
    /// <summary>The number of applications one rules session assesses, chosen by the assessment benchmarks.</summary>
    internal const int DefaultBatchSize = 1;

    /// <summary>Gets the default options: no trace, as many threads as the machine has cores.</summary>
    public static AssessmentOptions Default { get; } = new();

    /// <summary>Gets a value indicating whether each assessment carries a trace of the rules that fired, the facts they matched and the parameters they used.</summary>
    public bool IncludeTrace { get; init; }

    /// <summary>Gets the most applications assessed at once, or <see langword="null"/> for one per core.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>Gets the number of applications one rules session assesses; the results do not depend on it.</summary>
    internal int BatchSize { get; init; } = DefaultBatchSize;
}
