using FsCheck;
using FsCheck.Fluent;
using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;

namespace Trygghet.Rules.Tests.Generators;

/// <summary>
/// FsCheck generators of valid, realistic rounds: Stockholm boards and districts, 0–30 applications with 1–5
/// components, mixed vocabulary, evidence of every kind and scope, mostly but not always complete formal
/// requirements, specialist boards that sometimes consult a real district board of the round, and either no
/// constraints or a few valid ones. Every generated round passes <c>RoundReader</c> after <c>RoundWriter</c>.
/// </summary>
/// <remarks>
/// Use <c>[Property(Arbitrary = new[] { typeof(RoundGenerators) })]</c> to receive a <see cref="Round"/>
/// parameter, or compose <see cref="ValidRound(int)"/> with other generators. A <c>mustFund</c> constraint
/// (generated rarely) may name an application the rules reject; filter on
/// <see cref="RoundConstraints.MustFund"/> when a property needs a conflict-free round, or use
/// <see cref="ValidRound(int, bool)"/> with <c>withConstraints: false</c>.
/// </remarks>
public static class RoundGenerators
{
    /// <summary>The district areas of Stockholm's district boards, with board ids.</summary>
    public static readonly IReadOnlyList<(string BoardId, string Area)> Districts =
    [
        ("sdn-rinkeby-kista", "Rinkeby-Kista"),
        ("sdn-spanga-tensta", "Spånga-Tensta"),
        ("sdn-hasselby-vallingby", "Hässelby-Vällingby"),
        ("sdn-bromma", "Bromma"),
        ("sdn-kungsholmen", "Kungsholmen"),
        ("sdn-norrmalm", "Norrmalm"),
        ("sdn-ostermalm", "Östermalm"),
        ("sdn-sodermalm", "Södermalm"),
        ("sdn-enskede-arsta-vantor", "Enskede-Årsta-Vantör"),
        ("sdn-skarpnack", "Skarpnäck"),
        ("sdn-farsta", "Farsta"),
        ("sdn-hagersten-alvsjo", "Hägersten-Älvsjö"),
        ("sdn-skarholmen", "Skärholmen"),
    ];

    private static readonly (string Id, string Name)[] Specialists =
    [
        ("trafiknamnden", "Trafiknämnden"),
        ("idrottsnamnden", "Idrottsnämnden"),
        ("exploateringsnamnden", "Exploateringsnämnden"),
        ("kulturnamnden", "Kulturnämnden"),
    ];

    private static readonly string[] Places =
    [
        "Husby centrum", "Spånga IP", "Knutbyspåret", "Trekantsparken", "Axelsbergs torg", "Stieg Trenters torg",
        "Sergels torg", "Järnvägsparken", "Rålambshovsskolan", "Gångtunneln vid tunnelbanan", "Bollplanen",
    ];

    private static readonly string[] Descriptions =
    [
        "Mörkt och skymt gångstråk där boende undviker att gå efter skymning.",
        "Platsen upplevs som otrygg; grupper samlas och det förekommer narkotikaförsäljning.",
        "Övervuxen buskage skymmer sikten längs stråket.",
        "Nedgånget torg med klotter och skadegörelse.",
        "Citat: \"här går jag inte\" \\ ny rad\nefter skymning 🌙",
        "Området saknar målpunkter och är öde på kvällarna.",
    ];

    private static readonly Dictionary<Measure, string> MeasureDescriptions = new()
    {
        [Measure.Lighting] = "Nya ljuspunkter längs stråket",
        [Measure.Sightlines] = "Gallring av buskage för bättre siktlinjer",
        [Measure.Activation] = "Utegym och sittplatser som befolkar platsen",
        [Measure.AccessControl] = "Bommar mot olovlig mopedtrafik",
        [Measure.Cctv] = "Kamerabevakning av entrén",
        [Measure.Refurbishment] = "Upprustning av nedgånget torg",
        [Measure.Greening] = "Nya planteringar och träd",
        [Measure.Other] = "Informationsskyltar",
    };

