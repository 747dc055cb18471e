namespace Trygghet.Rules.Assessment;

/// <summary>The built-in templates: vocabulary words, criterion names and motivation paragraphs.</summary>
internal static partial class DefaultMessages
{
    private static readonly (string Key, string Swedish, string English)[] Vocabulary =
    [
        ("ListWord.And", "och", "and"),

        ("Term.Office", "stadsledningskontoret", "the City Executive Office"),
        ("Term.OfficeGenitive", "stadsledningskontorets", "the City Executive Office's"),
        ("Term.Committee", "kommunstyrelsens ekonomi- och trygghetsutskott", "the municipal executive board's committee for the economy and safety"),
        ("Term.City", "staden", "the city"),
        ("Term.CityGenitive", "stadens", "the city's"),

        ("Criterion.K1", "fysisk miljö dit allmänheten har tillträde", "a physical environment open to the public"),
        ("Criterion.K2", "syftar till ökad trygghet", "aims at safety"),
        ("Criterion.K3", "underbyggd platsspecifik problembeskrivning", "a substantiated site-specific problem description"),
        ("Criterion.K4", "dokumenterad otrygghet på platsen", "documented insecurity at the site"),
        ("Criterion.K5", "logiskt kopplad åtgärd", "a logically linked measure"),
        ("Criterion.K6", "rimliga kostnader", "reasonable costs"),
        ("Criterion.K7", "formaliakrav", "formal requirements"),
        ("Criterion.K8", "dialog med berörd stadsdelsnämnd", "dialogue with the district board concerned"),
        ("Criterion.K9", "avstämning av utkast med {office}", "draft checked with {office}"),

        ("Measure.Lighting", "belysning", "lighting"),
        ("Measure.Sightlines", "siktröjning", "sightline clearing"),
        ("Measure.Activation", "aktivering", "activation"),
        ("Measure.AccessControl", "tillträdesbegränsning", "access control"),
        ("Measure.Cctv", "kamerabevakning", "CCTV"),
        ("Measure.Refurbishment", "upprustning", "refurbishment"),
        ("Measure.Greening", "grönska", "greening"),
        ("Measure.Other", "övrig åtgärd", "other measure"),

        ("ProblemKind.Darkness", "mörker", "darkness"),
        ("ProblemKind.BlockedSightlines", "skymd sikt", "blocked sightlines"),
        ("ProblemKind.Deserted", "folktomhet", "a deserted place"),
        ("ProblemKind.DrugDealing", "narkotikahandel", "drug dealing"),
        ("ProblemKind.ThreateningGroups", "hotfulla grupperingar", "threatening groups"),
        ("ProblemKind.IllegalTraffic", "otillåten trafik", "illegal traffic"),
        ("ProblemKind.Vandalism", "skadegörelse", "vandalism"),
        ("ProblemKind.Harassment", "trakasserier", "harassment"),
        ("ProblemKind.Burglary", "inbrott", "burglary"),
        ("ProblemKind.Robbery", "rån", "robbery"),
        ("ProblemKind.Neglect", "nedgångna miljöer", "neglect"),
        ("ProblemKind.Other", "annat problem", "another problem"),

        ("EvidenceKind.SafetyWalk", "trygghetsvandring", "safety walk"),
        ("EvidenceKind.Survey", "enkät", "survey"),
        ("EvidenceKind.Dialogue", "dialog", "dialogue"),
        ("EvidenceKind.SituationReport", "lägesbild", "situation report"),
        ("EvidenceKind.IncidentData", "händelsestatistik", "incident data"),

        ("SiteEnvironment.Street", "gata", "street"),
        ("SiteEnvironment.Square", "torg", "square"),
        ("SiteEnvironment.Park", "park", "park"),
        ("SiteEnvironment.Path", "gångstråk", "path"),
        ("SiteEnvironment.SportsGround", "idrottsplats", "sports ground"),
        ("SiteEnvironment.Schoolyard", "skolgård", "schoolyard"),
        ("SiteEnvironment.Playground", "lekplats", "playground"),
        ("SiteEnvironment.Tunnel", "gångtunnel", "tunnel"),
        ("SiteEnvironment.Bridge", "bro", "bridge"),
        ("SiteEnvironment.Parking", "parkering", "car park"),
        ("SiteEnvironment.Station", "station", "station"),
        ("SiteEnvironment.Waterfront", "strandpromenad", "waterfront"),
        ("SiteEnvironment.Indoor", "inomhusmiljö", "indoor space"),
        ("SiteEnvironment.Other", "annan miljö", "other environment"),
    ];

    private static readonly (string Key, string Swedish, string English)[] Motivations =
    [
        ("Motivation.Criterion", "”{name}” ({id})", "“{name}” ({id})"),
        ("Motivation.CriteriaOne", "kriteriet {criteria}", "the criterion {criteria}"),
        ("Motivation.CriteriaMany", "kriterierna {criteria}", "the criteria {criteria}"),
        ("Motivation.Granted",
            "Ansökan bedöms uppfylla kriterierna. {Office} föreslår att ansökan beviljas {proposed}. {notes}",
            "The application is judged to meet the criteria. {Office} proposes a grant of {proposed}. {notes}"),
        ("Motivation.Reduced",
            "Ansökan bedöms uppfylla kriterierna för delar av de sökta kostnaderna. {Office} föreslår {proposed} av sökta {requested}. {reductions} {notes}",
            "The application is judged to meet the criteria for part of the costs applied for. {Office} proposes {proposed} of the {requested} applied for. {reductions} {notes}"),
        ("Motivation.PartlyFunded",
            "Ansökan bedöms uppfylla kriterierna med stödberättigande kostnader om {eligible}. Inom budgetramen föreslår {office} {proposed}. {reductions} {notes}",
            "The application is judged to meet the criteria with eligible costs of {eligible}. Within the budget {office} proposes {proposed}. {reductions} {notes}"),
        ("Motivation.NotFunded",
            "Ansökan bedöms uppfylla kriterierna med stödberättigande kostnader om {eligible} men ryms inte inom budgetramen. {Office} föreslår att ansökan inte beviljas medel. {reductions} {notes}",
            "The application is judged to meet the criteria with eligible costs of {eligible} but does not fit within the budget. {Office} proposes no grant. {reductions} {notes}"),
        ("Motivation.Rejected",
            "Ansökan bedöms inte uppfylla {criteria}. {reasons} {Office} föreslår att ansökan avslås.",
            "The application is judged not to meet {criteria}. {reasons} {Office} proposes that the application be rejected."),
        ("Motivation.NothingEligible",
            "Ingen av de sökta kostnaderna är stödberättigande. {reasons} {Office} föreslår att ansökan avslås.",
            "None of the costs applied for is eligible. {reasons} {Office} proposes that the application be rejected."),
        ("Motivation.Incomplete",
            "Ansökan är inte komplett och har därför inte bedömts i sak. {reasons} {Office} föreslår att ansökan återlämnas för komplettering.",
            "The application is incomplete and has therefore not been assessed on merit. {reasons} {Office} proposes that the application be returned for completion."),
    ];
}
