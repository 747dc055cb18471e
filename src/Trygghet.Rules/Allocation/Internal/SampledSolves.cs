namespace Trygghet.Rules.Allocation.Internal;

/// <summary>
/// The solves at evenly spread budgets that stand in for the frontier when the Pareto list would be too long, without
/// search limits, on several threads: each thread takes the next budget not yet taken, from the largest down (the larger
/// budgets are the harder ones, so the threads finish together). Helpers can start while the exact list is still being
/// built, on the cores it leaves idle, and are abandoned (cancelled, and their solves thrown away) if it succeeds.
/// Every solve is the same whoever runs it, so the result does not depend on the threads.
/// </summary>
internal sealed class SampledSolves : IDisposable
{
    private readonly CanonicalProblem canon;
    private readonly long max;
    private readonly int count;
    private readonly AllocationOptions options;
    private readonly SolveOutcome?[] outcomes;
    private readonly SearchBudget?[] shares;
    private readonly CancellationTokenSource abandon;
    private readonly List<Task> helpers = [];
    private int taken = -1;
    private volatile bool abandoned;
    private bool finished;

    /// <summary>Prepares the solves of <paramref name="count"/> + 1 budgets from 0 to <paramref name="max"/>, each on its own budget of <paramref name="search"/>, which sets no limit but may carry a cancellation token.</summary>
    public SampledSolves(CanonicalProblem canon, long max, int count, AllocationOptions search)
    {
        this.canon = canon;
        this.max = max;
        this.count = count;
        outcomes = new SolveOutcome?[count + 1];
        shares = new SearchBudget?[count + 1];
        abandon = CancellationTokenSource.CreateLinkedTokenSource(search.CancellationToken);
        options = search with { CancellationToken = abandon.Token };
    }

    /// <summary>Returns the <paramref name="k"/>-th budget: <paramref name="k"/>/count of the way to the largest.</summary>
    public static long BudgetAt(long max, int k, int count) => (long)((Int128)max * k / count);

    /// <summary>Gets a value indicating whether the helpers have started.</summary>
    public bool Started { get; private set; }

    /// <summary>Starts <paramref name="threads"/> helpers on the thread pool.</summary>
    public void Start(int threads)
    {
        Started = true;
        for (var t = 0; t < threads; t++)
        {
            helpers.Add(Task.Run(Work));
        }
    }

    /// <summary>Solves, on the calling thread too, every budget not yet taken; waits for the helpers; counts their work into <paramref name="search"/>; returns the outcomes.</summary>
    public SolveOutcome?[] Finish(SearchBudget search)
    {
        try
        {
            Work();
        }
        finally
        {
            finished = true;
            Task.WaitAll([.. helpers]);
        }

        foreach (var share in shares)
        {
            search.Absorb(share!);
        }

        return outcomes;
    }

    /// <summary>Cancels the helpers' solves and waits until they have stopped; their outcomes are not used.</summary>
    public void Abandon()
    {
        finished = true;
        abandoned = true;
        abandon.Cancel();
        Task.WaitAll([.. helpers]);
    }

    /// <summary>Abandons helpers still running (when the frontier stopped with an exception), then frees the cancellation.</summary>
    public void Dispose()
    {
        if (Started && !finished)
        {
            Abandon();
        }

        abandon.Dispose();
    }

    private void Work()
    {
        int i;
        while (!abandoned && (i = Interlocked.Increment(ref taken)) <= count)
        {
            var k = count - i;
            var share = new SearchBudget(options);
            shares[k] = share;
            outcomes[k] = MckpOptimizer.TrySolveOn(canon, BudgetAt(max, k, count), share).Outcome;
        }
    }
}
