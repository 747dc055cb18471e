namespace Trygghet.Rules.Scenarios;

using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Parameters;

/// <summary>Takes the eligible components of excluded measures out of an assessed application, as a criterion would exclude them.</summary>
internal sealed class MeasureExclusion
{
    /// <summary>The criterion id of the findings a scenario yields.</summary>
    public const string CriterionId = "Scenario";

    /// <summary>The code, and message key, of the finding that a scenario excludes a component's measure.</summary>
    public const string Code = "Scenario.ExcludedMeasure";

    /// <summary>The template used when the message catalogue has none for <see cref="Code"/>.</summary>
    public static readonly LocalizedText DefaultTemplate = new(
        "{description} ({component}) är {measure}, som scenariot '{scenario}' inte finansierar; {cost} räknas bort.",
        "{description} ({component}) is {measure}, which the scenario '{scenario}' does not fund; {cost} is excluded.");

    private readonly MessageCatalogue messages;

    public MeasureExclusion(MessageCatalogue messages) =>
        this.messages = messages.Contains(Code) ? messages : messages.With(Code, DefaultTemplate);

    /// <summary>
    /// Returns the assessment without the eligible components of the excluded measures, each with a finding that excludes
    /// its whole cost (a cap on it is then void); rejected when nothing with an amount is left, as the assessment folds it.
    /// </summary>
    public ApplicationAssessment Apply(ApplicationAssessment assessment, MeasureSet excluded, string scenario)
    {
        if (assessment.Status != AssessmentStatus.Eligible || !assessment.EligibleComponents.Any(c => excluded.Contains(c.Component.Measure)))
        {
            return assessment;
        }

        var kept = new List<EligibleComponent>(assessment.EligibleComponents.Count);
        var findings = new List<Finding>(assessment.Findings);
        var excludedTotal = assessment.Excluded;
        var capped = assessment.Capped;
        foreach (var eligible in assessment.EligibleComponents)
        {
            if (!excluded.Contains(eligible.Component.Measure))
            {
                kept.Add(eligible);
                continue;
            }

            excludedTotal += eligible.Component.Cost;
            capped -= eligible.Component.Cost - eligible.Eligible;
            findings.Add(Finding(eligible.Component, scenario));
        }

        if (Sek.Sum(kept.Select(c => c.Eligible)) == Sek.Zero)
        {
            return assessment with
            {
                Status = AssessmentStatus.Rejected,
                Findings = findings,
                EligibleComponents = [],
                Excluded = assessment.Requested,
                Capped = Sek.Zero,
                Quality = QualityScores.Zero,
            };
        }

        return assessment with { Findings = findings, EligibleComponents = kept, Excluded = excludedTotal, Capped = capped };
    }

    private Finding Finding(Component component, string scenario) => new()
    {
        CriterionId = CriterionId,
        Outcome = FindingOutcome.NotMet,
        Code = Code,
        Message = messages.Render(Code, [
            new MessageArgument("description", component.Description),
            new MessageArgument("component", component.Id),
            new MessageArgument("measure", component.Measure),
            new MessageArgument("scenario", scenario),
            new MessageArgument("cost", component.Cost)]),
        Source = "scenario '" + scenario + "'",
        ComponentId = component.Id,
        Excluded = component.Cost,
        Consequence = FindingConsequence.ExcludesComponent,
        Values = [new FindingValue("measure", ParameterFormat.WireName(component.Measure)), new FindingValue("scenario", scenario)],
    };
}
