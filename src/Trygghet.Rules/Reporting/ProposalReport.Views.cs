namespace Trygghet.Rules.Reporting;

using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Decisions;
using static Trygghet.Rules.Reporting.ReportText;

/// <content>The office's views and proposal: the allocation, what the budget leaves out, the comparisons and the frontier.</content>
public static partial class ProposalReport
{
    private static ReportSection Views(RoundResult result, ReportLanguage language)
    {
        var subsections = new List<ReportSection> { Allocation(result, language), LeftOut(result, language) };
        if (result.Comparisons.Count > 0)
        {
            subsections.Add(Comparisons(result, language));
        }

        subsections.Add(Frontier(result, language));
        var closing = ProposalSentence(result, language)
            + T(language, " Beloppen och motiveringarna framgår av bilaga 1.", " The amounts and motivations are set out in appendix 1.");
        return new ReportSection(
            T(language, $"{Term(result.Organisation.OfficeGenitive, language, start: true)} synpunkter och förslag", $"{Term(result.Organisation.OfficeGenitive, language, start: true)} views and proposal"),
            [new ReportParagraph(closing)])
        {
            Subsections = subsections,
        };
    }

    private static ReportSection Allocation(RoundResult result, ReportLanguage language)
    {
        var a = result.Allocation;
        var how = a.Optimal
            ? T(
                language,
                $"{Term(result.Organisation.Office, language, start: true)} har fördelat budgetramen så att den sammanlagda förväntade effekten blir så stor som möjligt. Fördelningen är beräknad exakt ({a.Solver}) och är bevisat optimal: ingen annan fördelning inom budgetramen och omgångens villkor ger större förväntad effekt.",
                $"{Term(result.Organisation.Office, language, start: true)} allocated the ceiling so that the total expected impact is as large as possible. The allocation is computed exactly ({a.Solver}) and is proven optimal: no other allocation within the ceiling and the round's constraints gives a larger expected impact.")
              + (a.TieBreakComplete
                ? string.Empty
                : T(
                    language,
                    " Flera fördelningar ger exakt samma effekt till exakt samma kostnad; av dem redovisas den första som beräkningen fann, inte nödvändigtvis den som ansökningarnas id-ordning skulle välja.",
                    " Several allocations give exactly the same impact at exactly the same cost; the first the search found is shown, not necessarily the one the application ids' order would choose."))
            : T(
                language,
                $"{Term(result.Organisation.Office, language, start: true)} har fördelat budgetramen så att den sammanlagda förväntade effekten blir så stor som möjligt. Beräkningen ({a.Solver}) stoppades vid en gräns; fördelningen ligger högst {Percent(a.Gap, language, 2)} under optimum",
                $"{Term(result.Organisation.Office, language, start: true)} allocated the ceiling so that the total expected impact is as large as possible. The search ({a.Solver}) stopped at a limit; the allocation is at most {Percent(a.Gap, language, 2)} below the optimum")
              + (a.UpperBound is { } bound
                ? T(language, $" (övre gräns {PersonYears(bound, language)} personår).", $" (upper bound {PersonYears(bound, language)} person-years).")
                : ".");
        var perMillion = a.BudgetUsed == Sek.Zero ? 0 : a.Objective / (a.BudgetUsed.Kronor / 1_000_000d);
        var what = T(
            language,
            $"Förslaget använder {a.BudgetUsed.ToKronorString(language)} av budgetramen {a.BudgetCeiling.ToKronorString(language)} och ger en förväntad effekt om {PersonYears(a.Objective, language)} personår minskad otrygghet, i genomsnitt {PersonYears(perMillion, language)} personår per miljon kronor.",
            $"The proposal uses {a.BudgetUsed.ToKronorString(language)} of the {a.BudgetCeiling.ToKronorString(language)} ceiling and has an expected impact of {PersonYears(a.Objective, language)} person-years of avoided insecurity, {PersonYears(perMillion, language)} person-years per million kronor on average.");
        var unused = a.BudgetCeiling - a.BudgetUsed;
        if (unused > Sek.Zero)
        {
            what += T(
                language,
                $" Resterande {unused.ToKronorString(language)} räcker inte till någon ytterligare ansökan eller del av ansökan.",
                $" The remaining {unused.ToKronorString(language)} is not enough for any further application or part of one.");
        }

        var blocks = new List<ReportBlock> { new ReportParagraph(how), new ReportParagraph(what) };
        var c = result.Round.Constraints;
        if (!c.IsEmpty)
        {
            blocks.Add(new ReportParagraph(T(
                language,
                $"Omgångens villkor har följts: {c.BoardCaps.Count} tak per nämnd, {c.DistrictMinimums.Count} lägsta belopp per stadsdelsområde, {c.MustFund.Count} ansökningar som ska beviljas och {c.MutuallyExclusive.Count} grupper av ansökningar som utesluter varandra.",
                $"The round's constraints hold: {c.BoardCaps.Count} caps per board, {c.DistrictMinimums.Count} minimum amounts per district area, {c.MustFund.Count} applications that must be funded and {c.MutuallyExclusive.Count} groups of mutually exclusive applications.")));
        }

        return new ReportSection(T(language, "Fördelning av budgetramen", "Allocation of the budget"), blocks);
    }

