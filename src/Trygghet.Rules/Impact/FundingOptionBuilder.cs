namespace Trygghet.Rules.Impact;

using System.Numerics;
using Trygghet.Rules.Amounts;
using Trygghet.Rules.Assessment;

/// <summary>Builds the funding options of an assessed application: its whole eligible package and the reduced packages worth offering.</summary>
/// <remarks>
/// <list type="bullet">
/// <item><description>Every non-empty subset of the eligible components is a coherent reduced package: each component has passed
/// the safety (K2) and logic (K5) criteria on its own. Components with a zero eligible amount ride along in every option.</description></item>
/// <item><description>Candidates: with at most <see cref="FundingOptionsSettings.ExhaustiveUpToComponents"/> components of positive
/// amount, every non-empty subset; with more, the whole package, each package with one component removed, and the prefixes of the
/// greedy order that repeatedly adds the component with the largest marginal impact per krona (ties: the lower amount, then the
/// ordinal smaller id).</description></item>
/// <item><description>Pruning: an option is dropped when another costs no more and gives at least as much impact; among options of
/// equal cost and impact the one with the ordinal smaller component-id list stays. A reduced option with no impact is dropped too,
/// since funding nothing costs less and gives as much. The whole package is never dropped; when a cheaper
/// option gives at least its impact, an <c>Impact.FullPackageDominated</c> finding says so.</description></item>
/// <item><description>When more than <see cref="FundingOptionsSettings.MaxOptions"/> remain, the options at evenly spaced positions in
/// cost order are kept, always including the cheapest and the whole package.</description></item>
/// </list>
/// Components are ordered by ordinal id first, so the options do not depend on the order of the input.
/// </remarks>
public sealed class FundingOptionBuilder
{
    private readonly ImpactModel model;
    private readonly FundingOptionsSettings settings;

    /// <summary>Initializes a new builder.</summary>
    /// <param name="model">The impact model that estimates each option.</param>
    /// <param name="settings">The settings; <see cref="FundingOptionsSettings.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public FundingOptionBuilder(ImpactModel model, FundingOptionsSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        settings ??= FundingOptionsSettings.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.MaxOptions, 1, nameof(settings));
        if (settings.ExhaustiveUpToComponents is < 0 or > FundingOptionsSettings.MaxExhaustiveComponents)
        {
            throw new ArgumentOutOfRangeException(nameof(settings), settings.ExhaustiveUpToComponents, $"{nameof(FundingOptionsSettings.ExhaustiveUpToComponents)} must be between 0 and {FundingOptionsSettings.MaxExhaustiveComponents}.");
        }

