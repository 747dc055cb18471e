namespace Trygghet.Rules.Allocation;

/// <summary>Counterfactuals: what an unfunded application would need.</summary>
public sealed partial class MckpOptimizer
{
    /// <summary>For each application the optimum leaves unfunded: the smallest budget increase that funds it, and per option the impact it would need at today's budget.</summary>
    /// <remarks>
    /// The budget increase is read from the frontier: the first breakpoint above today's budget whose allocation funds it.
    /// The required impact of option <c>j</c> is exact: with <c>I0</c> the optimum without the application and
    /// <c>I1</c> the optimum of the rest once option <c>j</c> is funded (budget, cap and district minimum reduced by its
    /// cost, exclusive partners removed), the application is funded from impact <c>I0 - I1</c> when the tie-break
    /// chain then prefers funding it (lower total cost, or the funded-id rule), otherwise from <c>I0 - I1 + 1</c>.
    /// One frontier and one solve per application and option: meant for rounds of tens to hundreds of applications.
    /// </remarks>
    /// <param name="problem">The problem at today's budget.</param>
    /// <param name="options">Limits for each solve, or <see langword="null"/> for none.</param>
    /// <param name="ids">The applications to explain, or <see langword="null"/> for every unfunded one.</param>
    /// <returns>The counterfactuals.</returns>
    public CounterfactualResult Counterfactuals(AllocationProblem problem, AllocationOptions? options = null, IReadOnlyCollection<string>? ids = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return Counterfactuals(
            problem,
            Solve(problem, options),
            ComputeFrontier(problem, FrontierOptions.Default with { Search = options ?? AllocationOptions.Default }),
            options,
            ids);
    }

    /// <summary>
    /// The counterfactuals for a problem whose allocation and frontier the caller already has, so that neither is
    /// computed again; see <see cref="Counterfactuals(AllocationProblem, AllocationOptions?, IReadOnlyCollection{string}?)"/>.
    /// </summary>
    /// <param name="problem">The problem at today's budget.</param>
    /// <param name="today">The allocation <see cref="Solve"/> gave for <paramref name="problem"/>.</param>
    /// <param name="frontier">The frontier <see cref="ComputeFrontier"/> gave for <paramref name="problem"/>.</param>
    /// <param name="options">Limits for each solve, or <see langword="null"/> for none.</param>
    /// <param name="ids">The applications to explain, or <see langword="null"/> for every unfunded one.</param>
    /// <returns>The counterfactuals.</returns>
    /// <exception cref="ArgumentException">The allocation or the frontier is not for this problem.</exception>
    public CounterfactualResult Counterfactuals(
        AllocationProblem problem, AllocationResult today, FrontierResult frontier, AllocationOptions? options = null, IReadOnlyCollection<string>? ids = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(today);
        ArgumentNullException.ThrowIfNull(frontier);
        if (today.Budget != problem.Budget || today.Choices.Count != problem.Classes.Count)
        {
            throw new ArgumentException("The allocation was not made for this problem.", nameof(today));
        }

        if (frontier.Ids.Count != problem.Classes.Count)
        {
            throw new ArgumentException("The frontier was not computed for this problem.", nameof(frontier));
        }

        var exact = today.Optimal && frontier.IsComplete;
        var firstFunded = FirstFundedAbove(problem, frontier);
        var wanted = ids?.ToHashSet(StringComparer.Ordinal);
        var result = new List<ClassCounterfactual>();
        for (var i = 0; i < problem.Classes.Count; i++)
        {
            var cls = problem.Classes[i];
            if (today.Choices[i].IsFunded || (wanted is not null && !wanted.Contains(cls.Id)))
            {
                continue;
            }

            var needed = firstFunded[i];
            var without = Solve(Without(problem, i), options);
            exact &= without.Optimal;
            var thresholds = new List<OptionThreshold>();
            for (var k = 0; k < cls.Options.Count; k++)
            {
                var (required, proven) = Threshold(problem, i, k, without, options);
                exact &= proven;
                thresholds.Add(new OptionThreshold(k, cls.Options[k].Cost, cls.Options[k].Impact, required));
            }

            result.Add(new ClassCounterfactual(cls.Id, needed, needed - problem.Budget, thresholds));
        }

        return new CounterfactualResult(problem.Budget, result, exact);
    }

