namespace Trygghet.Rules.Reporting;

using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Criteria;
using Trygghet.Rules.Decisions;
using Trygghet.Rules.Impact;
using static Trygghet.Rules.Reporting.ReportText;

/// <content>The matter (<c>Ärendet</c>): how the applications were assessed and what the criteria found.</content>
public static partial class ProposalReport
{
    private static readonly CriterionEffect[] EffectOrder =
    [
        CriterionEffect.Gate, CriterionEffect.Incomplete, CriterionEffect.ComponentExclusion, CriterionEffect.CostCap, CriterionEffect.Warning, CriterionEffect.Info,
    ];

    private static ReportSection Matter(RoundResult result, ReportLanguage language)
    {
        var intro = T(
            language,
            $"{Term(result.Organisation.Office, language, start: true)} har bedömt varje ansökan mot kriterierna nedan. Uppfylls inte ett grindkriterium avslås ansökan; saknas formalia återlämnas den utan prövning i sak. Delar av en ansökan som inte uppfyller ett kriterium räknas bort, och kostnader över riktvärdet begränsas.",
            $"{Term(result.Organisation.Office, language, start: true)} assessed every application against the criteria below. An application that fails a gate criterion is rejected; one that lacks formal requirements is returned without being assessed on merit. Parts of an application that fail a criterion are excluded, and costs above the benchmark are capped.");
        return new ReportSection(T(language, "Ärendet", "The matter"), [new ReportParagraph(intro)])
        {
            Subsections =
            [
                Criteria(result, language),
                Outcomes(result, language),
                Reductions(result, language),
                FindingsPerCriterion(result, language),
            ],
        };
    }

    private static ReportSection Criteria(RoundResult result, ReportLanguage language)
    {
        var rows = CriterionIds(result)
            .Select(id => (IReadOnlyList<string>)[id, CriterionName(result, id, language), CriterionEffects(result.RuleSetId, id, language)])
            .ToList();
        var table = new ReportTable(
            [new ReportColumn(T(language, "Kriterium", "Criterion")), new ReportColumn(T(language, "Innebörd", "Meaning")), new ReportColumn(T(language, "Verkan", "Effect"))],
            rows);
        return new ReportSection(T(language, "Kriterier", "Criteria"), [table]);
    }

    private static ReportSection Outcomes(RoundResult result, ReportLanguage language)
    {
        var s = result.Summary;
        var eligible = s.Applications - s.Rejected - s.Incomplete;
        var text = T(
            language,
            $"Av {Applications(s.Applications, language)} uppfyller {eligible} kriterierna helt eller delvis, {s.Rejected} avslås och {s.Incomplete} är ofullständiga. Av dem som uppfyller kriterierna föreslås {s.Granted} få medel och {s.NotFunded} ryms inte inom budgetramen.",
            $"Of {Applications(s.Applications, language)}, {eligible} meet the criteria fully or in part, {s.Rejected} are rejected and {s.Incomplete} are incomplete. Of those that meet the criteria, {s.Granted} are proposed for funding and {s.NotFunded} do not fit within the ceiling.");
        var rows = Enum.GetValues<DecisionStatus>()
            .Select(status =>
            {
                var decisions = result.Decisions.Where(d => d.Status == status).ToList();
                return (IReadOnlyList<string>)
                [
                    Status(status, language),
                    Integer(decisions.Count, language),
                    Sek.Sum(decisions.Select(d => d.Assessment.Requested)).ToKronorString(language),
                    Sek.Sum(decisions.Select(d => d.Assessment.Eligible)).ToKronorString(language),
                    Sek.Sum(decisions.Select(d => d.Granted)).ToKronorString(language),
                ];
            })
            .ToList();
        var table = new ReportTable(
            [
                new ReportColumn("Status"),
                new ReportColumn(T(language, "Ansökningar", "Applications"), Numeric: true),
                new ReportColumn(T(language, "Sökt belopp", "Requested"), Numeric: true),
                new ReportColumn(T(language, "Stödberättigat", "Eligible"), Numeric: true),
                new ReportColumn(T(language, "Förslag", "Proposed"), Numeric: true),
            ],
            rows)
        {
            Footer = [T(language, "Summa", "Total"), Integer(s.Applications, language), s.Requested.ToKronorString(language), s.Eligible.ToKronorString(language), s.GrantedAmount.ToKronorString(language)],
        };
        return new ReportSection(T(language, "Bedömningarnas utfall", "Outcome of the assessments"), [new ReportParagraph(text), table]);
    }

