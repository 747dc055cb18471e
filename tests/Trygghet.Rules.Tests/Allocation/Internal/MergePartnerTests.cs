using Trygghet.Rules.Allocation.Internal;

namespace Trygghet.Rules.Tests.Allocation.Internal;

public sealed class MergePartnerTests
{
    [Fact]
    public void Start_RunsEachHandOffOnTheSameOtherThread_AndWaitSeesItsWrites()
    {
        using var partner = new MergePartner();
        var caller = Environment.CurrentManagedThreadId;
        var threads = new HashSet<int>();
        var sum = 0L;
        for (var k = 1; k <= 200; k++)
        {
            var value = k;
            partner.Start(() =>
            {
                threads.Add(Environment.CurrentManagedThreadId);
                sum += value;
            });
            partner.Wait();
        }

        Assert.Equal(200L * 201 / 2, sum);
        Assert.DoesNotContain(caller, threads);
        Assert.Single(threads);
    }

    [Fact]
    public void Wait_RethrowsWhatTheWorkThrew_AndThePartnerTakesMoreWork()
    {
        using var partner = new MergePartner();
        partner.Start(() => throw new InvalidOperationException("half failed"));
        var error = Assert.Throws<AggregateException>(partner.Wait);
        Assert.Equal("half failed", Assert.IsType<InvalidOperationException>(error.InnerException).Message);

        var ran = false;
        partner.Start(() => ran = true);
        partner.Wait();
        Assert.True(ran);
    }

    [Theory]
    [InlineData(100, 300, 0.5, 0.625)]
    [InlineData(300, 100, 0.5, 0.375)]
    [InlineData(200, 200, 0.5, 0.5)]
    [InlineData(1, 1_000_000, 0.5, 0.75)]
    [InlineData(1_000_000, 1, 0.5, 0.25)]
    public void Balance_MovesTheSplitHalfwayToWhereBothHalvesTakeAsLong_WithinAFifthOfEitherEnd(long first, long second, double before, double after)
    {
        var workspace = new ParetoMerge.SplitWorkspace();
        try
        {
            Assert.Equal(before, workspace.Fraction);
            workspace.Balance(first, second);
            Assert.Equal(after, workspace.Fraction, 1e-3);

            // Clamped: the second half much slower again cannot push the split past 0.8.
            for (var k = 0; k < 20; k++)
            {
                workspace.Balance(1, 1_000_000);
            }

            Assert.Equal(0.8, workspace.Fraction, 1e-9);
            workspace.Balance(0, 5);
            Assert.Equal(0.8, workspace.Fraction, 1e-9);
        }
        finally
        {
            workspace.Release();
        }
    }
}
