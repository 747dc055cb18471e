using System.Buffers;

namespace Trygghet.Rules.Allocation.Internal;

/// <summary>New nodes of one stage (parent and option), held back from the arena until <see cref="StateArena.Put"/>; its arrays are pooled: <see cref="Release"/> it when done.</summary>
internal sealed class NodeBuffer
{
    private int[] parent = ArrayPool<int>.Shared.Rent(1024);
    private int[] option = ArrayPool<int>.Shared.Rent(1024);

    public int Count { get; private set; }

    public ReadOnlySpan<int> Parents => parent.AsSpan(0, Count);

    public ReadOnlySpan<int> Options => option.AsSpan(0, Count);

    public void Clear() => Count = 0;

    /// <summary>Adds a node; returns its place in the buffer.</summary>
    public int Add(int parentNode, int opt)
    {
        var i = Count;
        if (i == parent.Length || i == option.Length)
        {
            parent = Grow(parent, i);
            option = Grow(option, i);
        }

        parent[i] = parentNode;
        option[i] = opt;
        Count = i + 1;
        return i;
    }

    /// <summary>Gives the arrays back to the pool; the buffer must not be used afterwards.</summary>
    public void Release()
    {
        ArrayPool<int>.Shared.Return(parent);
        ArrayPool<int>.Shared.Return(option);
        (parent, option, Count) = ([], [], 0);
    }

    private static int[] Grow(int[] array, int count)
    {
        var larger = ArrayPool<int>.Shared.Rent(checked(Math.Max(count, 512) * 2));
        Array.Copy(array, larger, count);
        ArrayPool<int>.Shared.Return(array);
        return larger;
    }
}
