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
        int[] indexes = [0, 1, 2, 3, 4, 5, 6];
        var list = new BreakpointList(choices);
        const int count = 5_000;
        for (var i = 0; i < count; i++)
        {
            list.Add(i * 3L, i * 7L, indexes.AsSpan(0, i % 7));
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
        var many = Enumerable.Range(0, 20_000).Select(k => new ClassChoice($"A{k:00000}", 0, 1, 1)).ToArray();
        var indexes = Enumerable.Range(0, many.Length).ToArray();
        var list = new BreakpointList(many);
        list.Add(1, 1, indexes.AsSpan(0, 3));
        list.Add(2, 2, indexes);
        list.Add(3, 3, indexes.AsSpan(0, 1));

        Assert.Equal(3, list[0].Changes.Count);
        Assert.Equal(many, list[1].Changes);
        Assert.Equal(many[0], Assert.Single(list[2].Changes));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(3_000, 2_500)]
    [InlineData(2_048, 9_000)]
    public void AddRange_AnotherList_AppendsItsBreakpointsAndKeepsAdding(int first, int second)
    {
        var choices = Enumerable.Range(0, 7).Select(k => new ClassChoice($"A{k}", k, k * 10, k * 100)).ToArray();
        int[] indexes = [0, 1, 2, 3, 4, 5, 6];
        var list = new BreakpointList(choices);
        var other = new BreakpointList(choices);
        for (var i = 0; i < first + second; i++)
        {
            (i < first ? list : other).Add(i * 3L, i * 7L, indexes.AsSpan(0, i % 7));
        }

        list.AddRange(other);
        list.Add(-1, -1, indexes.AsSpan(0, 2));

        Assert.Equal(first + second + 1, list.Count);
        for (var i = 0; i < first + second; i++)
        {
            Assert.Equal((i * 3L, i * 7L), (list[i].Budget, list[i].Impact));
            Assert.Equal(choices.Take(i % 7), list[i].Changes);
        }

        Assert.Equal(choices.Take(2), list[^1].Changes);
    }

    [Fact]
    public void Indexer_TheSameBreakpointTwice_GivesEqualBreakpoints()
    {
        var choices = new[] { new ClassChoice("A", 0, 10, 100), new ClassChoice("B", 1, 20, 200) };
        var list = new BreakpointList(choices);
        list.Add(10, 100, [1, 0]);

        Assert.Equal(list[0], list[0]);
        Assert.Equal([choices[1], choices[0]], list[0].Changes);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[0].Changes[2]);
    }

    [Fact]
    public void AddRange_OverOtherChoices_Throws()
    {
        var list = new BreakpointList([new ClassChoice("A", 0, 10, 100)]);
        Assert.Throws<ArgumentException>(() => list.AddRange(new BreakpointList([new ClassChoice("A", 0, 10, 100)])));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    public void Indexer_OutsideTheList_Throws(int index)
    {
        var list = new BreakpointList([]);
        list.Add(0, 0, []);

        Assert.Throws<ArgumentOutOfRangeException>(() => list[index]);
    }
}
