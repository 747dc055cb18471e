namespace Trygghet.Rules.Serialization;

using System.Globalization;
using System.Text.Json;
using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;

/// <content>The applications and everything inside them.</content>
internal sealed partial class RoundParser
{
    private const int MinCompletionYear = 2000;
    private const int MaxCompletionYear = 2100;
    private const int MaxLifetimeYears = 100;
    private const int MaxAffectedPeople = 100_000_000;
    private const decimal MaxQuantity = 1_000_000_000m;

    private List<Application>? ReadApplications(JsonElement root)
    {
        if (ReadArray(root, "$", "applications", required: true) is not { } array)
        {
            return null;
        }

        var path = Child("$", "applications");
        var count = array.GetArrayLength();
        if (count > options.MaxApplications)
        {
            Report(path, ValidationProblemCodes.TooLarge, $"The round has {count.ToString(CultureInfo.InvariantCulture)} applications, more than the limit of {options.MaxApplications.ToString(CultureInfo.InvariantCulture)} (RoundReaderOptions.MaxApplications).");
            return null;
        }

        var list = ReadList(array, path, ReadApplication);
        applicationsChecked = !stopped;
        return list;
    }

    private Application? ReadApplication(JsonElement element, string path)
    {
        if (!ExpectObject(element, path, "an application"))
        {
            return null;
        }

        var id = ReadId(element, path, "id", required: true);
        if (id is not null)
        {
            if (applications.TryGetValue(id, out var first))
            {
                Report(Child(path, "id"), ValidationProblemCodes.DuplicateId, $"The application id '{Shorten(id)}' is already used by $.applications[{first.ToString(CultureInfo.InvariantCulture)}]; application ids must be unique.");
                id = null;
            }
            else
            {
                applications.Add(id, IndexOf(path));
            }
        }

        var boardId = ReadId(element, path, "boardId", required: true);
        if (boardId is not null && !boards.ContainsKey(boardId))
        {
            Report(Child(path, "boardId"), ValidationProblemCodes.DanglingReference, $"boardId '{Shorten(boardId)}' names no board in $.boards.");
            boardId = null;
        }

        var title = ReadText(element, path, "title", required: true);
        var site = ReadObject(element, path, "site", required: true) is { } siteElement ? ReadSite(siteElement, Child(path, "site")) : null;
        var problem = ReadObject(element, path, "problem", required: true) is { } problemElement ? ReadProblem(problemElement, Child(path, "problem")) : null;
        var evidence = ReadArray(element, path, "evidence", required: true) is { } evidenceArray ? ReadList(evidenceArray, Child(path, "evidence"), ReadEvidence) : null;
        var components = ReadComponents(element, path);
        var consultation = ReadObject(element, path, "consultation", required: false) is { } consultationElement ? ReadConsultation(consultationElement, Child(path, "consultation")) : null;
        var draftReviewed = ReadFlag(element, path, "draftReviewedByCityOffice", required: true);
        var formal = ReadObject(element, path, "formal", required: true) is { } formalElement ? ReadFormal(formalElement, Child(path, "formal")) : null;
        var completionYear = ReadInteger(element, path, "completionYear", MinCompletionYear, MaxCompletionYear);
        var maintenanceOwner = ReadText(element, path, "maintenanceOwner", required: false);
        var followUpPlan = ReadText(element, path, "followUpPlan", required: false);
        var cameraPermit = ReadFlag(element, path, "cameraPermit", required: false);
        var affectedPeople = ReadInteger(element, path, "affectedPeople", 0, MaxAffectedPeople);
        var baselineUnsafeShare = ReadShare(element, path, "baselineUnsafeShare");

        if (id is null || boardId is null || title is null || site is null || problem is null || evidence is null || components is null || draftReviewed is null || formal is null)
        {
            return null;
        }

        return new Application
        {
            Id = id,
            BoardId = boardId,
            Title = title,
            Site = site,
            Problem = problem,
            Evidence = evidence,
            Components = components,
            Consultation = consultation,
            DraftReviewedByCityOffice = draftReviewed.Value,
            Formal = formal,
            CompletionYear = completionYear,
            MaintenanceOwner = maintenanceOwner,
            FollowUpPlan = followUpPlan,
            CameraPermit = cameraPermit,
            AffectedPeople = affectedPeople,
            BaselineUnsafeShare = baselineUnsafeShare,
        };
    }

    private Site? ReadSite(JsonElement element, string path)
    {
        var name = ReadText(element, path, "name", required: true);
        var districtArea = ReadText(element, path, "districtArea", required: true);
        var environment = ReadWord(element, path, "environment", required: true, WireWords.Environments);
        var publicAccess = ReadWord(element, path, "publicAccess", required: true, WireWords.PublicAccesses);
        return name is null || districtArea is null || environment is null || publicAccess is null
            ? null
            : new Site(name, districtArea, environment.Value, publicAccess.Value);
    }

    private Problem? ReadProblem(JsonElement element, string path)
    {
        var description = ReadText(element, path, "description", required: true);
        var siteSpecific = ReadFlag(element, path, "siteSpecific", required: true);
        var kinds = ReadWords(element, path, "kinds", WireWords.ProblemKinds);
        var times = ReadWords(element, path, "timesOfDay", WireWords.TimesOfDay);
        return description is null || siteSpecific is null || kinds is null || times is null
            ? null
            : new Problem { Description = description, SiteSpecific = siteSpecific.Value, Kinds = kinds, TimesOfDay = times };
    }

