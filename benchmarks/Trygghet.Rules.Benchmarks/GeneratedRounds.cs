using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;

namespace Trygghet.Rules.Benchmarks;

/// <summary>Generates reproducible Stockholm-like rounds of any size: 13 district boards, 4 specialist boards and a mix of eligible, reduced, rejected and incomplete applications.</summary>
public static class GeneratedRounds
{
    private static readonly string[] Districts =
    [
        "Rinkeby-Kista", "Spånga-Tensta", "Hässelby-Vällingby", "Bromma", "Kungsholmen", "Norrmalm", "Östermalm",
        "Södermalm", "Enskede-Årsta-Vantör", "Skarpnäck", "Farsta", "Hägersten-Älvsjö", "Skärholmen",
    ];

    private static readonly Board[] Boards =
    [
        .. Districts.Select(d => new Board("sdn-" + d.ToLowerInvariant(), d + " stadsdelsnämnd", BoardKind.District, d)),
        new Board("trafiknamnden", "Trafiknämnden", BoardKind.Specialist),
        new Board("idrottsnamnden", "Idrottsnämnden", BoardKind.Specialist),
        new Board("exploateringsnamnden", "Exploateringsnämnden", BoardKind.Specialist),
        new Board("kulturnamnden", "Kulturnämnden", BoardKind.Specialist),
    ];

    public static Round Create(int applications, int seed = 2024)
    {
        var random = new Random(seed);
        return new Round
        {
            Municipality = "Stockholms stad",
            Name = "Trygghetsinvesteringar (generated)",
            RuleSet = "stockholm-2024",
            AssessmentDate = new DateOnly(2024, 2, 15),
            BudgetCeiling = Sek.FromMillions(60.1m),
            Boards = Boards,
            Applications = [.. Enumerable.Range(1, applications).Select(i => Application(random, i))],
        };
    }

    private static Application Application(Random random, int number)
    {
        var board = Boards[random.Next(Boards.Length)];
        var district = board.DistrictArea ?? Districts[random.Next(Districts.Length)];
        var kinds = Enum.GetValues<ProblemKind>();
        var measures = Enum.GetValues<Measure>();
        var components = Enumerable.Range(1, random.Next(1, 5)).Select(c =>
        {
            var measure = random.Next(3) == 0 ? Measure.Lighting : measures[random.Next(measures.Length)];
            var quantity = measure == Measure.Lighting && random.Next(4) != 0 ? random.Next(5, 80) : (int?)null;
            var cost = quantity is { } q ? q * random.Next(25_000, 80_000) : random.Next(50, 3_000) * 1_000;
            return new Component
            {
                Id = "c" + c,
                Measure = measure,
                Description = measure + " " + c,
                Cost = Sek.FromKronor(cost),
                Quantity = quantity,
                Unit = quantity is null ? null : "lightPoint",
                CostType = random.Next(10) == 0 ? CostType.Operating : CostType.Investment,
            };
        }).ToList();
        return new Application
        {
            Id = "2024-" + number.ToString("D5", System.Globalization.CultureInfo.InvariantCulture),
            BoardId = board.Id,
            Title = "Trygghetsåtgärd " + number,
            Site = new Site("Plats " + number, district, (SiteEnvironment)random.Next(14), random.Next(20) == 0 ? PublicAccess.None : random.Next(5) == 0 ? PublicAccess.Restricted : PublicAccess.Open),
            Problem = new Problem
            {
                Description = random.Next(25) == 0 ? string.Empty : "Otrygg plats " + number,
                SiteSpecific = random.Next(10) != 0,
                Kinds = [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => kinds[random.Next(kinds.Length)]).Distinct()],
            },
            Evidence = [.. Enumerable.Range(0, random.Next(0, 4)).Select(_ => new Evidence(
                (EvidenceKind)random.Next(5),
                new DateOnly(2024, 1, 1).AddDays(-random.Next(0, 1_800)),
                (EvidenceScope)random.Next(3),
                "Underlag"))],
            Components = components,
            Consultation = board.Kind == BoardKind.Specialist && random.Next(2) == 0
                ? new Consultation(Boards[random.Next(Districts.Length)].Id, new DateOnly(2023, 10, 1))
                : null,
            DraftReviewedByCityOffice = random.Next(3) != 0,
            Formal = new FormalRequirements(random.Next(30) != 0, random.Next(30) != 0, random.Next(30) != 0, random.Next(30) != 0),
            MaintenanceOwner = random.Next(4) == 0 ? null : "Förvaltare",
            FollowUpPlan = random.Next(3) == 0 ? null : "Ny trygghetsvandring",
        };
    }
}
