namespace Trygghet.Rules.DependencyInjection;

using Trygghet.Rules.Assessment;
using Trygghet.Rules.Criteria;
using Trygghet.Rules.Decisions;

/// <summary>Options for <see cref="TrygghetRulesServiceCollectionExtensions.AddTrygghetRules"/>.</summary>
public sealed class TrygghetRulesOptions
{
    /// <summary>Gets or sets the rule set rounds are assessed with; <see cref="RuleSets.Stockholm2024"/> by default.</summary>
    public RuleSet RuleSet { get; set; } = RuleSets.Stockholm2024;

    /// <summary>Gets or sets the message templates; <see cref="MessageCatalogue.Default"/> by default.</summary>
    public MessageCatalogue Messages { get; set; } = MessageCatalogue.Default;

    /// <summary>Gets or sets the run options the registered services use by default.</summary>
    public RunOptions RunOptions { get; set; } = RunOptions.Default;
}
