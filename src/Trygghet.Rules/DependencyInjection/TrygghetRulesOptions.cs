namespace Trygghet.Rules.DependencyInjection;

using Trygghet.Rules.Assessment;
using Trygghet.Rules.Criteria;
using Trygghet.Rules.Decisions;

/// <summary>Options for <see cref="TrygghetRulesServiceCollectionExtensions.AddTrygghetRules"/>.</summary>
public sealed class TrygghetRulesOptions
{
    private Action<RuleSetBuilder>? compose;

    /// <summary>Gets or sets the rule set rounds are assessed with; <see cref="RuleSets.Stockholm2024"/> by default.</summary>
    public RuleSet RuleSet { get; set; } = RuleSets.Stockholm2024;

    /// <summary>
    /// Gets or sets the message templates; <see cref="MessageCatalogue.Default"/> by default, which stands for the rule
    /// set's own templates (<see cref="RuleSet.Messages"/>).
    /// </summary>
    public MessageCatalogue Messages { get; set; } = MessageCatalogue.Default;

    /// <summary>Gets or sets the run options the registered services use by default.</summary>
    public RunOptions RunOptions { get; set; } = RunOptions.Default;

    /// <summary>
    /// Composes the registered rule set from <see cref="RuleSet"/> (set it first to start from another preset) when the
    /// container first needs it: the builder creates rule classes through the container, so a host rule class can take
    /// constructor dependencies, and the result is compiled once per container.
    /// </summary>
    /// <param name="configure">Changes the builder, for example <c>b =&gt; b.WithId("uppsala-2025").WithEffect("K8", CriterionEffect.Gate).AddRule&lt;MyRule&gt;()</c>.</param>
    /// <returns>The options, for chaining.</returns>
    public TrygghetRulesOptions UseRuleSet(Action<RuleSetBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        compose = configure;
        return this;
    }

    internal RuleSet CreateRuleSet(IServiceProvider services)
    {
        if (compose is null)
        {
            return RuleSet;
        }

        var builder = RuleSet.ToBuilder();
        compose(builder);
        return builder.UseServiceProvider(services).Build();
    }

    internal MessageCatalogue MessagesFor(RuleSet ruleSet) => ReferenceEquals(Messages, MessageCatalogue.Default) ? ruleSet.Messages : Messages;
}
