using System.Globalization;

namespace Trygghet.Rules.Allocation.Internal;

/// <summary>Validation and canonical ordering of an <see cref="AllocationProblem"/>.</summary>
internal sealed partial class CanonicalProblem
{
    /// <summary>Validates the problem, collecting every caller mistake into one <see cref="ArgumentException"/>.</summary>
    public static CanonicalProblem Create(AllocationProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var errors = new List<string>();
        if (problem.Budget < 0)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"The budget must not be negative (was {problem.Budget})."));
        }

        var classes = problem.Classes ?? [];
        var byId = new Dictionary<string, int>(classes.Count, StringComparer.Ordinal);
        for (var i = 0; i < classes.Count; i++)
        {
            var c = classes[i];
            if (c is null || string.IsNullOrEmpty(c.Id))
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"Application at position {i} has no id."));
                continue;
            }

            if (!byId.TryAdd(c.Id, i))
            {
                errors.Add($"Application id '{c.Id}' appears more than once.");
            }

            var options = c.Options ?? [];
            for (var k = 0; k < options.Count; k++)
            {
                var o = options[k];
                if (o.Cost <= 0 || o.Impact < 0)
                {
                    errors.Add(string.Create(CultureInfo.InvariantCulture, $"Application '{c.Id}' has an option (key {o.Key}) with cost {o.Cost} and impact {o.Impact}: the cost must be positive and the impact not negative."));
                }
            }
        }

        foreach (var id in problem.MustFund ?? [])
        {
            if (id is null || !byId.ContainsKey(id))
            {
                errors.Add($"Must-fund application '{id}' is not in the problem.");
            }
        }

        foreach (var group in problem.MutuallyExclusive ?? [])
        {
            foreach (var id in group ?? [])
            {
                if (id is null || !byId.ContainsKey(id))
                {
                    errors.Add($"Mutually exclusive application '{id}' is not in the problem.");
                }
            }
        }

        foreach (var cap in problem.BoardCaps ?? [])
        {
            if (cap is null || cap.Max < 0)
            {
                errors.Add($"The cap for board '{cap?.BoardId}' must not be negative.");
            }
        }

        foreach (var min in problem.DistrictMinimums ?? [])
        {
            if (min is null || min.Min < 0)
            {
                errors.Add($"The minimum for district '{min?.DistrictArea}' must not be negative.");
            }
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException("The allocation problem is not valid: " + string.Join(" ", errors), nameof(problem));
        }

        return Build(problem, classes, byId);
    }

    private static CanonicalProblem Build(AllocationProblem problem, IReadOnlyList<AllocationClass> classes, Dictionary<string, int> byId)
    {
        var n = classes.Count;
        // Ids are unique (validated), so an unstable sort gives the one ordinal order.
        var order = new int[n];
        var sortedIds = new string[n];
        var inOrder = true;
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
            sortedIds[i] = classes[i].Id;
            inOrder &= i == 0 || string.CompareOrdinal(sortedIds[i - 1], sortedIds[i]) < 0;
        }

        if (!inOrder)
        {
            Array.Sort(sortedIds, order, StringComparer.Ordinal);
        }

        var rankOfInput = new int[n];
        for (var r = 0; r < n; r++)
        {
            rankOfInput[order[r]] = r;
        }

        var boardIds = SortedDistinct(classes.Select(c => c.BoardId));
        var districts = SortedDistinct(classes.Select(c => c.DistrictArea).Concat((problem.DistrictMinimums ?? []).Select(m => m.DistrictArea)));
        var boardCap = Enumerable.Repeat(long.MaxValue, boardIds.Length).ToArray();
        foreach (var cap in problem.BoardCaps ?? [])
        {
            var b = Array.BinarySearch(boardIds, cap.BoardId ?? string.Empty, StringComparer.Ordinal);
            if (b >= 0)
            {
                boardCap[b] = Math.Min(boardCap[b], cap.Max);
            }
        }

        var districtMin = new long[districts.Length];
        foreach (var min in problem.DistrictMinimums ?? [])
        {
            var d = Array.BinarySearch(districts, min.DistrictArea ?? string.Empty, StringComparer.Ordinal);
            if (d >= 0)
            {
                districtMin[d] = Math.Max(districtMin[d], min.Min);
            }
        }

        var mustFund = new bool[n];
        foreach (var id in problem.MustFund ?? [])
        {
            mustFund[rankOfInput[byId[id]]] = true;
        }

        var groups = (problem.MutuallyExclusive ?? [])
            .Select(g => g.Select(id => rankOfInput[byId[id]]).Distinct().Order().ToArray())
            .Where(g => g.Length >= 2)
            .ToArray();
        var board = new int[n];
        var district = new int[n];
        for (var r = 0; r < n; r++)
        {
            board[r] = Array.BinarySearch(boardIds, classes[order[r]].BoardId ?? string.Empty, StringComparer.Ordinal);
            district[r] = Array.BinarySearch(districts, classes[order[r]].DistrictArea ?? string.Empty, StringComparer.Ordinal);
        }

        var (merged, mergedOf) = ClassifyGroups(groups, board, boardCap, n);
        var cost = new long[n][];
        var impact = new long[n][];
        var original = new int[n][];
        var idx = new int[16];
        var kept = new int[16];
        for (var r = 0; r < n; r++)
        {
            var options = classes[order[r]].Options ?? [];
            if (idx.Length < options.Count)
            {
                idx = new int[options.Count];
                kept = new int[options.Count];
            }

            SortOptions(options, idx);

            // A district minimum is a covering constraint: there a dearer option with no more impact can still be
            // the one that reaches the minimum, so only options of equal cost are compared.
            var covering = districtMin[district[r]] > 0;
            var count = 0;
            for (var t = 0; t < options.Count; t++)
            {
                var k = idx[t];
                if (count == 0 || (covering ? options[k].Cost > options[kept[count - 1]].Cost : options[k].Impact > options[kept[count - 1]].Impact))
                {
                    kept[count++] = k;
                }
            }

            cost[r] = new long[count];
            impact[r] = new long[count];
            original[r] = new int[count];
            for (var t = 0; t < count; t++)
            {
                cost[r][t] = options[kept[t]].Cost;
                impact[r][t] = options[kept[t]].Impact;
                original[r][t] = kept[t];
            }
        }

        return new CanonicalProblem
        {
            Source = problem,
            Ids = sortedIds,
            InputIndex = order,
            Board = board,
            BoardIds = boardIds,
            BoardCap = boardCap,
            District = district,
            Districts = districts,
            DistrictMin = districtMin,
            MustFund = mustFund,
            Groups = groups,
            GroupMerged = merged,
            MergedGroupOf = mergedOf,
            Cost = cost,
            Impact = impact,
            Original = original,
        };
    }

    /// <summary>Returns the distinct names (a missing one as the empty name) in ordinal order.</summary>
    private static string[] SortedDistinct(IEnumerable<string?> names)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            set.Add(name ?? string.Empty);
        }

        var sorted = set.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return sorted;
    }

    /// <summary>Sorts option indices by cost, then impact descending, then index (insertion sort: classes have few options).</summary>
    private static void SortOptions(IReadOnlyList<AllocationOption> options, int[] idx)
    {
        for (var t = 0; t < options.Count; t++)
        {
            var k = t;
            var j = t - 1;
            while (j >= 0 && Before(options, k, idx[j]))
            {
                idx[j + 1] = idx[j];
                j--;
            }

            idx[j + 1] = k;
        }
    }

    private static bool Before(IReadOnlyList<AllocationOption> options, int a, int b) =>
        options[a].Cost != options[b].Cost ? options[a].Cost < options[b].Cost
        : options[a].Impact != options[b].Impact ? options[a].Impact > options[b].Impact
        : a < b;

    /// <summary>
    /// A group is merged into one class when it shares no member with another group and its members are either all
    /// in uncapped boards or all in one board; otherwise branch and bound enforces it.
    /// </summary>
    private static (bool[] Merged, int[] MergedOf) ClassifyGroups(int[][] groups, int[] board, long[] boardCap, int n)
    {
        var memberships = new int[n];
        foreach (var g in groups)
        {
            foreach (var r in g)
            {
                memberships[r]++;
            }
        }

        var merged = new bool[groups.Length];
        var mergedOf = Enumerable.Repeat(-1, n).ToArray();
        for (var k = 0; k < groups.Length; k++)
        {
            var g = groups[k];
            var disjoint = g.All(r => memberships[r] == 1);
            var oneBoard = g.All(r => board[r] == board[g[0]]);
            var uncapped = g.All(r => boardCap[board[r]] == long.MaxValue);
            merged[k] = disjoint && (oneBoard || uncapped);
            if (merged[k])
            {
                foreach (var r in g)
                {
                    mergedOf[r] = k;
                }
            }
        }

        return (merged, mergedOf);
    }
}
