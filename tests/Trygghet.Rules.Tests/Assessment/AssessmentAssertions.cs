using Trygghet.Rules.Assessment;

namespace Trygghet.Rules.Tests.Assessment;

/// <summary>Assertions on findings that read like the criteria.</summary>
internal static class AssessmentAssertions
{
    public static Finding Has(this ApplicationAssessment assessment, string code, FindingOutcome outcome, string? componentId = null)
    {
        var matches = assessment.Findings.Where(f => f.Code == code && f.ComponentId == componentId).ToList();
        var finding = Assert.Single(matches);
        Assert.Equal(outcome, finding.Outcome);
        return finding;
    }

    public static void HasNo(this ApplicationAssessment assessment, string code) =>
        Assert.DoesNotContain(assessment.Findings, f => f.Code == code);

    public static IReadOnlyList<Finding> Of(this ApplicationAssessment assessment, string criterionId) =>
        [.. assessment.Findings.Where(f => f.CriterionId == criterionId)];

    public static string Value(this Finding finding, string name) => Assert.Single(finding.Values, v => v.Name == name).Value;

    public static void HoldsTheAmountInvariant(this ApplicationAssessment assessment) =>
        Assert.Equal(assessment.Requested, assessment.Eligible + assessment.Excluded + assessment.Capped);

    /// <summary>Describes everything an assessment holds as one string, so two assessments can be compared whole.</summary>
    public static string Describe(this ApplicationAssessment a) => string.Join(
        " | ",
        a.Application.Id,
        a.Status,
        a.Eligible,
        a.Excluded,
        a.Capped,
        a.Quality,
        string.Join(";", a.Findings.Select(f => f.Code + "/" + f.ComponentId + "/" + f.Message.Swedish + "/" + f.Message.English + "/" + string.Join(",", f.Values))),
        string.Join(";", a.EligibleComponents),
        string.Join(";", a.Feedback),
        a.Trace is null ? "-" : string.Join(";", a.Trace.Firings.Select(t => t.Rule + ":" + string.Join(",", t.Facts) + ":" + string.Join(",", t.Findings) + ":" + string.Join(",", t.Parameters))));
}
