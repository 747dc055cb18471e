namespace Trygghet.Rules.Serialization;

using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;

/// <summary>
/// The closed vocabularies of the round and result files: each enum value and its camelCase wire word.
/// </summary>
/// <remarks>
/// The tables are explicit rather than derived from enum names, so renaming an enum member can never
/// change the file format by accident.
/// </remarks>
internal static class WireWords
{
    public static readonly WordTable<BoardKind> BoardKinds = new("board kind",
        (BoardKind.District, "district"),
        (BoardKind.Specialist, "specialist"));

    public static readonly WordTable<SiteEnvironment> Environments = new("site environment",
        (SiteEnvironment.Street, "street"),
        (SiteEnvironment.Square, "square"),
        (SiteEnvironment.Park, "park"),
        (SiteEnvironment.Path, "path"),
        (SiteEnvironment.SportsGround, "sportsGround"),
        (SiteEnvironment.Schoolyard, "schoolyard"),
        (SiteEnvironment.Playground, "playground"),
        (SiteEnvironment.Tunnel, "tunnel"),
        (SiteEnvironment.Bridge, "bridge"),
        (SiteEnvironment.Parking, "parking"),
        (SiteEnvironment.Station, "station"),
        (SiteEnvironment.Waterfront, "waterfront"),
        (SiteEnvironment.Indoor, "indoor"),
        (SiteEnvironment.Other, "other"));

    public static readonly WordTable<PublicAccess> PublicAccesses = new("public access",
        (PublicAccess.Open, "open"),
        (PublicAccess.Restricted, "restricted"),
        (PublicAccess.None, "none"));

    public static readonly WordTable<ProblemKind> ProblemKinds = new("problem kind",
        (ProblemKind.Darkness, "darkness"),
        (ProblemKind.BlockedSightlines, "blockedSightlines"),
        (ProblemKind.Deserted, "deserted"),
        (ProblemKind.DrugDealing, "drugDealing"),
        (ProblemKind.ThreateningGroups, "threateningGroups"),
        (ProblemKind.IllegalTraffic, "illegalTraffic"),
        (ProblemKind.Vandalism, "vandalism"),
        (ProblemKind.Harassment, "harassment"),
        (ProblemKind.Burglary, "burglary"),
        (ProblemKind.Robbery, "robbery"),
        (ProblemKind.Neglect, "neglect"),
        (ProblemKind.Other, "other"));

    public static readonly WordTable<TimeOfDay> TimesOfDay = new("time of day",
        (TimeOfDay.Day, "day"),
        (TimeOfDay.Evening, "evening"),
        (TimeOfDay.Night, "night"));

    public static readonly WordTable<EvidenceKind> EvidenceKinds = new("evidence kind",
        (EvidenceKind.SafetyWalk, "safetyWalk"),
        (EvidenceKind.Survey, "survey"),
        (EvidenceKind.Dialogue, "dialogue"),
        (EvidenceKind.SituationReport, "situationReport"),
        (EvidenceKind.IncidentData, "incidentData"));

    public static readonly WordTable<EvidenceScope> EvidenceScopes = new("evidence scope",
        (EvidenceScope.Site, "site"),
        (EvidenceScope.Area, "area"),
        (EvidenceScope.City, "city"));

    public static readonly WordTable<Measure> Measures = new("measure",
        (Measure.Lighting, "lighting"),
        (Measure.Sightlines, "sightlines"),
        (Measure.Activation, "activation"),
        (Measure.AccessControl, "accessControl"),
        (Measure.Cctv, "cctv"),
        (Measure.Refurbishment, "refurbishment"),
        (Measure.Greening, "greening"),
        (Measure.Other, "other"));

    public static readonly WordTable<CostType> CostTypes = new("cost type",
        (CostType.Investment, "investment"),
        (CostType.Operating, "operating"));

    public static readonly WordTable<ReportLanguage> Languages = new("language",
        (ReportLanguage.Swedish, "sv"),
        (ReportLanguage.English, "en"));

    public static readonly WordTable<ResultStatus> Statuses = new("decision status",
        (ResultStatus.Granted, "granted"),
        (ResultStatus.PartiallyGranted, "partiallyGranted"),
        (ResultStatus.NotFunded, "notFunded"),
        (ResultStatus.Rejected, "rejected"),
        (ResultStatus.Incomplete, "incomplete"));

    public static readonly WordTable<FindingOutcome> Outcomes = new("finding outcome",
        (FindingOutcome.Met, "met"),
        (FindingOutcome.NotMet, "notMet"),
        (FindingOutcome.Warning, "warning"),
        (FindingOutcome.Info, "info"));
}
