namespace Trygghet.Rules.Serialization;

using System.Text;
using Trygghet.Rules.Applications;

/// <summary>
/// Writes a <see cref="Round"/> as a round file (format version 1): the contract's camelCase field names and
/// vocabulary words, dates as <c>YYYY-MM-DD</c>, amounts as whole kronor, indented and byte-for-byte deterministic.
/// </summary>
/// <remarks>
/// Optional values that are <see langword="null"/> are left out, except <c>consultation</c> and
/// <c>cameraPermit</c>, which are written as <c>null</c> as in the contract's example. <c>constraints</c> is
/// always written with all four parts. The writer does not validate; <see cref="RoundReader"/> does.
/// </remarks>
public static class RoundWriter
{
    /// <summary>Writes a round as JSON text.</summary>
    /// <param name="round">The round.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    public static string Write(Round round) => Encoding.UTF8.GetString(WriteUtf8(round));

    /// <summary>Writes a round as UTF-8 JSON (without a byte order mark) to a stream.</summary>
    /// <param name="round">The round.</param>
    /// <param name="utf8">The stream to write to; it is not closed.</param>
    public static void Write(Round round, Stream utf8)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        utf8.Write(WriteUtf8(round));
    }

    /// <summary>Writes a round as UTF-8 JSON bytes (without a byte order mark).</summary>
    /// <param name="round">The round.</param>
    /// <returns>The bytes, ending with a newline.</returns>
    public static byte[] WriteUtf8(Round round)
    {
        ArgumentNullException.ThrowIfNull(round);
        return JsonOutput.Serialize(ToDto(round), RoundJsonContext.Default.RoundFileDto);
    }

    private static RoundFileDto ToDto(Round round) => new()
    {
        FormatVersion = round.FormatVersion,
        Municipality = round.Municipality,
        Round = round.Name,
        RuleSet = round.RuleSet,
        AssessmentDate = round.AssessmentDate,
        BudgetCeilingSek = round.BudgetCeiling.Kronor,
        Language = WireWords.Languages.ToWord(round.Language),
        AllowPartialFunding = round.AllowPartialFunding ? null : false,
        Boards = round.Boards.Select(b => new BoardDto
        {
            Id = b.Id,
            Name = b.Name,
            Kind = WireWords.BoardKinds.ToWord(b.Kind),
            DistrictArea = b.DistrictArea,
        }).ToList(),
        Constraints = new ConstraintsDto
        {
            BoardCaps = round.Constraints.BoardCaps.Select(c => new BoardCapDto { BoardId = c.BoardId, MaxSek = c.Max.Kronor }).ToList(),
            DistrictMinimums = round.Constraints.DistrictMinimums.Select(m => new DistrictMinimumDto { DistrictArea = m.DistrictArea, MinSek = m.Min.Kronor }).ToList(),
            MustFund = round.Constraints.MustFund,
            MutuallyExclusive = round.Constraints.MutuallyExclusive,
        },
        Applications = round.Applications.Select(ToDto).ToList(),
    };

    private static ApplicationDto ToDto(Application application) => new()
    {
        Id = application.Id,
        BoardId = application.BoardId,
        Title = application.Title,
        Site = new SiteDto
        {
            Name = application.Site.Name,
            DistrictArea = application.Site.DistrictArea,
            Environment = WireWords.Environments.ToWord(application.Site.Environment),
            PublicAccess = WireWords.PublicAccesses.ToWord(application.Site.PublicAccess),
        },
        Problem = new ProblemDto
        {
            Description = application.Problem.Description,
            SiteSpecific = application.Problem.SiteSpecific,
            Kinds = application.Problem.Kinds.Select(WireWords.ProblemKinds.ToWord).ToList(),
            TimesOfDay = application.Problem.TimesOfDay.Select(WireWords.TimesOfDay.ToWord).ToList(),
        },
        Evidence = application.Evidence.Select(e => new EvidenceDto
        {
            Kind = WireWords.EvidenceKinds.ToWord(e.Kind),
            Date = e.Date,
            Scope = WireWords.EvidenceScopes.ToWord(e.Scope),
            Reference = e.Reference,
        }).ToList(),
        Components = application.Components.Select(c => new ComponentDto
        {
            Id = c.Id,
            Measure = WireWords.Measures.ToWord(c.Measure),
            Description = c.Description,
            CostSek = c.Cost.Kronor,
            Quantity = c.Quantity,
            Unit = c.Unit,
            CostType = WireWords.CostTypes.ToWord(c.CostType),
            LifetimeYears = c.LifetimeYears,
        }).ToList(),
        Consultation = application.Consultation is { } consultation
            ? new ConsultationDto { DistrictBoardId = consultation.DistrictBoardId, Date = consultation.Date }
            : null,
        DraftReviewedByCityOffice = application.DraftReviewedByCityOffice,
        Formal = new FormalDto
        {
            BoardDecision = application.Formal.BoardDecision,
            CostBreakdown = application.Formal.CostBreakdown,
            Timetable = application.Formal.Timetable,
            ContactPerson = application.Formal.ContactPerson,
        },
        CompletionYear = application.CompletionYear,
        MaintenanceOwner = application.MaintenanceOwner,
        FollowUpPlan = application.FollowUpPlan,
        CameraPermit = application.CameraPermit,
        AffectedPeople = application.AffectedPeople,
        BaselineUnsafeShare = application.BaselineUnsafeShare,
    };
}
