namespace Trygghet.Rules.Allocation.Internal;

/// <summary>
/// Persistent chains of choices that differ from a base choice, one node per deviation, so that a dynamic-programming
/// state remembers its allocation in constant space. Stage <c>s</c> holds one unit and its base option.
/// </summary>
internal sealed class StateArena
{
    private int[] parent = new int[256];
    private int[] stage = new int[256];
    private int[] option = new int[256];
    private readonly List<Unit> units = [];
    private readonly List<int> baseOption = [];

    public int Count { get; private set; }

    public int StageCount => units.Count;

    public Unit UnitAt(int s) => units[s];

    public int BaseAt(int s) => baseOption[s];

    public int AddStage(Unit unit, int baseOpt)
    {
        units.Add(unit);
        baseOption.Add(baseOpt);
        return units.Count - 1;
    }

    /// <summary>Returns the node for a choice at a stage: the parent itself when the choice is the base one.</summary>
    public int NodeFor(int parentNode, int s, int opt)
    {
        if (opt == baseOption[s])
        {
            return parentNode;
        }

        if (Count == parent.Length)
        {
            var size = checked(parent.Length * 2);
            Array.Resize(ref parent, size);
            Array.Resize(ref stage, size);
            Array.Resize(ref option, size);
        }

        parent[Count] = parentNode;
        stage[Count] = s;
        option[Count] = opt;
        return Count++;
    }

    /// <summary>Compares the allocations of two chains.</summary>
    public TieDiff Compare(int a, int b)
    {
        var d = TieDiff.None;
        while (a != b)
        {
            var sa = a < 0 ? -1 : stage[a];
            var sb = b < 0 ? -1 : stage[b];
            int s, oa, ob;
            if (sa > sb)
            {
                s = sa;
                oa = option[a];
                ob = baseOption[s];
                a = parent[a];
            }
            else if (sb > sa)
            {
                s = sb;
                oa = baseOption[s];
                ob = option[b];
                b = parent[b];
            }
            else
            {
                s = sa;
                oa = option[a];
                ob = option[b];
                a = parent[a];
                b = parent[b];
            }

            if (oa != ob)
            {
                d = d.Merge(units[s].Compare(oa, ob));
            }
        }

        return d;
    }

    /// <summary>Compares two candidate states made at stage <paramref name="s"/> from their parents and choices.</summary>
    public int CompareCandidates(int parentA, int optA, int parentB, int optB, int s)
    {
        var d = optA != optB ? units[s].Compare(optA, optB) : TieDiff.None;
        return d.Merge(Compare(parentA, parentB)).Sign;
    }

    /// <summary>Compares a candidate state made at stage <paramref name="s"/> with a chain made at that stage or before.</summary>
    public int CompareCandidateWithChain(int parentA, int optA, int s, int chain)
    {
        int optB, rest;
        if (chain >= 0 && stage[chain] == s)
        {
            optB = option[chain];
            rest = parent[chain];
        }
        else
        {
            optB = baseOption[s];
            rest = chain;
        }

        return CompareCandidates(parentA, optA, rest, optB, s);
    }

    /// <summary>Writes the option position of every application the stages' units cover along a chain; stages not on the chain contribute their base option.</summary>
    public void DecodePositions(int chain, int[] positionPerClass)
    {
        // A chain visits stages in decreasing order, each at most once; the units cover disjoint applications.
        var n = chain;
        for (var s = units.Count - 1; s >= 0; s--)
        {
            var opt = baseOption[s];
            if (n >= 0 && stage[n] == s)
            {
                opt = option[n];
                n = parent[n];
            }

            units[s].Decode(opt, positionPerClass);
        }
    }

    /// <summary>Writes the option of every stage's unit along a chain; stages not on the chain get their base option.</summary>
    public void Decode(int chain, int[] optionPerStage)
    {
        for (var s = 0; s < units.Count; s++)
        {
            optionPerStage[s] = baseOption[s];
        }

        // A chain visits stages in decreasing order, each at most once.
        for (var n = chain; n >= 0; n = parent[n])
        {
            optionPerStage[stage[n]] = option[n];
        }
    }
}
