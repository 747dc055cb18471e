namespace Trygghet.Rules.Criteria;

using System.Reflection;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Parameters;

/// <summary>
/// Composes a rule set from a preset: switch rules off, change what a criterion's findings do, add the host's own rule
/// classes, and give other parameters or message templates. <see cref="Build"/> gives an immutable <see cref="RuleSet"/>.
/// </summary>
/// <remarks>
/// <para>Start with <see cref="RuleSet.ToBuilder"/> or <see cref="From(RuleSet)"/>. A built rule set compiles its rules
/// once, on first use; build once and share the result.</para>
/// <para>A host rule class is an NRules <c>Rule</c> with NRules' <c>[Name]</c> and this library's <see cref="CriterionAttribute"/>.
/// It matches <see cref="ApplicationFact"/> or <see cref="ComponentFact"/> and yields findings with
/// <c>RuleInfo.Of(typeof(MyRule)).Finding(application, code, outcome)</c> (<see cref="FindingBuilder"/>); each code needs
/// a template in the rule set's <see cref="MessageCatalogue"/> (<see cref="WithMessages(MessageCatalogue)"/>).</para>
/// </remarks>
public sealed class RuleSetBuilder
{
    private readonly List<Type> ruleTypes;
    private readonly Dictionary<string, CriterionEffect> effects;
    private string id;
    private string description;
    private ParameterSet parameters;
    private MessageCatalogue messages;
    private IServiceProvider? services;

    private RuleSetBuilder(RuleSet preset)
    {
        id = preset.Id;
        description = preset.Description;
        ruleTypes = [.. preset.Rules.Select(r => r.RuleType)];
        effects = new Dictionary<string, CriterionEffect>(preset.Effects, StringComparer.Ordinal);
        parameters = preset.Parameters;
        messages = preset.Messages;
        services = preset.Services;
    }

    /// <summary>Starts a builder from a rule set, for example <see cref="RuleSets.Stockholm2024"/>.</summary>
    /// <param name="preset">The rule set to start from.</param>
    /// <returns>The builder.</returns>
    public static RuleSetBuilder From(RuleSet preset)
    {
        ArgumentNullException.ThrowIfNull(preset);
        return new RuleSetBuilder(preset);
    }

