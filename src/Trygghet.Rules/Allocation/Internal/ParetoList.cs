using System.Buffers;
using System.Runtime.CompilerServices;

namespace Trygghet.Rules.Allocation.Internal;

/// <summary>A list of states sorted by cost with strictly increasing impact, each with the chain of its allocation.</summary>
internal sealed class ParetoList
{
    private readonly bool pooled;
    private int capacity;

    public ParetoList(int capacity = 16)
        : this(capacity, pooled: false)
    {
    }

    private ParetoList(int capacity, bool pooled)
    {
        this.pooled = pooled;
        (W, P, Node, this.capacity) = Allocate(Math.Max(capacity, 16));
    }

    public long[] W { get; private set; }

    public long[] P { get; private set; }

    public int[] Node { get; private set; }

    public int Count { get; private set; }

    /// <summary>The capacity a rented list starts with: one rent of each array covers most core searches, and growing by doubling from a few states cost more in pool traffic than the search itself on small rounds.</summary>
    public const int RentedCapacity = 1024;

    /// <summary>Creates a list whose arrays come from the shared array pools; <see cref="Release"/> gives them back.</summary>
    public static ParetoList Rent(int capacity = RentedCapacity) => new(capacity, pooled: true);

    public void Clear() => Count = 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(long w, long p, int node)
    {
        var i = Count;
        if (i == capacity)
        {
            Grow();
        }

        W[i] = w;
        P[i] = p;
        Node[i] = node;
        Count = i + 1;
    }

    /// <summary>Sets the number of states, making room for them; states past the old count must be written before they are read.</summary>
    public void Resize(int count)
    {
        while (capacity < count)
        {
            Grow();
        }

        Count = count;
    }

    /// <summary>Empties the list and, when its arrays are pooled, returns them; the list must not be used afterwards.</summary>
    public void Release()
    {
        if (pooled)
        {
            ArrayPool<long>.Shared.Return(W);
            ArrayPool<long>.Shared.Return(P);
            ArrayPool<int>.Shared.Return(Node);
        }

        (W, P, Node, capacity, Count) = ([], [], [], 0, 0);
    }

    private (long[] W, long[] P, int[] Node, int Capacity) Allocate(int size)
    {
        if (!pooled)
        {
            return (new long[size], new long[size], new int[size], size);
        }

        var w = ArrayPool<long>.Shared.Rent(size);
        var p = ArrayPool<long>.Shared.Rent(size);
        var n = ArrayPool<int>.Shared.Rent(size);
        return (w, p, n, Math.Min(Math.Min(w.Length, p.Length), n.Length));
    }

    private void Grow()
    {
        var (w, p, n, size) = Allocate(checked(Math.Max(capacity, 8) * 2));
        Array.Copy(W, w, Count);
        Array.Copy(P, p, Count);
        Array.Copy(Node, n, Count);
        if (pooled && capacity > 0)
        {
            ArrayPool<long>.Shared.Return(W);
            ArrayPool<long>.Shared.Return(P);
            ArrayPool<int>.Shared.Return(Node);
        }

        (W, P, Node, capacity) = (w, p, n, size);
    }
}
