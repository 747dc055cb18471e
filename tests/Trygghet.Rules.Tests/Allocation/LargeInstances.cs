using Trygghet.Rules.Allocation;

namespace Trygghet.Rules.Tests.Allocation;

/// <summary>Larger generated problems, reproducible from a seed, for what only shows at scale.</summary>
internal static class LargeInstances
{
    /// <summary>
    /// Strongly correlated applications (each of three nested options adds a step of cost and the same step plus
    /// 10 000 of impact) spread over capped boards: the budget is half of what the applications could use, and the
    /// caps add up to 1.2 times the budget, each in proportion to what its board could use, so that some of them bind.
    /// </summary>
    public static AllocationProblem StronglyCorrelatedBoards(int classes, int boards, int seed)
    {
        const long Bonus = 10_000;
        var rng = new Random(seed);
        var list = new AllocationClass[classes];
        for (var i = 0; i < classes; i++)
        {
            long w = 0, p = 0;
            var options = new AllocationOption[3];
            var steps = Enumerable.Range(0, 3).Select(_ => (long)rng.Next(1, 333_334)).Order().ToArray();
            for (var k = 0; k < 3; k++)
            {
                w += steps[k];
                p += steps[k] + Bonus;
                options[k] = new AllocationOption(w, p, k);
            }

            list[i] = new AllocationClass($"A{i:00000}", $"board{i % boards:000}", "district", options);
        }

        var budget = list.Sum(c => c.Options[0].Cost + c.Options[^1].Cost) / 2;
        var most = list.GroupBy(c => c.BoardId).ToDictionary(g => g.Key, g => g.Sum(c => c.Options[^1].Cost));
        var total = most.Values.Sum();
        return new AllocationProblem
        {
            Budget = budget,
            Classes = list,
            BoardCaps = [.. most.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new BoardCapConstraint(kv.Key, (long)((Int128)budget * 12 * kv.Value / (10 * total))))],
        };
    }

    /// <summary>
    /// Weakly correlated applications (four options, each impact within 10 % of its cost), with no constraints but the
    /// budget: half of what the cheapest options and the options of most impact would cost together.
    /// </summary>
    public static AllocationProblem WeaklyCorrelated(int classes, int seed)
    {
        var rng = new Random(seed);
        var list = new AllocationClass[classes];
        for (var i = 0; i < classes; i++)
        {
            var options = new AllocationOption[4];
            for (var k = 0; k < 4; k++)
            {
                var c = rng.Next(1, 1_000_001);
                options[k] = new AllocationOption(c, Math.Max(1, c + rng.Next(-c / 10, (c / 10) + 1)), k);
            }

            list[i] = new AllocationClass($"A{i:00000}", $"board{i % 9}", $"district{i % 5}", options);
        }

        return new AllocationProblem
        {
            Budget = list.Sum(c => c.Options.Min(o => o.Cost) + c.Options.MaxBy(o => o.Impact).Cost) / 2,
            Classes = list,
        };
    }
}
