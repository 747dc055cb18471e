namespace Trygghet.Rules.Assessment;

using Trygghet.Rules.Parameters;

/// <summary>One firing of a rule for one application.</summary>
/// <param name="Rule">The rule's name, for example <c>K6.Capped</c>.</param>
/// <param name="CriterionId">The criterion the rule belongs to, for example <c>K6</c>.</param>
/// <param name="Facts">The facts the rule matched, for example <c>application 2024-01</c> or <c>component 2024-01/c1</c>.</param>
/// <param name="Findings">The codes of the findings the firing yielded.</param>
/// <param name="Parameters">The parameters the firing used: value, effective date and reference.</param>
public sealed record RuleFiring(
    string Rule,
    string CriterionId,
    IReadOnlyList<string> Facts,
    IReadOnlyList<string> Findings,
    IReadOnlyList<ParameterUse> Parameters);