    private static ReportSection LeftOut(RoundResult result, ReportLanguage language)
    {
        var heading = T(language, "Ansökningar som inte ryms inom budgetramen", "Applications the ceiling leaves out");
        var left = result.Decisions.Where(d => d.Status == DecisionStatus.NotFunded).ToList();
        if (left.Count == 0)
        {
            return new ReportSection(heading, [new ReportParagraph(T(
                language,
                "Alla ansökningar som uppfyller kriterierna ryms inom budgetramen.",
                "Every application that meets the criteria fits within the ceiling."))]);
        }

        var amount = Sek.Sum(left.Select(d => d.Assessment.Eligible));
        var text = T(
            language,
            $"{Capitalize(Applications(left.Count, language))} om sammanlagt {amount.ToKronorString(language)} uppfyller kriterierna men ryms inte när budgetramen fördelas efter största förväntade effekt. För var och en anges vad som hade krävts för att den skulle beviljas.",
            $"{Capitalize(Applications(left.Count, language))} requesting {amount.ToKronorString(language)} in eligible costs meet the criteria but do not fit when the ceiling is allocated for the largest expected impact. For each, what it would have taken to fund it is given.");
        var items = left.Select(d =>
        {
            var best = d.FundingOptions.Count == 0 ? 0 : d.FundingOptions.Max(o => o.ExpectedImpact);
            var item = T(
                language,
                $"{d.Application.Id} {d.Application.Title} ({BoardName(result.Round, d.Application.BoardId)}): stödberättigat {d.Assessment.Eligible.ToKronorString(language)}, förväntad effekt högst {PersonYears(best, language)} personår.",
                $"{d.Application.Id} {d.Application.Title} ({BoardName(result.Round, d.Application.BoardId)}): eligible {d.Assessment.Eligible.ToKronorString(language)}, expected impact at most {PersonYears(best, language)} person-years.");
            return d.Counterfactual is null ? item : item + " " + CounterfactualText.Describe(d, result.Allocation.BudgetCeiling).In(language);
        }).ToList();
        return new ReportSection(heading, [new ReportParagraph(text), new ReportList(items)]);
    }

    private static ReportSection Comparisons(RoundResult result, ReportLanguage language)
    {
        var text = T(
            language,
            "Som jämförelse har budgetramen också fördelats genom rangordning, där ansökningarna beviljas i tur och ordning så länge budgeten räcker:",
            "For comparison, the ceiling was also allocated by ranking, granting the applications one after the other while the money lasts:");
        var items = result.Comparisons.Select(c =>
        {
            var impact = c.Gap <= 0
                ? T(language, "lika stor effekt som förslaget", "as much impact as the proposal")
                : T(language, $"{Percent(c.Gap, language, 1)} mindre effekt än förslaget", $"{Percent(c.Gap, language, 1)} less impact than the proposal");
            var item = T(
                language,
                $"{Capitalize(RuleName(c.Name, language))}: {PersonYears(c.Impact, language)} personår för {c.Cost.ToKronorString(language)}, {impact}.",
                $"{Capitalize(RuleName(c.Name, language))}: {PersonYears(c.Impact, language)} person-years for {c.Cost.ToKronorString(language)}, {impact}.");
            if (c.OptimumFundsInstead.Count > 0)
            {
                item += T(
                    language,
                    $" Förslaget beviljar i stället {JoinSentence(c.OptimumFundsInstead, language)}.",
                    $" The proposal funds {JoinSentence(c.OptimumFundsInstead, language)} instead.");
            }

            if (c.Violations.Count > 0)
            {
                item += T(language, " Bryter mot omgångens villkor: ", " Breaks the round's constraints: ") + string.Join("; ", c.Violations) + ".";
            }

            return item;
        }).ToList();
        return new ReportSection(T(language, "Jämförelse med rangordning", "Comparison with ranking"), [new ReportParagraph(text), new ReportList(items)]);
    }

