namespace Trygghet.Rules.Reporting;

using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Decisions;
using static Trygghet.Rules.Reporting.ReportText;

/// <summary>
/// Builds the decision proposal for a round in the structure of the city's own document: proposed decision, summary,
/// background, the matter, the office's views and proposal, and the appendices (the assessments, and
/// summaries per board and per district area). Every number is computed from the result.
/// </summary>
public static partial class ProposalReport
{
    /// <summary>Builds the decision proposal for a round's result.</summary>
    /// <param name="result">The round's result.</param>
    /// <param name="language">The language of the proposal.</param>
    /// <returns>The proposal as a format-neutral document.</returns>
    public static ReportDocument Create(RoundResult result, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(result);
        var round = result.Round;
        return new ReportDocument
        {
            Title = round.Name,
            Subtitle = round.Municipality + T(language, $" – {Term(result.Organisation.OfficeGenitive, language)} förslag till beslut om trygghetsinvesteringar", $" – {Term(result.Organisation.OfficeGenitive, language)} proposed decision on safety investments"),
            Notice = IllustrativeNotice(round, language),
            Language = language,
            Facts = Facts(result, language),
            Sections =
            [
                ProposedDecision(result, language),
                Summary(result, language),
                Background(result, language),
                Matter(result, language),
                Views(result, language),
                AssessmentsAppendix(result, language),
                BoardAppendix(result, language),
                DistrictAppendix(result, language),
            ],
        };
    }

    /// <summary>The sentence that states the proposal: <c>35 av sammantaget 48 ansökningar beviljas medel om totalt 60,1 mnkr</c>.</summary>
    internal static string ProposalSentence(RoundResult result, ReportLanguage language) => ProposalSentence(result.Summary, Term(result.Organisation.Office, language, start: true), language);

    private static string ProposalSentence(RoundSummary summary, string office, ReportLanguage language) => T(
        language,
        $"{office} föreslår att {summary.Granted} av sammantaget {Applications(summary.Applications, language)} beviljas medel om totalt {summary.GrantedAmount.ToMillionsString(language)}.",
        $"{office} proposes that {summary.Granted} of the {Applications(summary.Applications, language)} in total be granted funds totalling {summary.GrantedAmount.ToMillionsString(language)}.");

    private static List<KeyValuePair<string, string>> Facts(RoundResult result, ReportLanguage language) =>
    [
        new(T(language, "Kommun", "Municipality"), result.Round.Municipality),
        new(T(language, "Regelverk", "Rule set"), result.RuleSetId),
        new(T(language, "Bedömningsdatum", "Assessment date"), Date(result.Round.AssessmentDate)),
        new(T(language, "Budgetram", "Budget ceiling"), result.Allocation.BudgetCeiling.ToMillionsString(language)),
        new(T(language, "Fördelning", "Allocation"), result.Allocation.Solver + ", " + (result.Allocation.Optimal
            ? T(language, "bevisat optimal", "proven optimal")
            : T(language, "inte bevisat optimal", "not proven optimal"))),
    ];

    private static ReportSection ProposedDecision(RoundResult result, ReportLanguage language)
    {
        var s = result.Summary;
        var items = new List<string>
        {
            T(
                language,
                $"{Term(result.Organisation.Committee, language, start: true)} beviljar medel för trygghetsinvesteringar enligt bilaga 1, Sammanställning av bedömningar, om totalt {s.GrantedAmount.ToMillionsString(language)} till {Applications(s.Granted, language)}.",
                $"{Term(result.Organisation.Committee, language, start: true)} grants funds for safety investments as set out in appendix 1, Summary of assessments, totalling {s.GrantedAmount.ToMillionsString(language)} to {Applications(s.Granted, language)}."),
        };
        var refused = s.NotFunded + s.Rejected;
        if (refused > 0)
        {
            items.Add(T(
                language,
                $"{Applications(refused, language)} beviljas inte medel enligt bilaga 1.",
                $"{Capitalize(Applications(refused, language))} are not granted funds, as set out in appendix 1."));
        }

        if (s.Incomplete > 0)
        {
            items.Add(T(
                language,
                $"{Applications(s.Incomplete, language)} återlämnas för komplettering utan prövning i sak.",
                $"{Capitalize(Applications(s.Incomplete, language))} are returned for completion without being assessed on merit."));
        }

        return new ReportSection(T(language, "Förslag till beslut", "Proposed decision"), [new ReportList(items, Numbered: true)]);
    }

