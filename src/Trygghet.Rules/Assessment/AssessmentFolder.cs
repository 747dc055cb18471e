namespace Trygghet.Rules.Assessment;

using Trygghet.Rules.Amounts;
using Trygghet.Rules.Criteria;

/// <summary>
/// Folds an application's findings into its assessment: status, eligible components, excluded and capped amounts,
/// quality scores and feedback.
/// </summary>
/// <remarks>
/// Status precedence: <see cref="AssessmentStatus.Incomplete"/> when a formal requirement is missing, since an
/// incomplete application is returned and not assessed on merit; otherwise <see cref="AssessmentStatus.Rejected"/> when
/// a gate is not met or no component is left with an amount; otherwise <see cref="AssessmentStatus.Eligible"/>.
/// A component excluded by any criterion counts once, in full, and a cap on it is then void; of several caps on one
/// component the largest applies. Requested = eligible + excluded + capped always holds: an application that is not
/// eligible has no eligible components, its whole request counts as excluded and nothing as capped.
/// Each quality score is the lowest any finding gives it (1 when none does), and zero unless eligible.
/// </remarks>
internal static class AssessmentFolder
{
    public static ApplicationAssessment Fold(ApplicationFact subject, List<FindingFact> facts, AssessmentTrace? trace)
    {
        facts.Sort(static (l, r) => FindingOrder.Compare(
            l.Finding.CriterionId, l.ComponentIndex, l.Finding.Code, l.Finding.Message.Swedish,
            r.Finding.CriterionId, r.ComponentIndex, r.Finding.Code, r.Finding.Message.Swedish));
        var application = subject.Application;
        var count = application.Components.Count;
        var excluded = new bool[count];
        var capped = new Sek[count];
        var returned = false;
        var gateFailed = false;
        double evidence = 1.0, logic = 1.0, deliverability = 1.0;
        var findings = new Finding[facts.Count];
        var feedback = new List<LocalizedText>();
        for (var i = 0; i < facts.Count; i++)
        {
            var fact = facts[i];
            var finding = fact.Finding;
            findings[i] = finding;
            switch (finding.Consequence)
            {
                case FindingConsequence.ReturnsApplication:
                    returned = true;
                    break;
                case FindingConsequence.RejectsApplication:
                    gateFailed = true;
                    break;
                case FindingConsequence.ExcludesComponent when fact.ComponentIndex >= 0:
                    excluded[fact.ComponentIndex] = true;
                    break;
                case FindingConsequence.CapsComponent when fact.ComponentIndex >= 0:
                    capped[fact.ComponentIndex] = Sek.Max(capped[fact.ComponentIndex], finding.Capped);
                    break;
            }

            switch (fact.Dimension)
            {
                case QualityDimension.Evidence:
                    evidence = Math.Min(evidence, fact.Score);
                    break;
                case QualityDimension.Logic:
                    logic = Math.Min(logic, fact.Score);
                    break;
                case QualityDimension.Deliverability:
                    deliverability = Math.Min(deliverability, fact.Score);
                    break;
            }

            if (fact.Feedback is { } text && !feedback.Contains(text))
            {
                feedback.Add(text);
            }
        }

        var eligible = new List<EligibleComponent>(count);
        Sek excludedTotal = Sek.Zero, cappedTotal = Sek.Zero, eligibleTotal = Sek.Zero;
        for (var i = 0; i < count; i++)
        {
            var component = application.Components[i];
            if (excluded[i])
            {
                excludedTotal += component.Cost;
                continue;
            }

            var cap = Sek.Min(capped[i], component.Cost);
            cappedTotal += cap;
            eligibleTotal += component.Cost - cap;
            eligible.Add(new EligibleComponent(component, component.Cost - cap));
        }

        var status = returned ? AssessmentStatus.Incomplete
            : gateFailed || eligible.Count == 0 || eligibleTotal == Sek.Zero ? AssessmentStatus.Rejected
            : AssessmentStatus.Eligible;
        if (status != AssessmentStatus.Eligible)
        {
            eligible.Clear();
            excludedTotal = application.Requested;
            cappedTotal = Sek.Zero;
        }

        return new ApplicationAssessment
        {
            Application = application,
            Status = status,
            Findings = findings,
            EligibleComponents = eligible,
            Excluded = excludedTotal,
            Capped = cappedTotal,
            Quality = status == AssessmentStatus.Eligible ? new QualityScores(evidence, logic, deliverability) : QualityScores.Zero,
            Feedback = feedback,
            Trace = trace,
        };
    }
}