    /// <summary>Gets an arbitrary of valid rounds with up to 30 applications, for <c>[Property(Arbitrary = ...)]</c>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Round> Rounds() => Arb.From(ValidRound(30));

    /// <summary>Generates valid rounds with up to <paramref name="maxApplications"/> applications, sometimes with constraints.</summary>
    /// <param name="maxApplications">The most applications a round may have; 0 gives empty rounds.</param>
    /// <returns>The generator.</returns>
    public static Gen<Round> ValidRound(int maxApplications) => ValidRound(maxApplications, withConstraints: true);

    /// <summary>Generates valid rounds with up to <paramref name="maxApplications"/> applications.</summary>
    /// <param name="maxApplications">The most applications a round may have; 0 gives empty rounds.</param>
    /// <param name="withConstraints">Whether some rounds get board caps, district minimums, must-fund and exclusive groups.</param>
    /// <returns>The generator.</returns>
    public static Gen<Round> ValidRound(int maxApplications, bool withConstraints) =>
        from assessmentDate in Gen.Choose(0, 1_800).Select(d => new DateOnly(2021, 1, 1).AddDays(d))
        from boards in BoardList()
        from count in Gen.Choose(0, Math.Max(0, maxApplications))
        from applications in Gen.CollectToList(Enumerable.Range(1, count), i => Application(i, assessmentDate, boards))
        from budgetPercent in Gen.Choose(20, 95)
        from emptyBudget in Gen.Choose(1, 100).Select(m => Sek.FromMillions(m))
        from constraints in withConstraints
            ? Gen.Frequency((2, Gen.Constant(RoundConstraints.None)), (1, Constraints(boards, applications)))
            : Gen.Constant(RoundConstraints.None)
        from language in Gen.Frequency((4, Gen.Constant(ReportLanguage.Swedish)), (1, Gen.Constant(ReportLanguage.English)))
        let requested = Sek.Sum(applications.Select(a => a.Requested))
        select new Round
        {
            Municipality = "Stockholms stad",
            Name = $"Trygghetsinvesteringar {assessmentDate.Year}",
            RuleSet = "stockholm-2024",
            AssessmentDate = assessmentDate,
            BudgetCeiling = applications.Count == 0 ? emptyBudget : Sek.FromKronor(requested.Kronor * budgetPercent / 100 / 1_000 * 1_000),
            Language = language,
            Boards = boards,
            Constraints = constraints,
            Applications = applications,
        };

    private static Gen<List<Board>> BoardList() =>
        from count in Gen.Choose(1, 6)
        from districtCount in Gen.Choose(Math.Max(0, count - Specialists.Length), count)
        from districts in Gen.Shuffle(Districts.ToArray())
        from specialists in Gen.Shuffle(Specialists)
        select districts.Take(districtCount).Select(d => new Board(d.BoardId, d.Area + " stadsdelsnämnd", BoardKind.District, d.Area))
            .Concat(specialists.Take(count - districtCount).Select(s => new Board(s.Id, s.Name, BoardKind.Specialist)))
            .ToList();