    private static ReportSection Summary(RoundResult result, ReportLanguage language)
    {
        var s = result.Summary;
        var round = result.Round;
        var intro = T(
            language,
            $"{Term(result.Organisation.City, language, start: true)} avsätter medel för trygghetsinvesteringar i offentliga fysiska miljöer. I omgången har {Applications(s.Applications, language)} om sammanlagt {s.Requested.ToMillionsString(language)} kommit in, mot en budgetram om {round.BudgetCeiling.ToMillionsString(language)}.",
            $"{Term(result.Organisation.City, language, start: true)} sets aside funds for safety investments in public physical environments. The round received {Applications(s.Applications, language)} requesting {s.Requested.ToMillionsString(language)} in total, against a budget ceiling of {round.BudgetCeiling.ToMillionsString(language)}.");

        var proposal = ProposalSentence(result, language);
        if (s.PartiallyGranted > 0)
        {
            proposal += T(
                language,
                $" Av dessa beviljas {s.PartiallyGranted} med ett lägre belopp än det sökta.",
                $" Of these, {s.PartiallyGranted} are granted less than they requested.");
        }

        var others = new List<string>();
        if (s.NotFunded > 0)
        {
            others.Add(T(language, $"{Applications(s.NotFunded, language)} uppfyller kriterierna men ryms inte inom budgetramen", $"{Applications(s.NotFunded, language)} meet the criteria but do not fit within the ceiling"));
        }

        if (s.Rejected > 0)
        {
            others.Add(T(language, $"{s.Rejected} avslås", $"{s.Rejected} are rejected"));
        }

        if (s.Incomplete > 0)
        {
            others.Add(T(language, $"{s.Incomplete} återlämnas för komplettering", $"{s.Incomplete} are returned for completion"));
        }

        if (others.Count > 0)
        {
            proposal += " " + Capitalize(JoinSentence(others, language)) + ".";
        }

        var shares = T(
            language,
            $"Förslaget omfattar {Percent(Share(s.Granted, s.Applications), language)} av ansökningarna och {Percent(Share(s.GrantedAmount, s.Requested), language)} av det sökta beloppet. Den förväntade effekten är {PersonYears(s.ExpectedImpact, language)} personår minskad otrygghet, ",
            $"The proposal covers {Percent(Share(s.Granted, s.Applications), language)} of the applications and {Percent(Share(s.GrantedAmount, s.Requested), language)} of the amount requested. Its expected impact is {PersonYears(s.ExpectedImpact, language)} person-years of avoided insecurity, ")
            + (result.Allocation.Optimal
                ? T(language, "den största möjliga inom budgetramen.", "the largest possible within the ceiling.")
                : T(language, "den största som beräkningen hann hitta; den är inte bevisat optimal.", "the largest the search found before it stopped; it is not proven optimal."));

        return new ReportSection(T(language, "Sammanfattning", "Summary"), [new ReportParagraph(intro), new ReportParagraph(proposal), new ReportParagraph(shares)]);
    }

    private static ReportSection Background(RoundResult result, ReportLanguage language)
    {
        var o = result.Organisation;
        var s = result.Summary;
        var round = result.Round;
        var scheme = T(
            language,
            $"Trygghetsinvesteringar är investeringsmedel för åtgärder i offentliga fysiska miljöer som ökar tryggheten, till exempel belysning, röjning av vegetation för bättre sikt och åtgärder som befolkar otrygga platser. {Term(o.CityGenitive, language, start: true)} nämnder söker medlen; {Term(o.Office, language)} bedömer varje ansökan och föreslår ett belopp och en motivering för var och en, och {Term(o.Committee, language)} beslutar.",
            $"Safety investments are capital funds for measures in public physical environments that make people safer, such as lighting, clearing vegetation for better sightlines and measures that bring people to deserted places. {Term(o.CityGenitive, language, start: true)} boards apply; {Term(o.Office, language)} assesses every application and proposes an amount and a motivation for each, and {Term(o.Committee, language)} decides.");

        var over = s.Requested - round.BudgetCeiling;
        var applications = T(
            language,
            $"Budgetramen för omgången är {round.BudgetCeiling.ToMillionsString(language)}. {Term(o.Office, language, start: true)} har tagit emot {Applications(s.Applications, language)} från {Count(s.Boards, language, "nämnd", "nämnder", "board", "boards")} ({Count(s.DistrictBoards, language, "stadsdelsnämnd", "stadsdelsnämnder", "", "")} och {Count(s.SpecialistBoards, language, "facknämnd", "facknämnder", "", "")}) om sammanlagt {s.Requested.ToMillionsString(language)}",
            $"The round's budget ceiling is {round.BudgetCeiling.ToMillionsString(language)}. {Term(o.Office, language, start: true)} received {Applications(s.Applications, language)} from {Count(s.Boards, language, "", "", "board", "boards")} ({Count(s.DistrictBoards, language, "", "", "district board", "district boards")} and {Count(s.SpecialistBoards, language, "", "", "specialist board", "specialist boards")}) requesting {s.Requested.ToMillionsString(language)} in total")
            + (over > Sek.Zero
                ? T(language, $", {over.ToMillionsString(language)} mer än budgetramen.", $", {over.ToMillionsString(language)} more than the ceiling.")
                : T(language, ", vilket ryms inom budgetramen.", ", which fits within the ceiling."));

        var method = T(
            language,
            $"Ansökningarna har bedömts mot kriterierna i regelverket {result.RuleSetId} per den {Date(round.AssessmentDate)}. För varje ansökan som uppfyller kriterierna uppskattas den förväntade effekten i personår minskad otrygghet: antalet berörda personer gånger andelen som känner sig otrygga, åtgärdernas förväntade effekt, underlagets kvalitet och åtgärdernas livslängd.",
            $"The applications were assessed against the criteria of the rule set {result.RuleSetId} as of {Date(round.AssessmentDate)}. For every application that meets the criteria, the expected impact is estimated in person-years of avoided insecurity: the number of people affected times the share who feel unsafe, the measures' expected effect, the quality of the evidence and the measures' lifetime.");

        return new ReportSection(T(language, "Bakgrund", "Background"), [new ReportParagraph(scheme), new ReportParagraph(applications), new ReportParagraph(method)]);
    }

    private static double Share(long part, long whole) => whole == 0 ? 0 : (double)part / whole;

    private static double Share(Sek part, Sek whole) => Share(part.Kronor, whole.Kronor);
}
