using Trygghet.Rules.Allocation;

namespace Trygghet.Rules.Benchmarks;

/// <summary>Instance families after Pisinger ("Where are the hard knapsack problems?", 2005), as MCKP classes.</summary>
public enum InstanceFamily
{
    /// <summary>Costs and impacts independent.</summary>
    Uncorrelated,

    /// <summary>Impact within ±10 % of cost.</summary>
    WeaklyCorrelated,

    /// <summary>Options nested: each dearer option adds a random step of cost and the same step plus a constant of impact; steps sorted so that each application is concave.</summary>
    StronglyCorrelated,
}

/// <summary>
/// Reproducible benchmark instances: <c>n</c> applications with <c>k</c> options each, costs up to 1 000 000 kr,
/// the budget half of the sum over applications of the cheapest option's cost and the highest-impact option's cost
/// (Pisinger's <c>c = ½ Σ (min + max)</c>, with "max" read as the option a greedy would want, so that the budget binds), and optionally board caps that
/// bind (caps summing to 1.2 times the budget, spread in proportion to each board's dearest options).
/// </summary>
internal static class AllocationInstances
{
    public const int Range = 1_000_000;

    /// <summary>The impact each step of a strongly correlated application adds beyond its cost (Pisinger's +10 at R = 1 000, scaled to 1 %).</summary>
    public static readonly long Bonus = long.Parse(Environment.GetEnvironmentVariable("MCKP_BONUS") ?? "10000", System.Globalization.CultureInfo.InvariantCulture);

    public static AllocationProblem Create(InstanceFamily family, int classes, int options, int boards = 0, int seed = 42)
    {
        var rng = new Random(seed);
        var list = new AllocationClass[classes];
        long budget2 = 0;
        for (var i = 0; i < classes; i++)
        {
            var opts = new AllocationOption[options];
            long w = 0, p = 0;
            var steps = Enumerable.Range(0, options).Select(_ => (long)rng.Next(1, (Range / options) + 1)).Order().ToArray();
            for (var k = 0; k < options; k++)
            {
                switch (family)
                {
                    case InstanceFamily.Uncorrelated:
                        opts[k] = new AllocationOption(rng.Next(1, Range + 1), rng.Next(1, Range + 1), k);
                        break;
                    case InstanceFamily.WeaklyCorrelated:
                        var c = rng.Next(1, Range + 1);
                        opts[k] = new AllocationOption(c, Math.Max(1, c + rng.Next(-c / 10, (c / 10) + 1)), k);
                        break;
                    default:
                        w += steps[k];
                        p += steps[k] + Bonus;
                        opts[k] = new AllocationOption(w, p, k);
                        break;
                }
            }

            budget2 += opts.Min(o => o.Cost) + opts.MaxBy(o => o.Impact).Cost;
            list[i] = new AllocationClass($"A{i:000000}", boards > 0 ? $"board{i % boards:000}" : "board", $"district{i % 14:00}", opts);
        }

        var budget = budget2 / 2;
        var caps = new List<BoardCapConstraint>();
        if (boards > 0)
        {
            var maxByBoard = list.GroupBy(c => c.BoardId).ToDictionary(g => g.Key, g => g.Sum(c => c.Options.Max(o => o.Cost)));
            var totalMax = maxByBoard.Values.Sum();
            caps.AddRange(maxByBoard.OrderBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => new BoardCapConstraint(kv.Key, (long)((Int128)budget * 12 * kv.Value / (10 * totalMax)))));
        }

        return new AllocationProblem { Budget = budget, Classes = list, BoardCaps = caps };
    }
}