    /// <summary>Returns, per application, the first breakpoint budget above today's whose allocation funds it.</summary>
    private static long?[] FirstFundedAbove(AllocationProblem problem, FrontierResult frontier)
    {
        var index = problem.Classes.Select((c, j) => (c.Id, j)).ToDictionary(x => x.Id, x => x.j, StringComparer.Ordinal);
        var funded = new bool[problem.Classes.Count];
        var first = new long?[problem.Classes.Count];
        foreach (var bp in frontier.Breakpoints)
        {
            foreach (var change in bp.Changes)
            {
                funded[index[change.Id]] = change.IsFunded;
            }

            if (bp.Budget > problem.Budget)
            {
                for (var j = 0; j < funded.Length; j++)
                {
                    first[j] ??= funded[j] ? bp.Budget : null;
                }
            }
        }

        return first;
    }

    private (long? Required, bool Proven) Threshold(AllocationProblem problem, int i, int k, AllocationResult without, AllocationOptions? options)
    {
        var cls = problem.Classes[i];
        var cost = cls.Options[k].Cost;
        var rest = WithFunded(problem, i, cost);
        if (rest is null)
        {
            return (null, true);
        }

        AllocationResult funded;
        try
        {
            funded = Solve(rest, options);
        }
        catch (AllocationInfeasibleException)
        {
            return (null, true);
        }

        var required = without.TotalImpact - funded.TotalImpact;
        var totalCost = funded.TotalCost + cost;
        bool fundingWinsTie;
        if (totalCost != without.TotalCost)
        {
            fundingWinsTie = totalCost < without.TotalCost;
        }
        else
        {
            var withSet = funded.FundedIds.Append(cls.Id).ToHashSet(StringComparer.Ordinal);
            var withoutSet = without.FundedIds.ToHashSet(StringComparer.Ordinal);
            var first = withSet.Concat(withoutSet).Where(id => withSet.Contains(id) != withoutSet.Contains(id)).Order(StringComparer.Ordinal).First();
            fundingWinsTie = withSet.Contains(first);
        }

        return (Math.Max(0, fundingWinsTie ? required : required + 1), funded.Optimal);
    }

    private static AllocationProblem Without(AllocationProblem problem, int i)
    {
        var id = problem.Classes[i].Id;
        return problem with
        {
            Classes = problem.Classes.Where((_, j) => j != i).ToArray(),
            MustFund = problem.MustFund.Where(m => m != id).ToArray(),
            MutuallyExclusive = problem.MutuallyExclusive.Select(g => (IReadOnlyList<string>)g.Where(m => m != id).ToArray()).ToArray(),
        };
    }

    /// <summary>The rest of the problem once application <paramref name="i"/> is funded at <paramref name="cost"/>, or <see langword="null"/> when that breaks a constraint outright.</summary>
    private static AllocationProblem? WithFunded(AllocationProblem problem, int i, long cost)
    {
        var cls = problem.Classes[i];
        if (cost > problem.Budget || problem.BoardCaps.Any(c => c.BoardId == cls.BoardId && c.Max < cost))
        {
            return null;
        }

        var partners = problem.MutuallyExclusive.Where(g => g.Contains(cls.Id)).SelectMany(g => g).ToHashSet(StringComparer.Ordinal);
        partners.Add(cls.Id);
        if (problem.MustFund.Any(m => m != cls.Id && partners.Contains(m)))
        {
            return null;
        }

        return problem with
        {
            Budget = problem.Budget - cost,
            Classes = problem.Classes.Where(c => !partners.Contains(c.Id)).ToArray(),
            BoardCaps = problem.BoardCaps.Select(c => c.BoardId == cls.BoardId ? c with { Max = c.Max - cost } : c).ToArray(),
            DistrictMinimums = problem.DistrictMinimums.Select(d => d.DistrictArea == cls.DistrictArea ? d with { Min = Math.Max(0, d.Min - cost) } : d).ToArray(),
            MustFund = problem.MustFund.Where(m => !partners.Contains(m)).ToArray(),
            MutuallyExclusive = problem.MutuallyExclusive.Select(g => (IReadOnlyList<string>)g.Where(m => !partners.Contains(m)).ToArray()).ToArray(),
        };
    }
}
