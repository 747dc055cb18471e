namespace Trygghet.Rules.Impact;

/// <summary>Settings for building funding options; a round may switch partial funding off.</summary>
public sealed record FundingOptionsSettings
{
    /// <summary>The largest value <see cref="ExhaustiveUpToComponents"/> may take: 2¹⁶ − 1 packages.</summary>
    public const int MaxExhaustiveComponents = 16;

    /// <summary>Gets the default settings: partial funding allowed, at most 64 options, every subset up to 6 components.</summary>
    public static FundingOptionsSettings Default { get; } = new();

    /// <summary>Gets a value indicating whether reduced packages are offered; when <see langword="false"/> only the whole eligible package is.</summary>
    public bool AllowPartialFunding { get; init; } = true;

    /// <summary>Gets the most options kept per application, at least 1; the whole package is always one of them.</summary>
    public int MaxOptions { get; init; } = 64;

    /// <summary>
    /// Gets the number of components up to which every non-empty subset is a candidate, from 0 to <see cref="MaxExhaustiveComponents"/>;
    /// above it the candidates are the whole package, each single-component removal and the greedy prefixes.
    /// </summary>
    public int ExhaustiveUpToComponents { get; init; } = 6;
}
