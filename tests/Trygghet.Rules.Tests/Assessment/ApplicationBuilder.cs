using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;

namespace Trygghet.Rules.Tests.Assessment;

/// <summary>
/// Builds applications for tests, starting from a complete, eligible one: Rinkeby-Kista's lighting of the Husby path
/// (40 light points for 1 400 000 kr and clearing for 150 000 kr, darkness and blocked sightlines, a safety walk and a
/// survey at the site, every formal requirement, a maintenance owner and a follow-up plan).
/// </summary>
internal sealed class ApplicationBuilder
{
    public static readonly DateOnly AssessmentDate = new(2024, 2, 15);

    private Application application = new()
    {
        Id = "2024-01",
        BoardId = Boards.RinkebyKista.Id,
        Title = "Belysning av gångstråket vid Husby centrum",
        Site = new Site("Gångstråket Husby centrum", "Rinkeby-Kista", SiteEnvironment.Path, PublicAccess.Open),
        Problem = new Problem
        {
            Description = "Mörkt och skymt gångstråk där boende undviker att gå efter skymning.",
            SiteSpecific = true,
            Kinds = [ProblemKind.Darkness, ProblemKind.BlockedSightlines],
            TimesOfDay = [TimeOfDay.Evening, TimeOfDay.Night],
        },
        Evidence =
        [
            new Evidence(EvidenceKind.SafetyWalk, new DateOnly(2023, 9, 20), EvidenceScope.Site, "Trygghetsvandring Husby 2023-09-20"),
            new Evidence(EvidenceKind.Survey, new DateOnly(2023, 5, 2), EvidenceScope.Site, "Enkät Husby 2023"),
        ],
        Components =
        [
            new Component { Id = "c1", Measure = Measure.Lighting, Description = "40 nya ljuspunkter", Cost = Sek.FromKronor(1_400_000), Quantity = 40, Unit = "lightPoint", LifetimeYears = 25 },
            new Component { Id = "c2", Measure = Measure.Sightlines, Description = "Gallring av buskage", Cost = Sek.FromKronor(150_000) },
        ],
        DraftReviewedByCityOffice = true,
        Formal = new FormalRequirements(true, true, true, true),
        CompletionYear = 2024,
        MaintenanceOwner = "Rinkeby-Kista stadsdelsförvaltning",
        FollowUpPlan = "Ny trygghetsvandring hösten 2025",
        AffectedPeople = 3000,
        BaselineUnsafeShare = 0.2,
    };

    public static ApplicationBuilder AnEligibleApplication() => new();

    public ApplicationBuilder Id(string id) => Change(a => a with { Id = id });

    public ApplicationBuilder By(Board board) => Change(a => a with { BoardId = board.Id });

    public ApplicationBuilder At(string name, string districtArea, SiteEnvironment environment = SiteEnvironment.Path, PublicAccess access = PublicAccess.Open) =>
        Change(a => a with { Site = new Site(name, districtArea, environment, access) });

    public ApplicationBuilder Access(PublicAccess access) => Change(a => a with { Site = a.Site with { PublicAccess = access } });

    public ApplicationBuilder Environment(SiteEnvironment environment) => Change(a => a with { Site = a.Site with { Environment = environment } });

    public ApplicationBuilder Problem(params ProblemKind[] kinds) => Change(a => a with { Problem = a.Problem with { Kinds = kinds } });

    public ApplicationBuilder ProblemDescription(string description, bool siteSpecific = true) =>
        Change(a => a with { Problem = a.Problem with { Description = description, SiteSpecific = siteSpecific } });

    public ApplicationBuilder Evidence(params Evidence[] evidence) => Change(a => a with { Evidence = evidence });

    public ApplicationBuilder NoEvidence() => Evidence();

    public ApplicationBuilder Components(params Component[] components) => Change(a => a with { Components = components });

    public ApplicationBuilder AddComponent(Component component) => Change(a => a with { Components = [.. a.Components, component] });

