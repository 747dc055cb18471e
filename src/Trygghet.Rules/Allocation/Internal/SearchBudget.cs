using System.Diagnostics;

namespace Trygghet.Rules.Allocation.Internal;

/// <summary>Counts the work of one optimizer call against the caller's limits; the only clock is the optional time limit.</summary>
internal sealed class SearchBudget
{
    private readonly AllocationOptions options;
    private readonly Stopwatch? stopwatch;

    public SearchBudget(AllocationOptions? options)
    {
        this.options = options ?? AllocationOptions.Default;
        stopwatch = this.options.TimeLimit is null ? null : Stopwatch.StartNew();
    }

    public long States { get; private set; }

    public long Nodes { get; private set; }

    public bool Stopped { get; private set; }

    /// <summary>Records states created; returns <see langword="false"/> once a limit is reached.</summary>
    public bool ChargeStates(long count)
    {
        States += count;
        return Check();
    }

    /// <summary>Records a branch-and-bound node; returns <see langword="false"/> once a limit is reached.</summary>
    public bool ChargeNode()
    {
        Nodes++;
        return Check();
    }

    /// <summary>
    /// Returns limits for one of <paramref name="parts"/> equal shares of what is left of these limits (time, states and
    /// nodes; the cancellation token is shared). Count a share's work back with <see cref="Absorb"/>.
    /// </summary>
    public AllocationOptions Share(int parts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parts, 1);
        return options with
        {
            TimeLimit = options.TimeLimit is { } time ? (time - stopwatch!.Elapsed > TimeSpan.Zero ? (time - stopwatch.Elapsed) / parts : TimeSpan.Zero) : null,
            MaxStates = options.MaxStates is { } states ? Math.Max(0, states - States) / parts : null,
            MaxNodes = options.MaxNodes is { } nodes ? Math.Max(0, nodes - Nodes) / parts : null,
        };
    }

    /// <summary>Counts the work of a search that ran on a <see cref="Share"/> of these limits.</summary>
    public void Absorb(SearchBudget share)
    {
        States += share.States;
        Nodes += share.Nodes;
    }

    public bool Check()
    {
        if (Stopped)
        {
            return false;
        }

        if ((options.MaxStates is { } maxStates && States > maxStates)
            || (options.MaxNodes is { } maxNodes && Nodes > maxNodes)
            || (stopwatch is not null && stopwatch.Elapsed > options.TimeLimit)
            || options.CancellationToken.IsCancellationRequested)
        {
            Stopped = true;
        }

        return !Stopped;
    }
}
