namespace Trygghet.Rules.Allocation;

/// <summary>Limits on one optimizer call; when a limit stops the search the best allocation found is returned with its gap.</summary>
public sealed record AllocationOptions
{
    /// <summary>Gets options without limits.</summary>
    public static AllocationOptions Default { get; } = new();

    /// <summary>Gets the wall-clock time the search may take, or <see langword="null"/> for no limit.</summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>Gets the number of dynamic-programming states the search may create, or <see langword="null"/> for no limit.</summary>
    public long? MaxStates { get; init; }

    /// <summary>Gets the number of branch-and-bound nodes the search may solve, or <see langword="null"/> for no limit.</summary>
    public long? MaxNodes { get; init; }

    /// <summary>Gets a token that stops the search like a limit does.</summary>
    public CancellationToken CancellationToken { get; init; }
}
