namespace Trygghet.Rules.Impact;

using System.Globalization;
using Trygghet.Rules.Assessment;

/// <summary>Builds the findings the impact model and the funding options yield.</summary>
internal static class ImpactFindings
{
    internal const string CriterionId = "IMPACT";
    internal const string DefaultAffectedPeopleCode = "Impact.DefaultAffectedPeople";
    internal const string DefaultUnsafeShareCode = "Impact.DefaultUnsafeShare";
    internal const string FullPackageDominatedCode = "Impact.FullPackageDominated";
    internal const string ModelSource = "domain brief §3";

    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    internal static Finding DefaultAffectedPeople(int people, string source) => new()
    {
        CriterionId = CriterionId,
        Outcome = FindingOutcome.Info,
        Code = DefaultAffectedPeopleCode,
        Message = new LocalizedText(
            $"Antal berörda personer saknas; effektberäkningen antar standardvärdet {people.ToString("#,0", Swedish).Replace('\u00A0', ' ')} personer.",
            $"The number of people affected is missing; the impact estimate assumes the default of {people.ToString("#,0", English)} people."),
        Source = source,
        Values = [new FindingValue("affectedPeople", people.ToString(CultureInfo.InvariantCulture))],
    };

    internal static Finding DefaultUnsafeShare(double share, string source) => new()
    {
        CriterionId = CriterionId,
        Outcome = FindingOutcome.Info,
        Code = DefaultUnsafeShareCode,
        Message = new LocalizedText(
            $"Andelen som känner sig otrygga på platsen saknas; effektberäkningen använder stadens standardvärde {(share * 100).ToString("0.##", Swedish)} %.",
            $"The share of people who feel unsafe at the site is missing; the impact estimate uses the city default of {(share * 100).ToString("0.##", English)}%."),
        Source = source,
        Values = [new FindingValue("baselineUnsafeShare", share.ToString(CultureInfo.InvariantCulture))],
    };

    internal static Finding FullPackageDominated(FundingOption full, FundingOption cheaper) => new()
    {
        CriterionId = CriterionId,
        Outcome = FindingOutcome.Info,
        Code = FullPackageDominatedCode,
        Message = new LocalizedText(
            $"Hela det stödberättigade paketet ger ingen större förväntad effekt än det billigare delpaketet {Ids(cheaper)} ({cheaper.Cost.ToKronorString()}).",
            $"The whole eligible package gives no more expected impact than the cheaper reduced package {Ids(cheaper)} ({cheaper.Cost.ToKronorString(Applications.ReportLanguage.English)})."),
        Source = ModelSource,
        Values =
        [
            new FindingValue("fullPackageCostSek", full.Cost.ToString()),
            new FindingValue("fullPackageImpactUnits", full.ImpactUnits.ToString(CultureInfo.InvariantCulture)),
            new FindingValue("reducedPackageComponents", string.Join(",", cheaper.ComponentIds)),
            new FindingValue("reducedPackageCostSek", cheaper.Cost.ToString()),
            new FindingValue("reducedPackageImpactUnits", cheaper.ImpactUnits.ToString(CultureInfo.InvariantCulture)),
        ],
    };

    private static string Ids(FundingOption option) => "[" + string.Join(", ", option.ComponentIds) + "]";
}