    public ApplicationBuilder Formal(bool boardDecision = true, bool costBreakdown = true, bool timetable = true, bool contactPerson = true) =>
        Change(a => a with { Formal = new FormalRequirements(boardDecision, costBreakdown, timetable, contactPerson) });

    public ApplicationBuilder Consultation(Board? districtBoard, DateOnly? date = null) =>
        Change(a => a with { Consultation = districtBoard is null ? null : new Consultation(districtBoard.Id, date ?? new DateOnly(2023, 11, 1)) });

    public ApplicationBuilder DraftReviewed(bool reviewed) => Change(a => a with { DraftReviewedByCityOffice = reviewed });

    public ApplicationBuilder Maintenance(string? owner, string? followUpPlan) => Change(a => a with { MaintenanceOwner = owner, FollowUpPlan = followUpPlan });

    public Application Build() => application;

    public static Component Lighting(string id, long cost, decimal? quantity = null, string? unit = "lightPoint", CostType costType = CostType.Investment) =>
        new() { Id = id, Measure = Measure.Lighting, Description = "Belysning " + id, Cost = Sek.FromKronor(cost), Quantity = quantity, Unit = quantity is null ? null : unit, CostType = costType };

    public static Component Part(string id, Measure measure, long cost, CostType costType = CostType.Investment) =>
        new() { Id = id, Measure = measure, Description = measure + " " + id, Cost = Sek.FromKronor(cost), CostType = costType };

    public static Evidence SiteEvidence(EvidenceKind kind, DateOnly date) => new(kind, date, EvidenceScope.Site, kind + " " + date.ToString("yyyy-MM-dd"));

    public static Evidence AreaEvidence(EvidenceKind kind, DateOnly date) => new(kind, date, EvidenceScope.Area, "Område " + kind);

    private ApplicationBuilder Change(Func<Application, Application> change)
    {
        application = change(application);
        return this;
    }
}

/// <summary>The boards of the test rounds: three district boards and two specialist boards.</summary>
internal static class Boards
{
    public static readonly Board RinkebyKista = new("sdn-rinkeby-kista", "Rinkeby-Kista stadsdelsnämnd", BoardKind.District, "Rinkeby-Kista");
    public static readonly Board Sodermalm = new("sdn-sodermalm", "Södermalms stadsdelsnämnd", BoardKind.District, "Södermalm");
    public static readonly Board Spanga = new("sdn-spanga-tensta", "Spånga-Tensta stadsdelsnämnd", BoardKind.District, "Spånga-Tensta");
    public static readonly Board Traffic = new("trafiknamnden", "Trafiknämnden", BoardKind.Specialist);
    public static readonly Board Sports = new("idrottsnamnden", "Idrottsnämnden", BoardKind.Specialist);

    public static IReadOnlyList<Board> All { get; } = [RinkebyKista, Sodermalm, Spanga, Traffic, Sports];
}

/// <summary>Builds rounds of applications with the test boards and assesses them with the shipped Stockholm 2024 rule set.</summary>
internal static class Rounds
{
    public static RoundAssessor Assessor { get; } = new(Trygghet.Rules.Criteria.RuleSets.Stockholm2024);

    public static Round Of(IReadOnlyList<Application> applications, DateOnly? assessmentDate = null) => new()
    {
        Municipality = "Stockholms stad",
        Name = "Trygghetsinvesteringar 2024",
        RuleSet = "stockholm-2024",
        AssessmentDate = assessmentDate ?? ApplicationBuilder.AssessmentDate,
        BudgetCeiling = Sek.FromMillions(60.1m),
        Boards = Boards.All,
        Applications = applications,
    };

    public static ApplicationAssessment Assess(ApplicationBuilder application, DateOnly? assessmentDate = null, bool trace = false) =>
        Assessor.Assess(Of([application.Build()], assessmentDate), new AssessmentOptions { IncludeTrace = trace }).Applications[0];
}
