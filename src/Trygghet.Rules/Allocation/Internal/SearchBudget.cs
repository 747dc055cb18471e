using System.Diagnostics;

namespace Trygghet.Rules.Allocation.Internal;

/// <summary>
/// Counts the work of one optimizer call against the caller's limits; the only clock is the optional time limit.
/// State and node limits are exact. The clock and the cancellation token are read once per
/// <see cref="StatesPerClockRead"/> states or <see cref="NodesPerClockRead"/> nodes (a few microseconds of work), so that
/// a small solve does not spend its time reading the clock.
/// </summary>
internal sealed class SearchBudget
{
    /// <summary>The states charged between two reads of the clock and the cancellation token.</summary>
    public const long StatesPerClockRead = 4_096;

    /// <summary>The nodes charged between two reads of the clock and the cancellation token.</summary>
    public const long NodesPerClockRead = 8;

    private readonly AllocationOptions options;
    private readonly Stopwatch? stopwatch;
    private long statesAtClockRead = -StatesPerClockRead;
    private long nodesAtClockRead;

    public SearchBudget(AllocationOptions? options)
    {
        this.options = options ?? AllocationOptions.Default;
        stopwatch = this.options.TimeLimit is null ? null : Stopwatch.StartNew();
    }

    public long States { get; private set; }

    /// <summary>Gets the shortest core list that is joined with the allocations of the units the core would take next (see <see cref="LookaheadJoin"/>); tests set it to zero.</summary>
    public int JoinFromListSize { get; init; } = 2_048;

    /// <summary>
    /// Gets the shortest core list from which, when the cardinality bound does not apply, the one-move completion (and
    /// the join) is built: <see langword="null"/> for an eighth of the moves it would sort; tests set it to zero.
    /// </summary>
    public long? CompletionFromListSize { get; init; }

    /// <summary>Gets the most states a capped board's list may reach under the proven band before the bands are narrowed (see <see cref="Relaxation.Solve"/>); tests set it to 0 to narrow always.</summary>
    public long BoardStatesBeforeNarrowing { get; init; } = 10_000;

    /// <summary>Gets how many times the first narrowed band divides the proven band's slack by <see cref="UnitCompiler.NarrowingFactor"/>; each unproven try divides it once less.</summary>
    public int Narrowing { get; init; } = 2;

    public long Nodes { get; private set; }

    /// <summary>Gets the states kept only to decide between allocations of equal impact and equal cost.</summary>
    public long TieStates { get; private set; }

    /// <summary>Gets a value indicating whether a state that could only tie the incumbent was dropped because the tie allowance ran out.</summary>
    public bool TieBreakCut { get; private set; }

    public bool Stopped { get; private set; }

    /// <summary>Records states created; returns <see langword="false"/> once a limit is reached.</summary>
    public bool ChargeStates(long count)
    {
        States += count;
        return Check();
    }

    /// <summary>Records a state kept only for the id tie-break; returns <see langword="false"/> (and records the cut) once the allowance is spent.</summary>
    public bool ChargeTieState()
    {
        if (options.MaxTieStates is { } max && TieStates >= max)
        {
            TieBreakCut = true;
            return false;
        }

        TieStates++;
        return true;
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
            || (options.MaxNodes is { } maxNodes && Nodes > maxNodes))
        {
            Stopped = true;
            return false;
        }

        if (States - statesAtClockRead < StatesPerClockRead && Nodes - nodesAtClockRead < NodesPerClockRead)
        {
            return true;
        }

        statesAtClockRead = States;
        nodesAtClockRead = Nodes;
        Stopped = (stopwatch is not null && stopwatch.Elapsed > options.TimeLimit) || options.CancellationToken.IsCancellationRequested;
        return !Stopped;
    }
}
