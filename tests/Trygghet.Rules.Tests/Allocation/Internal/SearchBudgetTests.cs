using Trygghet.Rules.Allocation;
using Trygghet.Rules.Allocation.Internal;

namespace Trygghet.Rules.Tests.Allocation.Internal;

public sealed class SearchBudgetTests
{
    [Fact]
    public void Share_SplitsWhatIsLeftOfEachLimitEvenly()
    {
        var budget = new SearchBudget(new AllocationOptions { MaxStates = 100, MaxNodes = 10 });
        budget.ChargeStates(40);
        budget.ChargeNode();

        var share = budget.Share(3);

        Assert.Equal(20, share.MaxStates);
        Assert.Equal(3, share.MaxNodes);
        Assert.Null(share.TimeLimit);
    }

    [Fact]
    public void Share_OfASpentLimit_IsZero_AndAbsorbCountsTheShareBack()
    {
        var budget = new SearchBudget(new AllocationOptions { MaxStates = 10, TimeLimit = TimeSpan.FromHours(1) });
        var first = new SearchBudget(budget.Share(2));
        first.ChargeStates(12);
        budget.Absorb(first);

        var second = budget.Share(1);

        Assert.Equal(12, budget.States);
        Assert.False(budget.Check());
        Assert.Equal(0, second.MaxStates);
        Assert.InRange(second.TimeLimit!.Value, TimeSpan.FromMinutes(59), TimeSpan.FromHours(1));
    }

    [Fact]
    public void Share_WithoutLimits_HasNone()
    {
        var share = new SearchBudget(null).Share(64);

        Assert.Null(share.MaxStates);
        Assert.Null(share.MaxNodes);
        Assert.Null(share.TimeLimit);
    }
}