    /// <summary>Sets the rule set's id, which rounds name in <c>ruleSet</c>, and its description.</summary>
    /// <param name="ruleSetId">The id, for example <c>uppsala-2025</c>.</param>
    /// <param name="ruleSetDescription">What the rule set encodes, or <see langword="null"/> to keep the preset's.</param>
    /// <returns>The builder.</returns>
    public RuleSetBuilder WithId(string ruleSetId, string? ruleSetDescription = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleSetId);
        id = ruleSetId;
        description = ruleSetDescription ?? description;
        return this;
    }

    /// <summary>Switches rules off: every rule of a criterion (<c>K9</c>) or one rule by name (<c>K8.NoConsultation</c>).</summary>
    /// <param name="criterionOrRuleName">A criterion id or a rule name.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">No rule of the builder has that criterion id or name.</exception>
    public RuleSetBuilder Without(string criterionOrRuleName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(criterionOrRuleName);
        var removed = ruleTypes.RemoveAll(t => RuleInfo.Of(t) is var r
            && (string.Equals(r.CriterionId, criterionOrRuleName, StringComparison.Ordinal) || string.Equals(r.Name, criterionOrRuleName, StringComparison.Ordinal)));
        return removed > 0 ? this : throw new ArgumentException($"No rule has the criterion id or name '{criterionOrRuleName}'. Rules: {string.Join(", ", ruleTypes.Select(t => RuleInfo.Of(t).Name))}.", nameof(criterionOrRuleName));
    }

    /// <summary>Switches one rule class off.</summary>
    /// <param name="ruleType">The rule class.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">The builder has no such rule.</exception>
    public RuleSetBuilder WithoutRule(Type ruleType)
    {
        ArgumentNullException.ThrowIfNull(ruleType);
        return ruleTypes.Remove(ruleType) ? this : throw new ArgumentException($"The rule set has no rule {ruleType.FullName}.", nameof(ruleType));
    }

    /// <summary>
    /// Changes what the findings of a criterion do when it is not met, for example <c>WithEffect("K8", CriterionEffect.Gate)</c>
    /// makes a missing consultation reject the application instead of warning.
    /// </summary>
    /// <remarks>
    /// The change applies to the criterion's findings whose outcome is not-met or warning; met and informative findings
    /// are left as they are. <see cref="CriterionEffect.Gate"/> rejects the application, <see cref="CriterionEffect.Incomplete"/>
    /// returns it, <see cref="CriterionEffect.ComponentExclusion"/> excludes the component the finding is about (and
    /// rejects the application when the finding is about the whole application), <see cref="CriterionEffect.Warning"/>
    /// and <see cref="CriterionEffect.Info"/> take any consequence away. The rule classes are not changed.
    /// </remarks>
    /// <param name="criterionId">The criterion id, for example <c>K8</c>.</param>
    /// <param name="effect">The new effect; not <see cref="CriterionEffect.CostCap"/>, since a cap's amount only its rule can compute.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">No rule has that criterion, or the effect is <see cref="CriterionEffect.CostCap"/>.</exception>
    public RuleSetBuilder WithEffect(string criterionId, CriterionEffect effect)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(criterionId);
        if (effect == CriterionEffect.CostCap || !Enum.IsDefined(effect))
        {
            throw new ArgumentException($"A criterion's effect can be changed to Gate, Incomplete, ComponentExclusion, Warning or Info, not {effect}.", nameof(effect));
        }

        if (!ruleTypes.Any(t => string.Equals(RuleInfo.Of(t).CriterionId, criterionId, StringComparison.Ordinal)))
        {
            throw new ArgumentException($"No rule of the rule set has the criterion '{criterionId}'.", nameof(criterionId));
        }

        effects[criterionId] = effect;
        return this;
    }

    /// <summary>Adds a rule class of the host's own.</summary>
    /// <typeparam name="TRule">The rule class: an NRules rule with <see cref="CriterionAttribute"/>.</typeparam>
    /// <returns>The builder.</returns>
    public RuleSetBuilder AddRule<TRule>()
        where TRule : NRules.Fluent.Dsl.Rule => AddRule(typeof(TRule));

    /// <summary>Adds a rule class of the host's own.</summary>
    /// <param name="ruleType">The rule class: an NRules rule with <see cref="CriterionAttribute"/>; <see cref="Build"/> checks it.</param>
    /// <returns>The builder.</returns>
    public RuleSetBuilder AddRule(Type ruleType)
    {
        ArgumentNullException.ThrowIfNull(ruleType);
        if (!ruleTypes.Contains(ruleType))
        {
            ruleTypes.Add(ruleType);
        }

        return this;
    }

    /// <summary>Adds every concrete rule class with <see cref="CriterionAttribute"/> in an assembly, ordered by full name.</summary>
    /// <param name="assembly">The host's assembly.</param>
    /// <returns>The builder.</returns>
    public RuleSetBuilder AddRules(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        foreach (var type in assembly.GetTypes()
            .Where(t => typeof(NRules.Fluent.Dsl.Rule).IsAssignableFrom(t) && !t.IsAbstract && Attribute.IsDefined(t, typeof(CriterionAttribute)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            AddRule(type);
        }

        return this;
    }

    /// <summary>Replaces the parameters.</summary>
    /// <param name="replacement">The parameters; <see cref="Build"/> checks that every key of <see cref="ParameterKeys.All"/> is there.</param>
    /// <returns>The builder.</returns>
    public RuleSetBuilder WithParameters(ParameterSet replacement)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        parameters = replacement;
        return this;
    }

    /// <summary>Overrides the parameters the overrides name, keeping the rest (<see cref="ParameterSet.Override(ParameterSet)"/>).</summary>
    /// <param name="overrides">The parameters to replace or add, for example a parameter file's.</param>
    /// <returns>The builder.</returns>
    public RuleSetBuilder OverrideParameters(ParameterSet overrides)
    {
        parameters = parameters.Override(overrides);
        return this;
    }

    /// <summary>Replaces the message templates, for example with <c>MessageCatalogue.Default.With(...)</c> for a host rule's codes or a reworded finding.</summary>
    /// <param name="catalogue">The templates.</param>
    /// <returns>The builder.</returns>
    public RuleSetBuilder WithMessages(MessageCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        messages = catalogue;
        return this;
    }

    /// <summary>Creates the rule classes through a service provider, so host rules can take constructor dependencies, and resolves NRules <c>Dependency()</c> declarations from it.</summary>
    /// <param name="serviceProvider">The container's service provider.</param>
    /// <returns>The builder.</returns>
    public RuleSetBuilder UseServiceProvider(IServiceProvider serviceProvider)
    {
        ArgumentNullException.ThrowIfNull(serviceProvider);
        services = serviceProvider;
        return this;
    }

    /// <summary>Builds the rule set; it compiles its rules once, on first use.</summary>
    /// <returns>The rule set.</returns>
    /// <exception cref="ArgumentException">A rule class is not valid, two rules share a name, or a parameter is missing; the message lists every problem.</exception>
    public RuleSet Build() => new(id, description, ruleTypes, parameters, new Dictionary<string, CriterionEffect>(effects, StringComparer.Ordinal), messages, services);
}
