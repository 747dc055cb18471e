namespace Trygghet.Rules.Criteria;

using Trygghet.Rules.Parameters;

/// <summary>The rule sets this library ships.</summary>
public static class RuleSets
{
    /// <summary>Gets the Stockholm 2024 rule set (<c>stockholm-2024</c>): criteria K1-K9 of the 2024 decision and its principles, Dnr KS 2020/487.</summary>
    public static RuleSet Stockholm2024 { get; } = new(
        "stockholm-2024",
        "Stockholm safety investments 2024: criteria K1-K9 of the 2024 decision and the principles Dnr KS 2020/487.",
        [
            typeof(K1PublicPlaceRule), typeof(K1RestrictedAccessRule), typeof(K1NoPublicAccessRule), typeof(K1IndoorSiteRule),
            typeof(K2SafetyMechanismRule), typeof(K2NoSafetyMechanismRule),
            typeof(K3SiteSpecificRule), typeof(K3NotSiteSpecificRule), typeof(K3NoDescriptionRule),
            typeof(K4NoEvidenceRule), typeof(K4EvidenceConfidenceRule), typeof(K4OutdatedEvidenceRule),
            typeof(K5LinkedRule), typeof(K5NoLinkedMeasureRule), typeof(K5NotLinkedRule), typeof(K5OtherProblemRule), typeof(K5LinkNeedsJudgementRule),
            typeof(K6WithinBenchmarkRule), typeof(K6CappedRule), typeof(K6CostNotJudgeableRule),
            typeof(K7FormalRequirementsMetRule), typeof(K7MissingFormalRequirementRule), typeof(K7OperatingCostRule), typeof(K7DeliverabilityRule),
            typeof(K8ConsultedRule), typeof(K8NoConsultationRule), typeof(K8WrongDistrictBoardRule),
            typeof(K9DraftReviewedRule), typeof(K9DraftNotReviewedRule),
        ],
        StockholmParameters.Stockholm2024);

    /// <summary>
    /// Gets the <c>boverket-grant</c> rule set, modelled on Boverket's grants for outdoor environments and for green and
    /// safe communities: the Stockholm criteria K1 (public place), K3 (problem description), K4 (documented insecurity)
    /// and K5 (linked measures), plus B1 (the state pays at most its share, 50 %), B2 (minimum project cost, 100 000 kr),
    /// B3 (durable measures only) and B4 (a final report), with the parameters of <see cref="BoverketParameters"/>.
    /// </summary>
    public static RuleSet BoverketGrant { get; } = new(
        "boverket-grant",
        "Boverket-style grant: the state pays at most its share of the cost of durable measures in public places, for projects above a minimum cost, with a final report.",
        [
            typeof(K1PublicPlaceRule), typeof(K1RestrictedAccessRule), typeof(K1NoPublicAccessRule), typeof(K1IndoorSiteRule),
            typeof(K3SiteSpecificRule), typeof(K3NotSiteSpecificRule), typeof(K3NoDescriptionRule),
            typeof(K4NoEvidenceRule), typeof(K4EvidenceConfidenceRule), typeof(K4OutdatedEvidenceRule),
            typeof(K5LinkedRule), typeof(K5NoLinkedMeasureRule), typeof(K5NotLinkedRule), typeof(K5OtherProblemRule), typeof(K5LinkNeedsJudgementRule),
            typeof(B1StateShareRule),
            typeof(B2BelowMinimumCostRule), typeof(B2MinimumCostMetRule),
            typeof(B3NotDurableRule),
            typeof(B4NoFinalReportRule), typeof(B4FinalReportPlannedRule),
        ],
        BoverketParameters.BoverketGrant);

    /// <summary>Gets every shipped rule set.</summary>
    public static IReadOnlyList<RuleSet> All { get; } = [Stockholm2024, BoverketGrant];

    /// <summary>Finds a shipped rule set by id.</summary>
    /// <param name="id">The id, for example <c>stockholm-2024</c>.</param>
    /// <returns>The rule set, or <see langword="null"/>.</returns>
    public static RuleSet? Find(string id) => All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));
}
