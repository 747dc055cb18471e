using FsCheck;
using FsCheck.Fluent;
using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;

namespace Trygghet.Rules.Tests.Assessment;

/// <summary>A generated round; its text is short so FsCheck can print a failing case.</summary>
public sealed record GeneratedRound(Round Round)
{
    public override string ToString() => $"{Round.Applications.Count} applications: " + string.Join(", ", Round.Applications.Select(a => a.Id));
}

/// <summary>A generated round with the same applications in another order.</summary>
public sealed record ShuffledRound(Round Round, Round Shuffled)
{
    public override string ToString() => $"{Round.Applications.Count} applications, shuffled to " + string.Join(", ", Shuffled.Applications.Select(a => a.Id));
}

/// <summary>FsCheck generators of whole rounds for the assessment laws: every vocabulary word, gates failed and met, odd amounts.</summary>
public static class AssessmentGenerators
{
    private static readonly string[] Areas = ["Rinkeby-Kista", "Södermalm", "Spånga-Tensta", "Bromma"];
    private static readonly DateOnly Start = new(2018, 1, 1);

    public static Arbitrary<GeneratedRound> Rounds() => Arb.From(RoundGen().Select(r => new GeneratedRound(r)));

    public static Arbitrary<ShuffledRound> ShuffledRounds() => Arb.From(
        from round in RoundGen()
        from shuffled in Gen.Shuffle<Application>(round.Applications)
        select new ShuffledRound(round, round with { Applications = shuffled }));

    /// <summary>Generates a reproducible round of a given size, for tests that need many applications and no shrinking.</summary>
    internal static Round RoundOf(int applications, int seed) =>
        Tests.Assessment.Rounds.Of(Enumerable.Range(1, applications).Select(i => ApplicationGen(i).Sample(10, new Rnd((ulong)seed + (ulong)i), 1)[0]).ToList());

    private static Gen<Round> RoundGen() =>
        from count in Gen.Choose(0, 24)
        from applications in Gen.CollectToArray(Enumerable.Range(1, count).Select(ApplicationGen))
        select Tests.Assessment.Rounds.Of(applications);

    private static Gen<Application> ApplicationGen(int number) =>
        from board in Gen.Elements(Boards.All.Select(b => b.Id).Append("okand-namnd"))
        from area in Gen.Elements(Areas)
        from environment in Gen.Elements(Enum.GetValues<SiteEnvironment>())
        from access in Gen.Frequency((6, Gen.Constant(PublicAccess.Open)), (2, Gen.Constant(PublicAccess.Restricted)), (1, Gen.Constant(PublicAccess.None)))
        from kinds in Gen.NonEmptyListOf(Gen.Elements(Enum.GetValues<ProblemKind>())).Select(k => k.Distinct().Take(3).ToArray())
        from described in Gen.Frequency((9, Gen.Constant(true)), (1, Gen.Constant(false)))
        from siteSpecific in Gen.Frequency((8, Gen.Constant(true)), (1, Gen.Constant(false)))
        from evidence in Gen.Choose(0, 3).SelectMany(n => Gen.ListOf(EvidenceGen(), n))
        from components in Gen.Choose(1, 4).SelectMany(n => Gen.CollectToArray(Enumerable.Range(1, n).Select(ComponentGen)))
        from consulted in Gen.Frequency((2, Gen.Constant<string?>(null)), (1, Gen.Elements<string?>(Boards.RinkebyKista.Id, Boards.Sodermalm.Id)))
        from formal in Gen.Frequency((6, Gen.Constant(true)), (1, Gen.Constant(false))).Four()
        from reviewed in Gen.Elements(true, false)
        from owner in Gen.Elements<string?>("Förvaltningen", null, " ")
        from plan in Gen.Elements<string?>("Ny trygghetsvandring", null)
        select new Application
        {
            Id = "g-" + number,
            BoardId = board,
            Title = "Ansökan " + number,
            Site = new Site("Plats " + number, area, environment, access),
            Problem = new Problem { Description = described ? "Otryggt efter mörkrets inbrott." : " ", SiteSpecific = siteSpecific, Kinds = kinds },
            Evidence = [.. evidence],
            Components = components,
            Consultation = consulted is null ? null : new Consultation(consulted, new DateOnly(2023, 10, 1)),
            DraftReviewedByCityOffice = reviewed,
            Formal = new FormalRequirements(formal.Item1, formal.Item2, formal.Item3, formal.Item4),
            MaintenanceOwner = owner,
            FollowUpPlan = plan,
        };

    private static Gen<Evidence> EvidenceGen() =>
        from kind in Gen.Elements(Enum.GetValues<EvidenceKind>())
        from scope in Gen.Elements(Enum.GetValues<EvidenceScope>())
        from days in Gen.Choose(0, 2_300)
        select new Evidence(kind, Start.AddDays(days), scope, "Underlag");

    private static Gen<Component> ComponentGen(int index) =>
        from measure in Gen.Frequency((3, Gen.Constant(Measure.Lighting)), (5, Gen.Elements(Enum.GetValues<Measure>())))
        from cost in Gen.Choose(0, 4_000_000)
        from quantity in Gen.Frequency((3, Gen.Choose(1, 80).Select(q => (decimal?)q)), (1, Gen.Constant<decimal?>(null)))
        from unit in Gen.Frequency((5, Gen.Constant("lightPoint")), (1, Gen.Constant("metre")))
        from operating in Gen.Frequency((8, Gen.Constant(CostType.Investment)), (1, Gen.Constant(CostType.Operating)))
        select new Component
        {
            Id = "c" + index,
            Measure = measure,
            Description = measure + " " + index,
            Cost = Sek.FromKronor(cost),
            Quantity = quantity,
            Unit = quantity is null ? null : unit,
            CostType = operating,
        };
}
