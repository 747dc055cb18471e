namespace Trygghet.Rules.Criteria;

using System.Reflection;
using Trygghet.Rules.Assessment;

/// <summary>What a rule class declares about itself: its NRules name and description and its criterion attribute.</summary>
/// <param name="Name">The rule's name, from NRules' <c>[Name]</c>, for example <c>K6.Capped</c>.</param>
/// <param name="Description">The rule's description, from NRules' <c>[Description]</c>.</param>
/// <param name="CriterionId">The criterion id, for example <c>K6</c>.</param>
/// <param name="Effect">What the rule's findings can do to an application.</param>
/// <param name="Source">The document the criterion comes from.</param>
/// <param name="RuleType">The rule class.</param>
public sealed record RuleInfo(string Name, string Description, string CriterionId, CriterionEffect Effect, string Source, Type RuleType)
{
    /// <summary>Reads a rule class's declarations.</summary>
    /// <param name="ruleType">The rule class; it must carry <see cref="CriterionAttribute"/>.</param>
    /// <returns>The declarations.</returns>
    /// <exception cref="ArgumentException">The class carries no <see cref="CriterionAttribute"/>.</exception>
    public static RuleInfo Of(Type ruleType)
    {
        ArgumentNullException.ThrowIfNull(ruleType);
        var criterion = ruleType.GetCustomAttribute<CriterionAttribute>()
            ?? throw new ArgumentException($"The rule class {ruleType.FullName} has no [Criterion] attribute.", nameof(ruleType));
        return new RuleInfo(
            NRulesAttribute(ruleType, "NameAttribute") ?? ruleType.FullName ?? ruleType.Name,
            NRulesAttribute(ruleType, "DescriptionAttribute") ?? string.Empty,
            criterion.Id,
            criterion.Effect,
            criterion.Source,
            ruleType);
    }

    /// <summary>Starts a finding of this rule about an application, to be inserted in the rule's action.</summary>
    /// <param name="subject">The application's fact (for a component, its <see cref="ComponentFact.Owner"/>, then <see cref="FindingBuilder.About(ComponentFact)"/>).</param>
    /// <param name="code">The finding's stable code, for example <c>K4.NoEvidence</c>; the message catalogue needs a template with that key.</param>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The builder.</returns>
    public FindingBuilder Finding(ApplicationFact subject, string code, FindingOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        return new(this, subject, code, outcome);
    }

    private static string? NRulesAttribute(Type ruleType, string attributeName) => ruleType.GetCustomAttributesData()
        .Where(a => a.AttributeType.Namespace == "NRules.Fluent.Dsl" && a.AttributeType.Name == attributeName && a.ConstructorArguments.Count == 1)
        .Select(a => a.ConstructorArguments[0].Value as string)
        .FirstOrDefault();
}
