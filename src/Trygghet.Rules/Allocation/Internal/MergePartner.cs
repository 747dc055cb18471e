namespace Trygghet.Rules.Allocation.Internal;

/// <summary>
/// The second thread of one dynamic programme's split merges (<see cref="ParetoMerge.RunSplit"/>), kept for the
/// programme's whole run. Between hand-offs it spins briefly and then blocks, so that a hand-off (one per split stage,
/// a fraction of a millisecond apart) does not wait for the thread pool to wake a worker: with a task per hand-off the
/// second half started 78 µs late on average on the 2-core VM, and the split programme was hardly faster than one thread.
/// </summary>
internal sealed class MergePartner : IDisposable
{
    // The most spinning a ManualResetEventSlim takes before it blocks: the serial work between two hand-offs is short.
    private const int SpinCount = 2_047;

    private readonly ManualResetEventSlim ready = new(false, SpinCount);
    private readonly ManualResetEventSlim done = new(false, SpinCount);
    private readonly Thread thread;
    private Action? work;
    private Exception? error;
    private volatile bool stopping;

    public MergePartner()
    {
        thread = new Thread(Loop) { IsBackground = true, Name = "Trygghet merge partner" };
        thread.Start();
    }

    /// <summary>Starts <paramref name="action"/> on the partner thread; <see cref="Wait"/> for it before the next.</summary>
    public void Start(Action action)
    {
        work = action;
        done.Reset();
        ready.Set();
    }

    /// <summary>Waits for the work started last; rethrows what it threw.</summary>
    public void Wait()
    {
        done.Wait();
        if (error is { } e)
        {
            error = null;
            throw new AggregateException(e);
        }
    }

    public void Dispose()
    {
        stopping = true;
        ready.Set();
        thread.Join();
        ready.Dispose();
        done.Dispose();
    }

    private void Loop()
    {
        while (true)
        {
            ready.Wait();
            ready.Reset();
            if (stopping)
            {
                return;
            }

            try
            {
                work!();
            }
            catch (Exception e)
            {
                error = e;
            }

            work = null;
            done.Set();
        }
    }
}
