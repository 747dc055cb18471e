namespace Trygghet.Rules.Serialization;

/// <summary>Limits that keep <see cref="RoundReader"/> safe on hostile or mistaken input.</summary>
/// <remarks>
/// Exceeding a limit is reported as a <see cref="ValidationProblemCodes.TooLarge"/> problem, never as an
/// out-of-memory failure. The defaults fit any real round by a wide margin.
/// </remarks>
public sealed record RoundReaderOptions
{
    /// <summary>Gets the default options.</summary>
    public static RoundReaderOptions Default { get; } = new();

    /// <summary>Gets the largest file accepted, in bytes; 256 MiB by default, at most 1 GiB.</summary>
    public int MaxBytes { get; init; } = 256 * 1024 * 1024;

    /// <summary>Gets the most applications a round may hold; 100 000 by default, at most 1 000 000.</summary>
    public int MaxApplications { get; init; } = 100_000;

    /// <summary>Gets the most components one application may hold; 200 by default.</summary>
    public int MaxComponentsPerApplication { get; init; } = 200;

    /// <summary>Gets the deepest JSON nesting accepted; 64 by default, at least 8.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Gets the number of problems after which reading stops; 1 000 by default.</summary>
    public int MaxProblems { get; init; } = 1_000;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBytes, 1, nameof(MaxBytes));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxBytes, 1 << 30, nameof(MaxBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxApplications, 0, nameof(MaxApplications));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxApplications, 1_000_000, nameof(MaxApplications));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxComponentsPerApplication, 1, nameof(MaxComponentsPerApplication));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxComponentsPerApplication, 100_000, nameof(MaxComponentsPerApplication));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDepth, 8, nameof(MaxDepth));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxDepth, 1_000, nameof(MaxDepth));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxProblems, 1, nameof(MaxProblems));
    }
}
