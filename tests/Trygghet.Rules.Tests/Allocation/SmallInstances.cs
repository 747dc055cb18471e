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

    public static AllocationProblem Shuffle(AllocationProblem problem, int seed)
    {
        var rng = new Random(seed);
        var classes = problem.Classes.ToArray();
        rng.Shuffle(classes);
        return problem with { Classes = classes };
    }
}