    private Evidence? ReadEvidence(JsonElement element, string path)
    {
        if (!ExpectObject(element, path, "a piece of evidence"))
        {
            return null;
        }

        var kind = ReadWord(element, path, "kind", required: true, WireWords.EvidenceKinds);
        var date = ReadDate(element, path, "date", required: true);
        var scope = ReadWord(element, path, "scope", required: true, WireWords.EvidenceScopes);
        var reference = ReadText(element, path, "reference", required: true);
        return kind is null || date is null || scope is null || reference is null
            ? null
            : new Evidence(kind.Value, date.Value, scope.Value, reference);
    }

    private List<Component>? ReadComponents(JsonElement application, string applicationPath)
    {
        if (ReadArray(application, applicationPath, "components", required: true) is not { } array)
        {
            return null;
        }

        var path = Child(applicationPath, "components");
        var count = array.GetArrayLength();
        if (count > options.MaxComponentsPerApplication)
        {
            Report(path, ValidationProblemCodes.TooLarge, $"The application has {count.ToString(CultureInfo.InvariantCulture)} components, more than the limit of {options.MaxComponentsPerApplication.ToString(CultureInfo.InvariantCulture)} (RoundReaderOptions.MaxComponentsPerApplication).");
            return null;
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var list = ReadList(array, path, (element, itemPath) => ReadComponent(element, itemPath, ids));
        if (list is null)
        {
            return null;
        }

        // Each cost is at most MaxAmountSek and there are at most 100 000 components, so the sum fits in a long.
        var total = list.Sum(c => c.Cost.Kronor);
        if (total > RoundReader.MaxAmountSek)
        {
            Report(path, ValidationProblemCodes.OutOfRange, $"The components add up to {total.ToString(CultureInfo.InvariantCulture)} kr, more than the absurd-amount limit of {RoundReader.MaxAmountSek.ToString(CultureInfo.InvariantCulture)} kr.");
            return null;
        }

        return list;
    }

    private Component? ReadComponent(JsonElement element, string path, Dictionary<string, int> ids)
    {
        if (!ExpectObject(element, path, "a component"))
        {
            return null;
        }

        var id = ReadId(element, path, "id", required: true);
        if (id is not null)
        {
            if (ids.TryGetValue(id, out var first))
            {
                Report(Child(path, "id"), ValidationProblemCodes.DuplicateId, $"The component id '{Shorten(id)}' is already used by component {first.ToString(CultureInfo.InvariantCulture)} of this application; component ids must be unique within an application.");
                id = null;
            }
            else
            {
                ids.Add(id, IndexOf(path));
            }
        }

        var measure = ReadWord(element, path, "measure", required: true, WireWords.Measures);
        var description = ReadText(element, path, "description", required: true);
        var cost = ReadAmount(element, path, "costSek", required: true);
        var quantity = ReadQuantity(element, path, "quantity");
        var unit = ReadText(element, path, "unit", required: false);
        var costType = ReadWord(element, path, "costType", required: true, WireWords.CostTypes);
        var lifetime = ReadInteger(element, path, "lifetimeYears", 1, MaxLifetimeYears);
        if (id is null || measure is null || description is null || cost is null || costType is null)
        {
            return null;
        }

        return new Component
        {
            Id = id,
            Measure = measure.Value,
            Description = description,
            Cost = Sek.FromKronor(cost.Value),
            Quantity = quantity,
            Unit = unit,
            CostType = costType.Value,
            LifetimeYears = lifetime,
        };
    }

    private Consultation? ReadConsultation(JsonElement element, string path)
    {
        var boardId = ReadId(element, path, "districtBoardId", required: true);
        var date = ReadDate(element, path, "date", required: true);
        if (boardId is not null)
        {
            if (!boards.TryGetValue(boardId, out var board))
            {
                Report(Child(path, "districtBoardId"), ValidationProblemCodes.DanglingReference, $"districtBoardId '{Shorten(boardId)}' names no board in $.boards.");
                return null;
            }

            if (board.Kind == BoardKind.Specialist)
            {
                Report(Child(path, "districtBoardId"), ValidationProblemCodes.WrongBoardKind, $"districtBoardId '{Shorten(boardId)}' names a specialist board ($.boards[{board.Index.ToString(CultureInfo.InvariantCulture)}]); a consultation must be with a district board.");
                return null;
            }
        }

        return boardId is null || date is null ? null : new Consultation(boardId, date.Value);
    }

    private FormalRequirements? ReadFormal(JsonElement element, string path)
    {
        var boardDecision = ReadFlag(element, path, "boardDecision", required: true);
        var costBreakdown = ReadFlag(element, path, "costBreakdown", required: true);
        var timetable = ReadFlag(element, path, "timetable", required: true);
        var contactPerson = ReadFlag(element, path, "contactPerson", required: true);
        return boardDecision is null || costBreakdown is null || timetable is null || contactPerson is null
            ? null
            : new FormalRequirements(boardDecision.Value, costBreakdown.Value, timetable.Value, contactPerson.Value);
    }
}
