namespace Trygghet.Rules.Assessment;

using Trygghet.Rules.Amounts;
using Trygghet.Rules.Criteria;

/// <summary>Applies a rule set's changed criterion effects (<see cref="RuleSetBuilder.WithEffect"/>) to findings before they are folded.</summary>
internal static class EffectOverrides
{
    public static void Apply(IReadOnlyDictionary<string, CriterionEffect> effects, ApplicationFact subject, List<FindingFact> facts)
    {
        if (effects.Count == 0)
        {
            return;
        }

        for (var i = 0; i < facts.Count; i++)
        {
            var fact = facts[i];
            if (fact.Finding.Outcome is FindingOutcome.NotMet or FindingOutcome.Warning
                && effects.TryGetValue(fact.Finding.CriterionId, out var effect))
            {
                facts[i] = new FindingFact(fact.Subject, fact.ComponentIndex, Change(fact, effect, subject), fact.Dimension, fact.Score, [.. fact.Parameters], fact.Feedback);
            }
        }
    }

    private static Finding Change(FindingFact fact, CriterionEffect effect, ApplicationFact subject)
    {
        var finding = fact.Finding with { Excluded = Sek.Zero, Capped = Sek.Zero, Outcome = FindingOutcome.NotMet };
        return effect switch
        {
            CriterionEffect.Gate => finding with { Consequence = FindingConsequence.RejectsApplication },
            CriterionEffect.Incomplete => finding with { Consequence = FindingConsequence.ReturnsApplication },
            CriterionEffect.ComponentExclusion when fact.ComponentIndex >= 0 => finding with
            {
                Consequence = FindingConsequence.ExcludesComponent,
                Excluded = subject.Application.Components[fact.ComponentIndex].Cost,
            },
            CriterionEffect.ComponentExclusion => finding with { Consequence = FindingConsequence.RejectsApplication },
            CriterionEffect.Info => finding with { Consequence = FindingConsequence.None, Outcome = FindingOutcome.Info },
            CriterionEffect.CostCap => fact.Finding,
            _ => finding with { Consequence = FindingConsequence.None, Outcome = FindingOutcome.Warning },
        };
    }
}
