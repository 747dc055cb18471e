namespace Trygghet.Rules.Allocation.Internal;

/// <summary>A list of states sorted by cost with strictly increasing impact, each with the chain of its allocation.</summary>
internal sealed class ParetoList
{
    public ParetoList(int capacity = 16)
    {
        W = new long[Math.Max(capacity, 4)];
        P = new long[W.Length];
        Node = new int[W.Length];
    }

    public long[] W { get; private set; }

    public long[] P { get; private set; }

    public int[] Node { get; private set; }

    public int Count { get; private set; }

    public void Clear() => Count = 0;

    public void Add(long w, long p, int node)
    {
        var i = Count;
        if (i == W.Length)
        {
            Grow();
        }

        W[i] = w;
        P[i] = p;
        Node[i] = node;
        Count = i + 1;
    }

    private void Grow()
    {
        var size = checked(W.Length * 2);
        var w = W;
        var p = P;
        var n = Node;
        Array.Resize(ref w, size);
        Array.Resize(ref p, size);
        Array.Resize(ref n, size);
        W = w;
        P = p;
        Node = n;
    }
}
