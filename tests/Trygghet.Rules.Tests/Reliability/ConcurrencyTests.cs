using System.Collections.Concurrent;
using System.Diagnostics;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Criteria;
using Trygghet.Rules.Decisions;
using Trygghet.Rules.Serialization;
using Trygghet.Rules.Tests.Generators;

namespace Trygghet.Rules.Tests.Reliability;

/// <summary>One runner shared by many threads gives what it gives alone, and a long run stops promptly when cancelled.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public void OneRunnerOnEightThreads_GivesTheSameResultsAsSequentialUse()
    {
        var rounds = Pipeline.Sample(RoundGenerators.ValidRound(8, withConstraints: true), 1_000, seed: 20_240_215);
        var runner = new RoundRunner(RuleSets.Stockholm2024);
        var sequential = rounds.Select(r => Outcome(runner, r)).ToArray();

        var parallel = new string[rounds.Length];
        var failures = new ConcurrentQueue<Exception>();
        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            for (var i = t; i < rounds.Length; i += 8)
            {
                try
                {
                    parallel[i] = Outcome(runner, rounds[i]);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    failures.Enqueue(ex);
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Empty(failures);
        Assert.Equal(sequential, parallel);
        Assert.Contains(sequential, s => !s.StartsWith("infeasible", StringComparison.Ordinal));
    }

    /// <remarks>
    /// The token is cancelled from a thread of its own, as a host's Ctrl+C handler would: a timer's callback
    /// (<c>CancelAfter</c>) runs on the thread pool, which the run keeps busy, so it may fire seconds late.
    /// </remarks>
    [Fact]
    public void LongRun_CancelledAfterFiftyMilliseconds_ThrowsPromptly()
    {
        var round = Replicated(BuiltInRounds.Stockholm2024, 20_000);
        var runner = new RoundRunner(RuleSets.Stockholm2024);
        using var cancellation = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        var canceller = new Thread(() =>
        {
            Thread.Sleep(50);
            cancellation.Cancel();
        });
        canceller.Start();

        Assert.ThrowsAny<OperationCanceledException>(() => runner.Run(round, cancellationToken: cancellation.Token));

        canceller.Join();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"Cancellation took {clock.Elapsed.TotalMilliseconds:F0} ms.");
    }

    [Fact]
    public void RunWithAnAlreadyCancelledToken_ThrowsWithoutWork()
    {
        var runner = new RoundRunner(RuleSets.Stockholm2024);

        Assert.ThrowsAny<OperationCanceledException>(() => runner.Run(BuiltInRounds.Stockholm2024, cancellationToken: new CancellationToken(canceled: true)));
    }

    /// <summary>The result file, or the conflict when the round's constraints cannot all hold.</summary>
    private static string Outcome(RoundRunner runner, Round round)
    {
        try
        {
            return ResultWriter.Write(ResultDocuments.From(runner.Run(round)));
        }
        catch (Trygghet.Rules.Allocation.AllocationInfeasibleException ex)
        {
            return "infeasible: " + ex.Message;
        }
    }

    /// <summary>The round with its applications copied until it holds <paramref name="count"/>, each copy with its own id.</summary>
    internal static Round Replicated(Round round, int count) => round with
    {
        Applications = [.. Enumerable.Range(0, count).Select(i =>
        {
            var application = round.Applications[i % round.Applications.Count];
            return i < round.Applications.Count ? application : application with { Id = $"{application.Id}-copy{i}" };
        })],
    };
}
