namespace Trygghet.Rules.Serialization;

using System.Text.Json.Serialization;

// The round file's wire shape, used only for writing: property order here is the order in the file.

internal sealed class RoundFileDto
{
    public required int FormatVersion { get; init; }

    public required string Municipality { get; init; }

    public required string Round { get; init; }

    public required string RuleSet { get; init; }

    public required DateOnly AssessmentDate { get; init; }

    public required long BudgetCeilingSek { get; init; }

    public required string Language { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool? AllowPartialFunding { get; init; }

    public required IReadOnlyList<BoardDto> Boards { get; init; }

    public required ConstraintsDto Constraints { get; init; }

    public required IReadOnlyList<ApplicationDto> Applications { get; init; }
}

internal sealed class BoardDto
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Kind { get; init; }

    public string? DistrictArea { get; init; }
}

internal sealed class ConstraintsDto
{
    public required IReadOnlyList<BoardCapDto> BoardCaps { get; init; }

    public required IReadOnlyList<DistrictMinimumDto> DistrictMinimums { get; init; }

    public required IReadOnlyList<string> MustFund { get; init; }

    public required IReadOnlyList<IReadOnlyList<string>> MutuallyExclusive { get; init; }
}

internal sealed class BoardCapDto
{
    public required string BoardId { get; init; }

    public required long MaxSek { get; init; }
}

internal sealed class DistrictMinimumDto
{
    public required string DistrictArea { get; init; }

    public required long MinSek { get; init; }
}

internal sealed class ApplicationDto
{
    public required string Id { get; init; }

    public required string BoardId { get; init; }

    public required string Title { get; init; }

    public required SiteDto Site { get; init; }

    public required ProblemDto Problem { get; init; }

    public required IReadOnlyList<EvidenceDto> Evidence { get; init; }

    public required IReadOnlyList<ComponentDto> Components { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public ConsultationDto? Consultation { get; init; }

    public required bool DraftReviewedByCityOffice { get; init; }

    public required FormalDto Formal { get; init; }

    public int? CompletionYear { get; init; }

    public string? MaintenanceOwner { get; init; }

    public string? FollowUpPlan { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public bool? CameraPermit { get; init; }

    public int? AffectedPeople { get; init; }

    public double? BaselineUnsafeShare { get; init; }
}

internal sealed class SiteDto
{
    public required string Name { get; init; }

    public required string DistrictArea { get; init; }

    public required string Environment { get; init; }

    public required string PublicAccess { get; init; }
}

internal sealed class ProblemDto
{
    public required string Description { get; init; }

    public required bool SiteSpecific { get; init; }

    public required IReadOnlyList<string> Kinds { get; init; }

    public required IReadOnlyList<string> TimesOfDay { get; init; }
}

internal sealed class EvidenceDto
{
    public required string Kind { get; init; }

    public required DateOnly Date { get; init; }

    public required string Scope { get; init; }

    public required string Reference { get; init; }
}

internal sealed class ComponentDto
{
    public required string Id { get; init; }

    public required string Measure { get; init; }

    public required string Description { get; init; }

    public required long CostSek { get; init; }

    public decimal? Quantity { get; init; }

    public string? Unit { get; init; }

    public required string CostType { get; init; }

    public int? LifetimeYears { get; init; }
}

internal sealed class ConsultationDto
{
    public required string DistrictBoardId { get; init; }

    public required DateOnly Date { get; init; }
}

internal sealed class FormalDto
{
    public required bool BoardDecision { get; init; }

    public required bool CostBreakdown { get; init; }

    public required bool Timetable { get; init; }

    public required bool ContactPerson { get; init; }
}
