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
        if (Count == W.Length)
        {
            var size = checked(W.Length * 2);
            var w2 = W;
            var p2 = P;
            var n2 = Node;
            Array.Resize(ref w2, size);
            Array.Resize(ref p2, size);
            Array.Resize(ref n2, size);
            W = w2;
            P = p2;
            Node = n2;
        }

        W[Count] = w;
        P[Count] = p;
        Node[Count] = node;
        Count++;
    }
}
