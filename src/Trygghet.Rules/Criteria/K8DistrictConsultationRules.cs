namespace Trygghet.Rules.Criteria;

using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;

// K8 Dialog med berörd stadsdelsnämnd: a specialist board consults the district board whose area the site lies in
// (the round's district board whose district area equals the site's). Stockholm 2024 urges it: a warning and feedback
// naming the district board, not a gate. When the round lists no district board for the area, any consultation is
// taken as met. District boards, and boards the round does not list, are not concerned.

/// <summary>K8 met: the specialist board consulted the district board of the site's area.</summary>
[Name("K8.Consulted")]
[Description("A specialist board consulted the district board whose area the site lies in.")]
[Criterion("K8", CriterionEffect.Warning, Source = CriterionSources.Decision2024)]
public sealed class K8ConsultedRule : Rule
{
    private static readonly RuleInfo Info = RuleInfo.Of(typeof(K8ConsultedRule));

    /// <inheritdoc/>
    public override void Define()
    {
        ApplicationFact application = null!;
        When().Match(
            () => application,
            a => a.Board != null && a.Board.Kind == BoardKind.Specialist,
            a => a.Application.Consultation != null,
            a => DistrictConsultation.ConsultedTheAreaBoard(a));
        Then().Do(ctx => Yield(ctx, application));
    }

    private static void Yield(IContext ctx, ApplicationFact a)
    {
        var consultation = a.Application.Consultation!;
        Info.Finding(a, "K8.Consulted", FindingOutcome.Met)
            .With("consultedBoard", DistrictConsultation.BoardName(a, consultation.DistrictBoardId)).With("date", consultation.Date).InsertInto(ctx);
    }
}

/// <summary>K8 warning: the specialist board has not consulted the district board of the site's area.</summary>
[Name("K8.NoConsultation")]
[Description("A specialist board did not consult the district board whose area the site lies in: a warning and feedback naming that board.")]
[Criterion("K8", CriterionEffect.Warning, Source = CriterionSources.Decision2024)]
public sealed class K8NoConsultationRule : Rule
{
    private static readonly RuleInfo Info = RuleInfo.Of(typeof(K8NoConsultationRule));

    /// <inheritdoc/>
    public override void Define()
    {
        ApplicationFact application = null!;
        When().Match(
            () => application,
            a => a.Board != null && a.Board.Kind == BoardKind.Specialist,
            a => a.Application.Consultation == null);
        Then().Do(ctx => Yield(ctx, application));
    }

    private static void Yield(IContext ctx, ApplicationFact a) =>
        DistrictConsultation.Describe(Info.Finding(a, "K8.NoConsultation", FindingOutcome.Warning), a).InsertInto(ctx);
}

/// <summary>K8 warning: the specialist board consulted a district board, but not the one whose area the site lies in.</summary>
[Name("K8.WrongDistrictBoard")]
[Description("A specialist board consulted another district board than the one whose area the site lies in: a warning and feedback naming the right board.")]
[Criterion("K8", CriterionEffect.Warning, Source = CriterionSources.Decision2024)]
public sealed class K8WrongDistrictBoardRule : Rule
{
    private static readonly RuleInfo Info = RuleInfo.Of(typeof(K8WrongDistrictBoardRule));

    /// <inheritdoc/>
    public override void Define()
    {
        ApplicationFact application = null!;
        When().Match(
            () => application,
            a => a.Board != null && a.Board.Kind == BoardKind.Specialist,
            a => a.Application.Consultation != null,
            a => !DistrictConsultation.ConsultedTheAreaBoard(a));
        Then().Do(ctx => Yield(ctx, application));
    }

    private static void Yield(IContext ctx, ApplicationFact a) =>
        DistrictConsultation.Describe(Info.Finding(a, "K8.WrongDistrictBoard", FindingOutcome.Warning), a)
            .With("consultedBoard", DistrictConsultation.BoardName(a, a.Application.Consultation!.DistrictBoardId)).InsertInto(ctx);
}

/// <summary>Finds and names the district board of a site's area, shared by the K8 rules.</summary>
internal static class DistrictConsultation
{
    public static bool ConsultedTheAreaBoard(ApplicationFact a)
    {
        var areaBoard = a.Context.DistrictBoardFor(a.Application.Site.DistrictArea);
        return areaBoard is null || string.Equals(areaBoard.Id, a.Application.Consultation?.DistrictBoardId, StringComparison.Ordinal);
    }

    public static string BoardName(ApplicationFact a, string boardId) => a.Context.FindBoard(boardId)?.Name ?? boardId;

    public static FindingBuilder Describe(FindingBuilder finding, ApplicationFact a)
    {
        var area = a.Application.Site.DistrictArea;
        object districtBoard = (object?)a.Context.DistrictBoardFor(area)?.Name
            ?? a.Context.Messages.Render("K8.DistrictBoardOfArea", [new MessageArgument("area", area)]);
        return finding.With("board", a.Board?.Name ?? a.Application.BoardId).With("districtBoard", districtBoard)
            .With("site", a.Application.Site.Name).With("area", area);
    }
}