        this.model = model;
        this.settings = settings;
    }

    /// <summary>Builds the funding options of an application; none for a rejected or incomplete one.</summary>
    /// <param name="assessment">The application's assessment.</param>
    /// <returns>The options by cost ascending, with the impact findings.</returns>
    /// <exception cref="ArgumentException">An eligible amount is negative or a component id repeats.</exception>
    public ApplicationOptions Build(ApplicationAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        if (assessment.Status != AssessmentStatus.Eligible || assessment.EligibleComponents.Count == 0)
        {
            return new ApplicationOptions { ApplicationId = assessment.Application.Id, Options = [], Findings = [] };
        }

        var package = new Package(model.For(assessment), Canonical(assessment));
        var all = Enumerable.Range(0, package.Paid.Count).ToArray();
        var full = package.Candidate(all);
        var findings = new List<Finding>(package.Impact.Findings);
        if (!settings.AllowPartialFunding || package.Paid.Count < 2 || settings.MaxOptions == 1)
        {
            return new ApplicationOptions { ApplicationId = assessment.Application.Id, Options = [package.Option(full, isFull: true)], Findings = findings };
        }

        var candidates = new List<Candidate> { full };
        var seen = new HashSet<string>(StringComparer.Ordinal) { Key(all) };
        foreach (var subset in Subsets(package))
        {
            if (seen.Add(Key(subset)))
            {
                candidates.Add(package.Candidate(subset));
            }
        }

        var kept = Thin(Prune(package, candidates, full, findings));
        var options = kept.Select(c => package.Option(c, isFull: ReferenceEquals(c.Indices, full.Indices))).ToList();
        return new ApplicationOptions { ApplicationId = assessment.Application.Id, Options = options, Findings = findings };
    }

    private static List<EligibleComponent> Canonical(ApplicationAssessment assessment)
    {
        var components = assessment.EligibleComponents.OrderBy(c => c.Component.Id, StringComparer.Ordinal).ToList();
        for (var i = 0; i < components.Count; i++)
        {
            if (components[i].Eligible.IsNegative)
            {
                throw new ArgumentException($"Component '{components[i].Component.Id}' of application '{assessment.Application.Id}' has a negative eligible amount.", nameof(assessment));
            }

            if (i > 0 && string.Equals(components[i - 1].Component.Id, components[i].Component.Id, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Component id '{components[i].Component.Id}' repeats in application '{assessment.Application.Id}'.", nameof(assessment));
            }
        }

        return components;
    }

    private IEnumerable<int[]> Subsets(Package package)
    {
        var n = package.Paid.Count;
        if (n <= settings.ExhaustiveUpToComponents)
        {
            for (var mask = 1; mask < (1 << n) - 1; mask++)
            {
                var subset = new int[BitOperations.PopCount((uint)mask)];
                for (int i = 0, j = 0; i < n; i++)
                {
                    if ((mask & (1 << i)) != 0)
                    {
                        subset[j++] = i;
                    }
                }

                yield return subset;
            }

            yield break;
        }

        for (var removed = 0; removed < n; removed++)
        {
            yield return Enumerable.Range(0, n).Where(i => i != removed).ToArray();
        }

        foreach (var prefix in GreedyPrefixes(package))
        {
            yield return prefix;
        }
    }

    private static IEnumerable<int[]> GreedyPrefixes(Package package)
    {
        var chosen = new List<int>();
        var remaining = Enumerable.Range(0, package.Paid.Count).ToList();
        var current = package.Units(chosen);
        while (remaining.Count > 1)
        {
            var best = -1;
            var bestGain = 0L;
            var bestUnits = 0L;
            foreach (var candidate in remaining)
            {
                chosen.Add(candidate);
                var units = package.Units(chosen);
                chosen.RemoveAt(chosen.Count - 1);
                var gain = units - current;
                if (best < 0 || Better(gain, package.Paid[candidate].Eligible, bestGain, package.Paid[best].Eligible))
                {
                    (best, bestGain, bestUnits) = (candidate, gain, units);
                }
            }

            chosen.Add(best);
            remaining.Remove(best);
            current = bestUnits;
            yield return chosen.Order().ToArray();
        }
    }

    // Compares gain per krona exactly by cross-multiplying in 128 bits; on a tie the cheaper component wins, and on a tie in
    // cost too the one met first, which is the ordinal smaller id because candidates are visited in id order.
    private static bool Better(long gain, Sek cost, long bestGain, Sek bestCost)
    {
        var left = (Int128)gain * bestCost.Kronor;
        var right = (Int128)bestGain * cost.Kronor;
        return left > right || (left == right && cost < bestCost);
    }

    private static List<Candidate> Prune(Package package, List<Candidate> candidates, Candidate full, List<Finding> findings)
    {
        var ordered = candidates
            .OrderBy(c => c.Cost)
            .ThenByDescending(c => c.Units)
            .ThenBy(c => c.Indices, Comparer<int[]>.Create((x, y) => CompareIds(package.Ids(x), package.Ids(y))))
            .ToList();

        // Funding nothing costs nothing and gives nothing, so a reduced option must give more than zero as well as more than
        // every cheaper option kept before it.
        var kept = new List<Candidate>();
        var best = 0L;
        foreach (var candidate in ordered)
        {
            if (candidate.Units > best)
            {
                kept.Add(candidate);
                best = candidate.Units;
            }
            else if (ReferenceEquals(candidate.Indices, full.Indices))
            {
                // The whole package costs strictly the most, so it comes last; it stays so that "grant all that is eligible"
                // remains a choice, and the case officer learns when its extra components add no expected impact.
                var cheaper = kept.FindIndex(k => k.Units >= full.Units);
                if (cheaper >= 0)
                {
                    findings.Add(ImpactFindings.FullPackageDominated(package.Option(full, isFull: true), package.Option(kept[cheaper], isFull: false)));
                }

                kept.Add(candidate);
            }
        }

        return kept;
    }

    private List<Candidate> Thin(List<Candidate> options)
    {
        var count = settings.MaxOptions;
        if (options.Count <= count)
        {
            return options;
        }

        var last = options.Count - 1;
        return Enumerable.Range(0, count).Select(i => options[(int)((long)i * last / (count - 1))]).ToList();
    }

    private static int CompareIds(string[] x, string[] y)
    {
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            var order = string.CompareOrdinal(x[i], y[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return x.Length.CompareTo(y.Length);
    }

    private static string Key(int[] subset) => string.Join(',', subset);

    /// <summary>A candidate package: indices into the components of positive amount, with its cost and impact.</summary>
    private readonly record struct Candidate(int[] Indices, Sek Cost, long Units);

    /// <summary>An application's components, split into those with a positive amount and those that ride along for free.</summary>
    private sealed class Package(ApplicationImpact impact, List<EligibleComponent> components)
    {
        public ApplicationImpact Impact { get; } = impact;

        public List<EligibleComponent> Free { get; } = components.Where(c => c.Eligible.Kronor == 0).ToList();

        public List<EligibleComponent> Paid { get; } = components.Where(c => c.Eligible.Kronor > 0).ToList();

        public long Units(IEnumerable<int> subset)
        {
            Span<long> kept = stackalloc long[ApplicationImpact.MeasureCount];
            Span<bool> present = stackalloc bool[ApplicationImpact.MeasureCount];
            foreach (var item in Free)
            {
                ApplicationImpact.Add(item, kept, present);
            }

            foreach (var i in subset)
            {
                ApplicationImpact.Add(Paid[i], kept, present);
            }

            return Impact.Units(kept, present);
        }

        public Candidate Candidate(int[] subset)
        {
            var cost = 0L;
            foreach (var i in subset)
            {
                cost = checked(cost + Paid[i].Eligible.Kronor);
            }

            return new Candidate(subset, Sek.FromKronor(cost), Units(subset));
        }

        public List<EligibleComponent> Components(int[] subset) =>
            Free.Concat(subset.Select(i => Paid[i])).OrderBy(c => c.Component.Id, StringComparer.Ordinal).ToList();

        public string[] Ids(int[] subset) => Components(subset).Select(c => c.Component.Id).ToArray();

        public FundingOption Option(Candidate candidate, bool isFull)
        {
            var components = Components(candidate.Indices);
            var estimate = Impact.Estimate(components);
            return new FundingOption
            {
                ComponentIds = components.Select(c => c.Component.Id).ToArray(),
                Cost = candidate.Cost,
                ImpactUnits = estimate.Units,
                IsFullPackage = isFull,
                Estimate = estimate,
            };
        }
    }
}
