using Trygghet.Rules.Allocation;
using Trygghet.Rules.Allocation.Internal;

namespace Trygghet.Rules.Tests.Allocation.Internal;

public sealed class BreakpointListTests
{
    [Fact]
    public void Add_AcrossChunkBoundaries_ReadsBackEveryBreakpointWithItsOwnChanges()
    {
        // Breakpoints of 0..6 changes, enough of them to fill several chunks of entries and of changes.
        var choices = Enumerable.Range(0, 7).Select(k => new ClassChoice($"A{k}", k, k * 10, k * 100)).ToArray();
        var list = new BreakpointList();
        const int count = 5_000;
        for (var i = 0; i < count; i++)
        {
            list.Add(i * 3L, i * 7L, choices.AsSpan(0, i % 7));
        }

        Assert.Equal(count, list.Count);
        var index = 0;
        foreach (var breakpoint in list)
        {
            Assert.Equal(index * 3L, breakpoint.Budget);
            Assert.Equal(index * 7L, breakpoint.Impact);
            Assert.Equal(choices.Take(index % 7), breakpoint.Changes);
            index++;
        }

        Assert.Equal(count, index);
    }

    [Fact]
    public void Add_ABreakpointWithMoreChangesThanAChunk_KeepsThemTogether()
    {
        var many = Enumerable.Range(0, 10_000).Select(k => new ClassChoice($"A{k:00000}", 0, 1, 1)).ToArray();
        var list = new BreakpointList();
        list.Add(1, 1, many.AsSpan(0, 3));
        list.Add(2, 2, many);
        list.Add(3, 3, many.AsSpan(0, 1));

        Assert.Equal(3, list[0].Changes.Count);
        Assert.Equal(many, list[1].Changes);
        Assert.Equal(many[0], Assert.Single(list[2].Changes));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    public void Indexer_OutsideTheList_Throws(int index)
    {
        var list = new BreakpointList();
        list.Add(0, 0, []);

        Assert.Throws<ArgumentOutOfRangeException>(() => list[index]);
    }
}
