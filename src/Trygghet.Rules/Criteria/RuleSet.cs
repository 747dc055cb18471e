namespace Trygghet.Rules.Criteria;

using Trygghet.Rules.Assessment;
using Trygghet.Rules.Parameters;

/// <summary>
/// A named set of rule classes and the dated parameters they read, for example <c>stockholm-2024</c>
/// (<see cref="RuleSets.Stockholm2024"/>).
/// </summary>
/// <remarks>
/// Compiling the rules is expensive, so <see cref="Compile"/> does it once per rule set, on first use and thread-safely.
/// The parameters are read at assessment time, so a copy with other parameters (<see cref="WithParameters(ParameterSet)"/>)
/// shares the compiled rules. To start from a preset and change it (switch rules off, change a criterion's effect, add
/// rules of your own), use <see cref="ToBuilder"/>.
/// </remarks>
public sealed class RuleSet
{
    private readonly Lazy<CompiledRuleSet> compiled;

    /// <summary>Initializes a new rule set.</summary>
    /// <param name="id">The rule set's id, as rounds name it, for example <c>stockholm-2024</c>.</param>
    /// <param name="description">What the rule set encodes.</param>
    /// <param name="ruleTypes">The NRules rule classes, each marked with <see cref="CriterionAttribute"/>.</param>
    /// <param name="parameters">The dated parameters; it must hold every key of <see cref="ParameterKeys.All"/>.</param>
    /// <exception cref="ArgumentException">A type is not a rule class with a criterion, two rules share a name, or a parameter is missing; the message lists every problem.</exception>
    public RuleSet(string id, string description, IEnumerable<Type> ruleTypes, ParameterSet parameters)
        : this(id, description, ruleTypes, parameters, new Dictionary<string, CriterionEffect>(StringComparer.Ordinal), MessageCatalogue.Default, null)
    {
    }

    internal RuleSet(
        string id,
        string description,
        IEnumerable<Type> ruleTypes,
        ParameterSet parameters,
        IReadOnlyDictionary<string, CriterionEffect> effects,
        MessageCatalogue messages,
        IServiceProvider? services)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(ruleTypes);
        ArgumentNullException.ThrowIfNull(parameters);
        var problems = new List<string>();
        var rules = new List<RuleInfo>();
        foreach (var type in ruleTypes)
        {
            if (!typeof(NRules.Fluent.Dsl.Rule).IsAssignableFrom(type) || type.IsAbstract)
            {
                problems.Add($"{type.FullName} is not a concrete NRules rule class");
            }
            else if (!Attribute.IsDefined(type, typeof(CriterionAttribute)))
            {
                problems.Add($"{type.FullName} has no [Criterion] attribute");
            }
            else
            {
                var rule = RuleInfo.Of(type);
                rules.Add(effects.TryGetValue(rule.CriterionId, out var effect) ? rule with { Effect = effect } : rule);
            }
        }

        problems.AddRange(rules.GroupBy(r => r.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"the rule name '{g.Key}' is used more than once"));
        problems.AddRange(ParameterKeys.All.Where(k => !parameters.Parameters.Any(p => string.Equals(p.Key.Name, k.Name, StringComparison.Ordinal)))
            .Select(k => $"the parameter '{k.Name}' is missing"));
        if (problems.Count > 0)
        {
            throw new ArgumentException($"The rule set '{id}' is not valid: " + string.Join("; ", problems) + ".", nameof(ruleTypes));
        }

        Id = id;
        Description = description;
        Rules = rules;
        Parameters = parameters;
        Messages = messages;
        Effects = effects;
        Services = services;
        compiled = new Lazy<CompiledRuleSet>(() => CompiledRuleSet.Create(Rules, services), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private RuleSet(RuleSet source, ParameterSet parameters, MessageCatalogue messages)
    {
        Id = source.Id;
        Description = source.Description;
        Rules = source.Rules;
        Parameters = parameters;
        Messages = messages;
        Effects = source.Effects;
        Services = source.Services;
        compiled = source.compiled;
    }

    /// <summary>Gets the rule set's id, for example <c>stockholm-2024</c>.</summary>
    public string Id { get; }

    /// <summary>Gets what the rule set encodes.</summary>
    public string Description { get; }

    /// <summary>Gets the rules, in the order given, with their criterion, effect and source.</summary>
    public IReadOnlyList<RuleInfo> Rules { get; }

    /// <summary>Gets the dated parameters the rules read.</summary>
    public ParameterSet Parameters { get; }

    /// <summary>Gets the message templates the rule set's findings are rendered from, unless the assessor is given others.</summary>
    public MessageCatalogue Messages { get; }

    /// <summary>Gets the criteria whose effect the rule set changes from what their rule classes declare, by criterion id.</summary>
    internal IReadOnlyDictionary<string, CriterionEffect> Effects { get; }

    /// <summary>Gets the services host rule classes take their constructor dependencies from, or <see langword="null"/>.</summary>
    internal IServiceProvider? Services { get; }

    /// <summary>Returns a builder that starts from this rule set: its id, rules, effects, parameters and messages.</summary>
    /// <returns>The builder; building it gives a new rule set, compiled once on first use.</returns>
    public RuleSetBuilder ToBuilder() => RuleSetBuilder.From(this);

    /// <summary>Returns a copy of the rule set with other parameters; it shares the compiled rules.</summary>
    /// <param name="parameters">The parameters; it must hold every key of <see cref="ParameterKeys.All"/>.</param>
    /// <returns>The new rule set.</returns>
    /// <exception cref="ArgumentException">A parameter is missing.</exception>
    public RuleSet WithParameters(ParameterSet parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var missing = ParameterKeys.All.Where(k => !parameters.Parameters.Any(p => string.Equals(p.Key.Name, k.Name, StringComparison.Ordinal))).Select(k => k.Name).ToList();
        return missing.Count == 0
            ? new RuleSet(this, parameters, Messages)
            : throw new ArgumentException($"The parameters for rule set '{Id}' miss: " + string.Join(", ", missing) + ".", nameof(parameters));
    }

    /// <summary>Returns a copy of the rule set with other message templates, for example with the municipality's own names for its bodies; it shares the compiled rules.</summary>
    /// <param name="messages">The message templates.</param>
    /// <returns>The new rule set.</returns>
    public RuleSet WithMessages(MessageCatalogue messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return new RuleSet(this, Parameters, messages);
    }

    /// <summary>Returns the compiled rules, compiling them on the first call; later calls and copies return the same instance.</summary>
    /// <returns>The compiled rules.</returns>
    public CompiledRuleSet Compile() => compiled.Value;

    /// <summary>Returns the rule set's id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;
}
