namespace Trygghet.Rules.Decisions;

using System.Globalization;
using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;

/// <summary>Describes a counterfactual in Swedish and English.</summary>
public static class CounterfactualText
{
    /// <summary>Describes what would have funded an application that the optimum leaves out.</summary>
    /// <param name="decision">The decision; its <see cref="Decision.Counterfactual"/> must be set.</param>
    /// <param name="budgetCeiling">The round's budget ceiling.</param>
    /// <returns>The description.</returns>
    public static LocalizedText Describe(Decision decision, Sek budgetCeiling)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var counterfactual = decision.Counterfactual ?? throw new ArgumentException("The decision has no counterfactual.", nameof(decision));
        var id = decision.Application.Id;
        var budgetSv = counterfactual.BudgetIncrease is { } increase
            ? $"Ansökan {id} hade beviljats om budgeten ökat med {increase.ToMillionsString(ReportLanguage.Swedish)} (till {(budgetCeiling + increase).ToMillionsString(ReportLanguage.Swedish)})."
            : $"Ansökan {id} beviljas inte vid någon budget upp till det sammanlagda stödberättigade beloppet.";
        var budgetEn = counterfactual.BudgetIncrease is { } increaseEn
            ? $"Application {id} would be funded with a budget {increaseEn.ToMillionsString(ReportLanguage.English)} higher (at {(budgetCeiling + increaseEn).ToMillionsString(ReportLanguage.English)})."
            : $"Application {id} is funded at no budget up to the total eligible amount.";
        var impactSv = counterfactual.ImpactNeeded is { } needed
            ? $" Vid nuvarande budget hade den behövt en förväntad effekt på minst {needed.ToString("0.0", CultureInfo.GetCultureInfo("sv-SE"))} personår (i dag {decision.FundingOptions.Max(o => o.ExpectedImpact).ToString("0.0", CultureInfo.GetCultureInfo("sv-SE"))})."
            : string.Empty;
        var impactEn = counterfactual.ImpactNeeded is { } neededEn
            ? $" At today's budget it would need an expected impact of at least {neededEn.ToString("0.0", CultureInfo.InvariantCulture)} person-years (now {decision.FundingOptions.Max(o => o.ExpectedImpact).ToString("0.0", CultureInfo.InvariantCulture)})."
            : string.Empty;
        return new LocalizedText(budgetSv + impactSv, budgetEn + impactEn);
    }
}
