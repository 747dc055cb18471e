using Trygghet.Rules.Allocation;

namespace Trygghet.Rules.Tests.Allocation;

/// <summary>Random small problems with every kind of constraint, reproducible from a seed.</summary>
internal static class SmallInstances
{
    public static AllocationProblem Create(int seed, int maxClasses = 14, int maxOptions = 4, bool constraints = true)
    {
        var rng = new Random(seed);
        var n = rng.Next(0, maxClasses + 1);
        var narrow = rng.Next(3) == 0;
        var boards = rng.Next(1, 4);
        var districts = rng.Next(1, 4);
        var classes = new List<AllocationClass>();
        for (var i = 0; i < n; i++)
        {
            var m = rng.Next(0, maxOptions + 1);
            if (m == 0 && rng.Next(3) > 0)
            {
                m = 1;
            }

            var options = new List<AllocationOption>();
            for (var k = 0; k < m; k++)
            {
                var cost = narrow ? rng.Next(1, 6) * 100_000L : rng.Next(50_000, 3_000_000);
                var impact = narrow ? rng.Next(0, 6) : rng.Next(0, 1_000_000);
                options.Add(new AllocationOption(cost, impact, k));
            }

            classes.Add(new AllocationClass($"2024-{rng.Next(0, 100):00}-{i}", $"board{rng.Next(boards)}", $"district{rng.Next(districts)}", options));
        }

        var total = classes.Sum(c => c.Options.Count == 0 ? 0 : c.Options.Max(o => o.Cost));
        var problem = new AllocationProblem { Budget = rng.Next(0, (int)Math.Min(int.MaxValue, total + 2)), Classes = classes };
        if (!constraints || n == 0)
        {
            return problem;
        }

        var ids = classes.Select(c => c.Id).ToArray();
        return problem with
        {
            BoardCaps = Enumerable.Range(0, boards).Where(_ => rng.Next(3) == 0).Select(b => new BoardCapConstraint($"board{b}", rng.Next(0, (int)Math.Min(int.MaxValue, total / 2 + 1)))).ToArray(),
            DistrictMinimums = Enumerable.Range(0, districts).Where(_ => rng.Next(4) == 0).Select(d => new DistrictMinimumConstraint($"district{d}", rng.Next(0, (int)Math.Min(int.MaxValue, total / 3 + 1)))).ToArray(),
            MustFund = ids.Where(_ => rng.Next(8) == 0).ToArray(),
            MutuallyExclusive = Enumerable.Range(0, rng.Next(0, 3)).Select(_ => (IReadOnlyList<string>)ids.Where(_ => rng.Next(4) == 0).ToArray()).ToArray(),
        };
    }

    /// <summary>
    /// A strongly correlated problem (Pisinger's family, nested): each dearer option adds a step of cost and the same
    /// step plus a constant of impact, the constant shared by the whole problem; sometimes with board caps. Exact fills
    /// and ties in impact and cost are common, which is what the cardinality bound and the tie allowance are for.
    /// </summary>
    public static AllocationProblem StronglyCorrelated(int seed, int maxClasses = 12)
    {
        var rng = new Random(seed);
        var n = rng.Next(1, maxClasses + 1);
        var bonus = rng.Next(3) == 0 ? rng.Next(1, 10) * 1_000L : rng.Next(1, 20_000);
        var narrow = rng.Next(2) == 0;
        var classes = new List<AllocationClass>();
        for (var i = 0; i < n; i++)
        {
            var steps = Enumerable.Range(0, rng.Next(1, 5)).Select(_ => narrow ? rng.Next(1, 6) * 50_000L : rng.Next(1_000, 400_000)).Order().ToArray();
            long w = 0, p = 0;
            var options = new List<AllocationOption>();
            for (var k = 0; k < steps.Length; k++)
            {
                w += steps[k];
                p += steps[k] + bonus;
                options.Add(new AllocationOption(w, p, k));
            }

            classes.Add(new AllocationClass($"s{i:00}", $"board{rng.Next(3)}", "district", options));
        }

        var total = classes.Sum(c => c.Options[^1].Cost);
        var problem = new AllocationProblem { Budget = rng.NextInt64(0, total + 1), Classes = classes };
        return rng.Next(4) == 0
            ? problem with { BoardCaps = [new BoardCapConstraint("board0", rng.NextInt64(0, (total / 2) + 1))] }
            : problem;
    }

    /// <summary>
    /// A problem whose every board is capped below what its applications could use, so that the caps bind: the
    /// capped-board lists, their band and its narrowing are what decide it. Costs and impacts are uncorrelated or
    /// strongly correlated.
    /// </summary>
    public static AllocationProblem CappedBoards(int seed)
    {
        var rng = new Random(seed);
        var n = rng.Next(2, 13);
        var boards = rng.Next(1, 4);
        var strongly = rng.Next(2) == 0;
        var bonus = rng.Next(1, 20_000);
        var classes = new List<AllocationClass>();
        for (var i = 0; i < n; i++)
        {
            var options = new List<AllocationOption>();
            long w = 0, p = 0;
            foreach (var step in Enumerable.Range(0, rng.Next(1, 5)).Select(_ => (long)rng.Next(1_000, 400_000)).Order())
            {
                w += step;
                p += strongly ? step + bonus : rng.Next(0, 500_000);
                options.Add(new AllocationOption(w, p, options.Count));
            }

            classes.Add(new AllocationClass($"c{i:00}", $"board{rng.Next(boards)}", "district", options));
        }

        var most = classes.GroupBy(c => c.BoardId).ToDictionary(g => g.Key, g => g.Sum(c => c.Options[^1].Cost));
        var total = most.Values.Sum();
        return new AllocationProblem
        {
            Budget = rng.NextInt64(total / 3, total + 1),
            Classes = classes,
            BoardCaps = [.. most.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new BoardCapConstraint(kv.Key, kv.Value * rng.Next(20, 80) / 100))],
        };
    }

    public static AllocationProblem Shuffle(AllocationProblem problem, int seed)
    {
        var rng = new Random(seed);
        var classes = problem.Classes.ToArray();
        rng.Shuffle(classes);
        return problem with { Classes = classes };
    }
}
