namespace Trygghet.Rules.Criteria;

using NRules;
using NRules.Fluent;

/// <summary>A rule set's rules compiled into an NRules session factory: expensive to make, thread-safe to use.</summary>
/// <remarks>Obtain one with <see cref="RuleSet.Compile"/>, which compiles once per rule set.</remarks>
public sealed class CompiledRuleSet
{
    private readonly Dictionary<string, (RuleInfo Rule, int Order)> byName;

    private CompiledRuleSet(IReadOnlyList<RuleInfo> rules, ISessionFactory sessionFactory)
    {
        Rules = rules;
        SessionFactory = sessionFactory;
        byName = rules.Select((r, i) => (r, i)).ToDictionary(x => x.r.Name, x => (x.r, x.i), StringComparer.Ordinal);
    }

    /// <summary>Gets the compiled rules, in the rule set's order.</summary>
    public IReadOnlyList<RuleInfo> Rules { get; }

    internal ISessionFactory SessionFactory { get; }

    internal static CompiledRuleSet Create(IReadOnlyList<RuleInfo> rules, IServiceProvider? services = null, CancellationToken cancellationToken = default)
    {
        var repository = services is null ? new RuleRepository() : new RuleRepository(new ServiceProviderRuleActivator(services));
        repository.Load(spec => spec.From(rules.Select(r => r.RuleType)));
        var factory = repository.Compile(cancellationToken);
        if (services is not null)
        {
            factory.DependencyResolver = new ServiceProviderDependencyResolver(services);
        }

        return new CompiledRuleSet(rules, factory);
    }

    internal (string CriterionId, int Order) Find(string ruleName) =>
        byName.TryGetValue(ruleName, out var found) ? (found.Rule.CriterionId, found.Order) : (string.Empty, int.MaxValue);
}
