using Trygghet.Rules.Allocation.Internal;

namespace Trygghet.Rules.Allocation;

/// <summary>Comparisons: greedy rules and a person's own proposal against the optimum.</summary>
public sealed partial class MckpOptimizer
{
    /// <summary>Allocates by a greedy rule and sets the result against the optimum.</summary>
    /// <remarks>
    /// Must-fund applications are served first, each with its first option in the rule's order that fits. Then every
    /// (application, option) pair is taken in the rule's order and funded when the application is still unfunded, the
    /// option fits the remaining budget and its board's remaining cap, and no exclusive partner is funded. District
    /// minimums are not sought; a greedy allocation that misses one lists it among the violations.
    /// </remarks>
    /// <param name="problem">The problem.</param>
    /// <param name="rule">The greedy rule.</param>
    /// <param name="options">Limits for the optimum's solve, or <see langword="null"/> for none.</param>
    /// <returns>The greedy allocation against the optimum.</returns>
    public ComparisonResult Greedy(AllocationProblem problem, GreedyRule rule, AllocationOptions? options = null)
    {
        var optimum = Solve(problem, options);
        var classes = problem.Classes;
        var pairs = classes.SelectMany((c, i) => c.Options.Select((o, k) => (I: i, K: k, O: o))).ToList();
        pairs.Sort((a, b) =>
        {
            var byKey = rule == GreedyRule.Impact ? b.O.Impact.CompareTo(a.O.Impact) : Slope.Compare(b.O.Impact, b.O.Cost, a.O.Impact, a.O.Cost);
            return byKey != 0 ? byKey
                : a.O.Cost != b.O.Cost ? a.O.Cost.CompareTo(b.O.Cost)
                : a.I != b.I ? string.CompareOrdinal(classes[a.I].Id, classes[b.I].Id)
                : a.K.CompareTo(b.K);
        });

        var choice = Enumerable.Repeat(-1, classes.Count).ToArray();
        var must = problem.MustFund.ToHashSet(StringComparer.Ordinal);
        var spent = 0L;
        var boardSpent = new Dictionary<string, long>(StringComparer.Ordinal);
        var caps = problem.BoardCaps.GroupBy(c => c.BoardId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Min(c => c.Max), StringComparer.Ordinal);
        foreach (var pass in new[] { true, false })
        {
            foreach (var (i, k, o) in pairs)
            {
                var c = classes[i];
                if (choice[i] >= 0 || (pass && !must.Contains(c.Id)) || spent + o.Cost > problem.Budget
                    || (caps.TryGetValue(c.BoardId, out var cap) && boardSpent.GetValueOrDefault(c.BoardId) + o.Cost > cap)
                    || problem.MutuallyExclusive.Any(g => g.Contains(c.Id) && g.Any(m => m != c.Id && choice[IndexOf(classes, m)] >= 0)))
                {
                    continue;
                }

                choice[i] = k;
                spent += o.Cost;
                boardSpent[c.BoardId] = boardSpent.GetValueOrDefault(c.BoardId) + o.Cost;
            }
        }

        var name = rule == GreedyRule.Impact ? "greedy by impact 1.0" : "greedy by impact per krona 1.0";
        return new ComparisonResult { Allocation = Manual(problem, choice, name), Optimum = optimum, Violations = Violations(problem, choice) };
    }

    /// <summary>Reads a person's proposal (an amount per application id) as options and sets it against the optimum.</summary>
    /// <remarks>
    /// An amount is read as the option that costs exactly that much (of several, the one with most impact, then the
    /// lowest index); failing that, as the option with most impact among those costing less (then the cheaper, then
    /// the lowest index); an amount below the cheapest option funds nothing. Applications without an amount are unfunded.
    /// The allocation's cost is its options' cost, not the amounts.
    /// </remarks>
    /// <param name="problem">The problem.</param>
    /// <param name="amountsPerClass">The amount proposed per application id, in kronor.</param>
    /// <param name="options">Limits for the optimum's solve, or <see langword="null"/> for none.</param>
    /// <returns>The proposal's lines, its violations and its gap to the optimum.</returns>
    /// <exception cref="ArgumentException">An id is not in the problem, or an amount is negative.</exception>
    public ProposalResult EvaluateProposal(AllocationProblem problem, IReadOnlyDictionary<string, long> amountsPerClass, AllocationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(amountsPerClass);
        var unknown = amountsPerClass.Keys.Where(id => problem.Classes.All(c => c.Id != id)).Order(StringComparer.Ordinal).ToArray();
        var negative = amountsPerClass.Where(kv => kv.Value < 0).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToArray();
        if (unknown.Length > 0 || negative.Length > 0)
        {
            throw new ArgumentException(
                string.Join(" ", unknown.Select(id => $"Proposed application '{id}' is not in the problem.").Concat(negative.Select(id => $"The amount proposed for '{id}' is negative."))),
                nameof(amountsPerClass));
        }

        var optimum = Solve(problem, options);
        var choice = new int[problem.Classes.Count];
        var lines = new List<ProposalLine>();
        for (var i = 0; i < problem.Classes.Count; i++)
        {
            var c = problem.Classes[i];
            var amount = amountsPerClass.GetValueOrDefault(c.Id);
            (choice[i], var mapping) = Read(c, amount);
            lines.Add(new ProposalLine(c.Id, amount, mapping, ChoiceOf(c, choice[i])));
        }

        var comparison = new ComparisonResult { Allocation = Manual(problem, choice, "proposal"), Optimum = optimum, Violations = Violations(problem, choice) };
        return new ProposalResult(lines, amountsPerClass.Values.Sum(), comparison);
    }