    private static ReportSection Frontier(RoundResult result, ReportLanguage language)
    {
        var heading = T(language, "Effekt mot budget", "Impact against budget");
        var frontier = result.Frontier.OrderBy(p => p.Budget).ToList();
        var figure = Figure(result, language, frontier);
        if (frontier.Count == 0)
        {
            return new ReportSection(heading, [new ReportParagraph(T(language, "Fronten har inte beräknats för den här körningen.", "The frontier was not computed for this run.")), figure]);
        }

        var a = result.Allocation;
        var full = frontier[^1];
        var text = T(
            language,
            $"Figuren visar den största möjliga förväntade effekten vid varje budget, upp till det belopp där alla stödberättigade delar ryms. Med {full.Budget.ToKronorString(language)} skulle effekten bli {PersonYears(full.Impact, language)} personår; förslaget når {Percent(Share(a.Objective, full.Impact), language, 1)} av den effekten med {Percent(Share(a.BudgetUsed, full.Budget), language, 1)} av kostnaden.",
            $"The figure shows the largest possible expected impact at each budget, up to the amount at which every eligible part fits. With {full.Budget.ToKronorString(language)} the impact would be {PersonYears(full.Impact, language)} person-years; the proposal reaches {Percent(Share(a.Objective, full.Impact), language, 1)} of that impact at {Percent(Share(a.BudgetUsed, full.Budget), language, 1)} of the cost.");
        var next = frontier.FirstOrDefault(p => p.Budget > a.BudgetCeiling);
        if (next is not null)
        {
            text += T(
                language,
                $" Nästa förbättring kräver en budgetram om {next.Budget.ToKronorString(language)} ({(next.Budget - a.BudgetCeiling).ToKronorString(language)} mer) och ger {PersonYears(next.Impact, language)} personår.",
                $" The next improvement needs a ceiling of {next.Budget.ToKronorString(language)} ({(next.Budget - a.BudgetCeiling).ToKronorString(language)} more) and gives {PersonYears(next.Impact, language)} person-years.");
        }

        return new ReportSection(heading, [new ReportParagraph(text), figure]);
    }

    private static ReportFigure Figure(RoundResult result, ReportLanguage language, List<FrontierPoint> frontier)
    {
        var ceiling = result.Allocation.BudgetCeiling;
        var budgets = new List<Sek> { Fraction(ceiling, 1, 4), Fraction(ceiling, 1, 2), Fraction(ceiling, 3, 4), ceiling, Fraction(ceiling, 5, 4) };
        if (frontier.Count > 0)
        {
            budgets.Add(frontier[^1].Budget);
        }

        var rows = budgets.Distinct().Order()
            .Select(budget => (Budget: budget, Point: FrontierSvg.At(frontier, budget)))
            .Where(p => p.Point is not null)
            .Select(p => (IReadOnlyList<string>)
            [
                p.Budget.ToKronorString(language) + (p.Budget == ceiling ? T(language, " (budgetramen)", " (the ceiling)") : string.Empty),
                PersonYears(p.Point!.Impact, language),
                Integer(p.Point.FundedCount, language),
            ])
            .ToList();
        var alternative = new ReportTable(
            [
                new ReportColumn("Budget", Numeric: true),
                new ReportColumn(T(language, "Största möjliga effekt (personår)", "Largest possible impact (person-years)"), Numeric: true),
                new ReportColumn(T(language, "Beviljade ansökningar", "Applications funded"), Numeric: true),
            ],
            rows);
        var caption = T(
            language,
            $"Figur 1. Största möjliga förväntade effekt mot budget. Den streckade linjen är budgetramen {ceiling.ToMillionsString(language)}; punkten är förslaget.",
            $"Figure 1. Largest possible expected impact against budget. The dashed line is the {ceiling.ToMillionsString(language)} ceiling; the dot is the proposal.");
        return new ReportFigure(caption, FrontierSvg.RenderInline(result, language), alternative);
    }

    /// <summary>A fraction of an amount, rounded down to whole kronor.</summary>
    private static Sek Fraction(Sek amount, long numerator, long denominator) => Sek.FromKronor(checked(amount.Kronor * numerator) / denominator);

    private static double Share(double part, double whole) => whole == 0 ? 0 : part / whole;

    private static string RuleName(string name, ReportLanguage language) => name switch
    {
        Trygghet.Rules.Decisions.Comparisons.GreedyImpactPerKrona => T(language, "rangordning efter förväntad effekt per krona", "ranking by expected impact per krona"),
        Trygghet.Rules.Decisions.Comparisons.GreedyImpact => T(language, "rangordning efter förväntad effekt", "ranking by expected impact"),
        _ => name,
    };
}