    private static Gen<Application> Application(int number, DateOnly assessmentDate, IReadOnlyList<Board> boards)
    {
        var districtBoards = boards.Where(b => b.Kind == BoardKind.District).ToList();
        return
            from board in Gen.Elements(boards.ToArray())
            from area in board.DistrictArea is { } own
                ? Gen.Constant(own)
                : Gen.Elements(districtBoards.Count > 0 ? districtBoards.Select(b => b.DistrictArea!).ToArray() : Districts.Select(d => d.Area).ToArray())
            from place in Gen.Elements(Places)
            from site in SiteAt(place, area)
            from problem in ProblemGen()
            from evidence in Gen.Choose(0, 3).SelectMany(n => Gen.ListOf(EvidenceGen(assessmentDate, place), n))
            from componentCount in Gen.Choose(1, 5)
            from components in Gen.CollectToList(Enumerable.Range(1, componentCount), ComponentGen)
            from consultation in board.Kind == BoardKind.Specialist && districtBoards.Count > 0
                ? Gen.Frequency<Consultation?>(
                    (2, Gen.Constant<Consultation?>(null)),
                    (3, from d in Gen.Elements(districtBoards.ToArray())
                        from days in Gen.Choose(10, 200)
                        select (Consultation?)new Consultation(d.Id, assessmentDate.AddDays(-days))))
                : Gen.Constant<Consultation?>(null)
            from draftReviewed in Gen.Elements(true, false)
            from formal in Gen.Frequency(
                (6, Gen.Constant(new FormalRequirements(true, true, true, true))),
                (1, from a in Gen.Elements(true, false)
                    from b in Gen.Elements(true, false)
                    from c in Gen.Elements(true, false)
                    from d in Gen.Elements(true, false)
                    select new FormalRequirements(a, b, c, d)))
            from completionYear in Gen.Choose(0, 2).Select(y => assessmentDate.Year + y).OrNullValue()
            from maintenanceOwner in Gen.Constant(area + " stadsdelsförvaltning").OrNullRef()
            from followUpPlan in Gen.Constant("Ny trygghetsvandring efter ett år").OrNullRef()
            from cameraPermit in components.Any(c => c.Measure == Measure.Cctv) ? Gen.Elements(true, false).OrNullValue() : Gen.Constant<bool?>(null)
            from affectedPeople in Gen.Choose(50, 20_000).OrNullValue()
            from share in Gen.Choose(2, 60).Select(p => p / 100.0).OrNullValue()
            select new Application
            {
                Id = $"{assessmentDate.Year}-{number:00}",
                BoardId = board.Id,
                Title = $"Trygghetsåtgärder vid {place}",
                Site = site,
                Problem = problem,
                Evidence = evidence,
                Components = components,
                Consultation = consultation,
                DraftReviewedByCityOffice = draftReviewed,
                Formal = formal,
                CompletionYear = completionYear,
                MaintenanceOwner = maintenanceOwner,
                FollowUpPlan = followUpPlan,
                CameraPermit = cameraPermit,
                AffectedPeople = affectedPeople,
                BaselineUnsafeShare = share,
            };
    }

    private static Gen<Site> SiteAt(string place, string area) =>
        from environment in Gen.Elements(Enum.GetValues<SiteEnvironment>())
        from access in Gen.Frequency((8, Gen.Constant(PublicAccess.Open)), (2, Gen.Constant(PublicAccess.Restricted)), (1, Gen.Constant(PublicAccess.None)))
        select new Site(place, area, environment, access);

    private static Gen<Problem> ProblemGen() =>
        from description in Gen.Elements(Descriptions)
        from siteSpecific in Gen.Frequency((5, Gen.Constant(true)), (1, Gen.Constant(false)))
        from kinds in Pick(Enum.GetValues<ProblemKind>(), 1, 3)
        from times in Pick(Enum.GetValues<TimeOfDay>(), 0, 3).Select(t => t.Order().ToList())
        select new Problem { Description = description, SiteSpecific = siteSpecific, Kinds = kinds, TimesOfDay = times };

    private static Gen<Evidence> EvidenceGen(DateOnly assessmentDate, string place) =>
        from kind in Gen.Elements(Enum.GetValues<EvidenceKind>())
        from daysBefore in Gen.Choose(0, 2_000)
        from scope in Gen.Frequency((3, Gen.Constant(EvidenceScope.Site)), (2, Gen.Constant(EvidenceScope.Area)), (1, Gen.Constant(EvidenceScope.City)))
        let date = assessmentDate.AddDays(-daysBefore)
        select new Evidence(kind, date, scope, $"{kind} {place} {date:yyyy-MM-dd}");