    private static (int Option, ProposalMapping Mapping) Read(AllocationClass c, long amount)
    {
        if (amount <= 0)
        {
            return (-1, ProposalMapping.Unfunded);
        }

        var order = Enumerable.Range(0, c.Options.Count).OrderByDescending(k => c.Options[k].Impact).ThenBy(k => c.Options[k].Cost).ThenBy(k => k).ToArray();
        foreach (var k in order)
        {
            if (c.Options[k].Cost == amount)
            {
                return (k, ProposalMapping.Exact);
            }
        }

        foreach (var k in order)
        {
            if (c.Options[k].Cost < amount)
            {
                return (k, ProposalMapping.BestBelow);
            }
        }

        return (-1, ProposalMapping.BelowCheapest);
    }

    private static ClassChoice ChoiceOf(AllocationClass c, int k) =>
        k < 0 ? new ClassChoice(c.Id, -1, 0, 0) : new ClassChoice(c.Id, k, c.Options[k].Cost, c.Options[k].Impact);

    private static int IndexOf(IReadOnlyList<AllocationClass> classes, string id)
    {
        for (var i = 0; i < classes.Count; i++)
        {
            if (classes[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }

    private static AllocationResult Manual(AllocationProblem problem, int[] choice, string solver)
    {
        var choices = problem.Classes.Select((c, i) => ChoiceOf(c, choice[i])).ToArray();
        return new AllocationResult
        {
            Budget = problem.Budget,
            Choices = choices,
            TotalCost = choices.Sum(c => c.Cost),
            TotalImpact = choices.Sum(c => c.Impact),
            Optimal = false,
            Solver = solver,
            Statistics = new AllocationStatistics(0, 0, 0),
        };
    }

    /// <summary>Lists every constraint an allocation (option index per application in input order) breaks.</summary>
    internal static List<string> Violations(AllocationProblem problem, int[] choice)
    {
        var result = new List<string>();
        var classes = problem.Classes;
        long Cost(int i) => choice[i] < 0 ? 0 : classes[i].Options[choice[i]].Cost;
        var total = Enumerable.Range(0, classes.Count).Sum(Cost);
        if (total > problem.Budget)
        {
            result.Add($"The total of {Kr.Format(total)} exceeds the budget of {Kr.Format(problem.Budget)}.");
        }

        foreach (var cap in problem.BoardCaps)
        {
            var spent = Enumerable.Range(0, classes.Count).Where(i => classes[i].BoardId == cap.BoardId).Sum(Cost);
            if (spent > cap.Max)
            {
                result.Add($"Board {cap.BoardId} receives {Kr.Format(spent)}, more than its cap of {Kr.Format(cap.Max)}.");
            }
        }

        foreach (var min in problem.DistrictMinimums)
        {
            var spent = Enumerable.Range(0, classes.Count).Where(i => classes[i].DistrictArea == min.DistrictArea).Sum(Cost);
            if (spent < min.Min)
            {
                result.Add($"District {min.DistrictArea} receives {Kr.Format(spent)}, less than its minimum of {Kr.Format(min.Min)}.");
            }
        }

        foreach (var id in problem.MustFund)
        {
            var i = IndexOf(classes, id);
            if (i >= 0 && choice[i] < 0)
            {
                result.Add($"Must-fund application {id} is not funded.");
            }
        }

        foreach (var group in problem.MutuallyExclusive)
        {
            var funded = group.Distinct(StringComparer.Ordinal).Where(id => IndexOf(classes, id) is var i && i >= 0 && choice[i] >= 0).ToArray();
            if (funded.Length > 1)
            {
                result.Add($"Mutually exclusive applications {string.Join(" and ", funded)} are all funded.");
            }
        }

        return result;
    }
}