    private static ReportSection Reductions(RoundResult result, ReportLanguage language)
    {
        var eligible = result.Decisions.Where(d => d.Assessment.Status == AssessmentStatus.Eligible).ToList();
        var reduced = eligible.Where(d => d.Assessment.Eligible < d.Assessment.Requested).ToList();
        var blocks = new List<ReportBlock>();
        if (reduced.Count == 0)
        {
            blocks.Add(new ReportParagraph(T(
                language,
                "Ingen ansökan som uppfyller kriterierna har fått sitt stödberättigade belopp reducerat.",
                "No application that meets the criteria had its eligible amount reduced.")));
        }
        else
        {
            var total = Sek.Sum(reduced.Select(d => d.Assessment.Requested - d.Assessment.Eligible));
            blocks.Add(new ReportParagraph(T(
                language,
                $"För {Applications(reduced.Count, language)} som uppfyller kriterierna är det stödberättigade beloppet lägre än det sökta, sammanlagt {total.ToKronorString(language)} lägre. Tabellen visar hur mycket varje kriterium räknar bort eller begränsar.",
                $"For {Applications(reduced.Count, language)} that meet the criteria the eligible amount is below the amount requested, by {total.ToKronorString(language)} in total. The table shows how much each criterion excludes or caps.")));
            var reasons = Reasons(reduced)
                .Select(r => (IReadOnlyList<string>)[r.Criterion + " " + CriterionName(result, r.Criterion, language), Integer(r.Applications, language), r.Amount.ToKronorString(language)])
                .ToList();
            blocks.Add(new ReportTable(
                [
                    new ReportColumn(T(language, "Kriterium", "Criterion")),
                    new ReportColumn(T(language, "Ansökningar", "Applications"), Numeric: true),
                    new ReportColumn(T(language, "Avräknat belopp", "Amount taken away"), Numeric: true),
                ],
                reasons));
        }

        var trimmed = eligible.Count(d => ReportText.IsGranted(d.Status) && d.Granted < d.Assessment.Eligible);
        if (trimmed > 0)
        {
            blocks.Add(new ReportParagraph(T(
                language,
                $"För {Applications(trimmed, language)} föreslås dessutom ett lägre belopp än det stödberättigade: ett mindre paket av de stödberättigade delarna ger mer effekt inom budgetramen.",
                $"For {Applications(trimmed, language)} the proposal is also below the eligible amount: a smaller package of the eligible parts gives more impact within the ceiling.")));
        }

        return new ReportSection(T(language, "Reducerade belopp", "Reduced amounts"), blocks);
    }

    private static ReportSection FindingsPerCriterion(RoundResult result, ReportLanguage language)
    {
        int WithFinding(string id, Func<Finding, bool> selected) =>
            result.Decisions.Count(d => d.Findings.Any(f => string.Equals(f.CriterionId, id, StringComparison.Ordinal) && selected(f)));
        var rows = CriterionIds(result)
            .Select(id => (IReadOnlyList<string>)
            [
                id + " " + CriterionName(result, id, language),
                Integer(WithFinding(id, f => f.Outcome == FindingOutcome.Met), language),
                Integer(WithFinding(id, f => f.Outcome == FindingOutcome.NotMet), language),
                Integer(result.Decisions.Count(d => d.Findings.Any(f => string.Equals(f.CriterionId, id, StringComparison.Ordinal) && Decides(d, f))), language),
                Integer(WithFinding(id, f => f.Outcome == FindingOutcome.Warning), language),
                Integer(WithFinding(id, f => f.Outcome == FindingOutcome.Info), language),
            ])
            .ToList();
        var text = T(
            language,
            "Antal ansökningar med minst ett utfall av varje slag per kriterium. Ej uppfyllt kan gälla en del av en ansökan; avgörande är de utfall som avslår eller återlämnar hela ansökan.",
            "The number of applications with at least one finding of each kind, per criterion. Not met may concern one part of an application; deciding are the findings that reject or return the whole application.");
        var table = new ReportTable(
            [
                new ReportColumn(T(language, "Kriterium", "Criterion")),
                new ReportColumn(T(language, "Uppfyllt", "Met"), Numeric: true),
                new ReportColumn(T(language, "Ej uppfyllt", "Not met"), Numeric: true),
                new ReportColumn(T(language, "Avgörande", "Deciding"), Numeric: true),
                new ReportColumn(T(language, "Varning", "Warning"), Numeric: true),
                new ReportColumn(T(language, "Information", "Information"), Numeric: true),
            ],
            rows);
        return new ReportSection(T(language, "Utfall per kriterium", "Findings per criterion"), [new ReportParagraph(text), table]);
    }