    private static Gen<Component> ComponentGen(int number) =>
        from measure in Gen.Frequency(
            (4, Gen.Constant(Measure.Lighting)),
            (2, Gen.Constant(Measure.Sightlines)),
            (2, Gen.Constant(Measure.Activation)),
            (1, Gen.Constant(Measure.AccessControl)),
            (1, Gen.Constant(Measure.Cctv)),
            (2, Gen.Constant(Measure.Refurbishment)),
            (1, Gen.Constant(Measure.Greening)),
            (1, Gen.Constant(Measure.Other)))
        from quantity in Gen.Choose(1, 60)
        from unitCost in Gen.Choose(20, 80).Select(k => k * 1_000L)
        from lumpSum in Gen.Frequency((4, Gen.Choose(20, 3_000).Select(k => k * 1_000L)), (1, Gen.Choose(10_000, 2_000_000).Select(k => (long)k)))
        from withQuantity in Gen.Frequency((3, Gen.Constant(measure == Measure.Lighting)), (1, Gen.Constant(false)))
        from costType in Gen.Frequency((9, Gen.Constant(CostType.Investment)), (1, Gen.Constant(CostType.Operating)))
        from lifetime in Gen.Choose(5, 40).OrNullValue()
        select new Component
        {
            Id = $"c{number}",
            Measure = measure,
            Description = MeasureDescriptions[measure],
            Cost = Sek.FromKronor(withQuantity ? quantity * unitCost : lumpSum),
            Quantity = withQuantity ? quantity : null,
            Unit = withQuantity ? "lightPoint" : null,
            CostType = costType,
            LifetimeYears = lifetime,
        };

    private static Gen<RoundConstraints> Constraints(IReadOnlyList<Board> boards, IReadOnlyList<Application> applications)
    {
        var areas = applications.Select(a => a.Site.DistrictArea).Distinct(StringComparer.Ordinal).ToList();
        var ids = applications.Select(a => a.Id).ToList();
        return
            from capped in Pick(boards, 0, 2)
            from capPercent in Gen.Choose(20, 60)
            from minimumAreas in Pick(areas, 0, 1)
            from minPercent in Gen.Choose(5, 20)
            from mustFund in Gen.Frequency<List<string>>((3, Gen.Constant(new List<string>())), (1, Pick(ids, 0, 1)))
            from groups in ids.Count < 2 ? Gen.Constant(new List<string>()) : Pick(ids, 2, 3)
            select new RoundConstraints
            {
                BoardCaps = capped.Select(b => new BoardCap(b.Id, Sek.FromKronor(RequestedBy(applications, a => a.BoardId == b.Id) * capPercent / 100 / 1_000 * 1_000))).ToList(),
                DistrictMinimums = minimumAreas.Select(area => new DistrictMinimum(area, Sek.FromKronor(RequestedBy(applications, a => a.Site.DistrictArea == area) * minPercent / 100 / 1_000 * 1_000))).ToList(),
                MustFund = mustFund,
                MutuallyExclusive = groups.Count == 0 ? [] : [groups],
            };
    }

    private static long RequestedBy(IEnumerable<Application> applications, Func<Application, bool> predicate) =>
        Sek.Sum(applications.Where(predicate).Select(a => a.Requested)).Kronor;

    /// <summary>Picks between <paramref name="min"/> and <paramref name="max"/> distinct items (fewer when there are fewer), in random order.</summary>
    private static Gen<List<T>> Pick<T>(IReadOnlyList<T> items, int min, int max) =>
        from count in Gen.Choose(Math.Min(min, items.Count), Math.Min(max, items.Count))
        from shuffled in Gen.Shuffle(items.ToArray())
        select shuffled.Take(count).ToList();

    private static Gen<T?> OrNullValue<T>(this Gen<T> gen)
        where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(v => (T?)v)));

    private static Gen<T?> OrNullRef<T>(this Gen<T> gen)
        where T : class =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(v => (T?)v)));
}
