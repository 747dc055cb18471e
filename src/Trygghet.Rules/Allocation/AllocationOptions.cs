namespace Trygghet.Rules.Allocation;

/// <summary>Limits on one optimizer call; when a limit stops the search the best allocation found is returned with its gap.</summary>
public sealed record AllocationOptions
{
    /// <summary>Gets options without limits on time, states and nodes (the tie allowance <see cref="MaxTieStates"/> keeps its default).</summary>
    public static AllocationOptions Default { get; } = new();

    /// <summary>Gets the wall-clock time the search may take, or <see langword="null"/> for no limit.</summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>Gets the number of dynamic-programming states the search may create, or <see langword="null"/> for no limit.</summary>
    public long? MaxStates { get; init; }

    /// <summary>Gets the number of branch-and-bound nodes the search may solve, or <see langword="null"/> for no limit.</summary>
    public long? MaxNodes { get; init; }

    /// <summary>
    /// Gets the number of states the search may keep only to choose, among allocations of equal impact and equal cost,
    /// the one the id tie-break prefers, or <see langword="null"/> for no limit. Past it the impact and cost are still
    /// proven optimal, but the choice between such ties is the first the search found (deterministic, whatever the input
    /// order), and <see cref="AllocationResult.TieBreakComplete"/> is <see langword="false"/>. Real rounds rarely have such
    /// ties; instances whose impacts are costs plus a constant per step have astronomically many.
    /// </summary>
    public long? MaxTieStates { get; init; } = 1_000;

    /// <summary>Gets a token that stops the search like a limit does.</summary>
    public CancellationToken CancellationToken { get; init; }
}