    /// <summary>
    /// Whether a finding decides the application's fate: it rejects or returns it, or it excludes a component of an
    /// application rejected because nothing eligible was left.
    /// </summary>
    private static bool Decides(Decision decision, Finding finding) =>
        finding.Consequence is FindingConsequence.RejectsApplication or FindingConsequence.ReturnsApplication
        || (finding.Consequence == FindingConsequence.ExcludesComponent
            && decision.Status == DecisionStatus.Rejected
            && !decision.Findings.Any(f => f.Consequence == FindingConsequence.RejectsApplication));

    /// <summary>The amounts each criterion takes away from reduced applications; a cap on an excluded component counts once, as the exclusion.</summary>
    private static IEnumerable<(string Criterion, int Applications, Sek Amount)> Reasons(IReadOnlyList<Decision> reduced)
    {
        var reductions = new List<(string Criterion, string Application, Sek Amount)>();
        foreach (var decision in reduced)
        {
            var findings = decision.Assessment.Findings;
            var excluded = findings.Where(f => f.Consequence == FindingConsequence.ExcludesComponent).Select(f => f.ComponentId).ToHashSet(StringComparer.Ordinal);
            reductions.AddRange(findings
                .Where(f => f.Consequence == FindingConsequence.ExcludesComponent || (f.Consequence == FindingConsequence.CapsComponent && !excluded.Contains(f.ComponentId)))
                .Select(f => (f.CriterionId, decision.Application.Id, f.Consequence == FindingConsequence.ExcludesComponent ? f.Excluded : f.Capped)));
        }

        return reductions
            .GroupBy(r => r.Criterion, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Select(r => r.Application).Distinct(StringComparer.Ordinal).Count(), Sek.Sum(g.Select(r => r.Amount))));
    }

    /// <summary>The criteria of the result's rule set in its order, then any other criterion the findings name.</summary>
    private static List<string> CriterionIds(RoundResult result)
    {
        var ids = new List<string>();
        foreach (var rule in RuleSets.Find(result.RuleSetId)?.Rules ?? [])
        {
            if (!ids.Contains(rule.CriterionId, StringComparer.Ordinal))
            {
                ids.Add(rule.CriterionId);
            }
        }

        ids.AddRange(result.Decisions
            .SelectMany(d => d.Findings)
            .Select(f => f.CriterionId)
            .Where(id => !string.Equals(id, ImpactFindings.CriterionId, StringComparison.Ordinal) && !ids.Contains(id, StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal));
        return ids;
    }

    private static string CriterionName(RoundResult result, string id, ReportLanguage language) =>
        result.Messages.Contains("Criterion." + id) ? Capitalize(result.Messages.Render("Criterion." + id, []).In(language)) : id;

    private static string CriterionEffects(string ruleSetId, string id, ReportLanguage language)
    {
        var effects = (RuleSets.Find(ruleSetId)?.Rules ?? [])
            .Where(r => string.Equals(r.CriterionId, id, StringComparison.Ordinal))
            .Select(r => r.Effect)
            .ToHashSet();
        var texts = EffectOrder.Where(effects.Contains).Select(effect => Effect(effect, language)).ToList();
        return texts.Count == 0 ? T(language, "okänd", "unknown") : Capitalize(string.Join("; ", texts));
    }

    private static string Effect(CriterionEffect effect, ReportLanguage language) => effect switch
    {
        CriterionEffect.Gate => T(language, "ej uppfyllt: ansökan avslås", "not met: the application is rejected"),
        CriterionEffect.Incomplete => T(language, "saknas: ansökan återlämnas för komplettering", "missing: the application is returned for completion"),
        CriterionEffect.ComponentExclusion => T(language, "delar som inte uppfyller kriteriet räknas bort", "parts that fail it are excluded"),
        CriterionEffect.CostCap => T(language, "kostnader över riktvärdet begränsas", "costs above the benchmark are capped"),
        CriterionEffect.Warning => T(language, "varning och återkoppling", "a warning and feedback"),
        _ => T(language, "information och återkoppling", "information and feedback"),
    };
}
