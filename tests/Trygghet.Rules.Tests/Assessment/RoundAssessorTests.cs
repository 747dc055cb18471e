using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Criteria;
using static Trygghet.Rules.Tests.Assessment.ApplicationBuilder;

namespace Trygghet.Rules.Tests.Assessment;

public sealed class RoundAssessorTests
{
    private static readonly Round Mixed = Rounds.Of(
    [
        AnEligibleApplication().Id("a").Build(),
        AnEligibleApplication().Id("b").NoEvidence().Build(),
        AnEligibleApplication().Id("c").Formal(contactPerson: false).Build(),
        AnEligibleApplication().Id("d").By(Boards.Traffic).Components(Lighting("c1", 3_000_000, 40)).Build(),
        AnEligibleApplication().Id("e").Problem(ProblemKind.Other).Build(),
    ]);

    [Fact]
    public void Assess_ReturnsOneAssessmentPerApplicationInInputOrder()
    {
        var result = Rounds.Assessor.Assess(Mixed);

        Assert.Equal(["a", "b", "c", "d", "e"], result.Applications.Select(a => a.Application.Id));
        Assert.Equal(
            [AssessmentStatus.Eligible, AssessmentStatus.Rejected, AssessmentStatus.Incomplete, AssessmentStatus.Eligible, AssessmentStatus.Eligible],
            result.Applications.Select(a => a.Status));
        Assert.Equal("stockholm-2024", result.RuleSetId);
        Assert.Equal(new DateOnly(2024, 2, 15), result.AssessmentDate);
        Assert.Same(result.Applications[3], result.Find("d"));
        Assert.Equal(1_550_000 + 2_700_000 + 1_550_000, result.EligibleTotal.Kronor);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(1, 3)]
    [InlineData(null, 16)]
    public void Assess_GivesTheSameResultForAnyParallelismAndBatchSize(int? parallelism, int batchSize)
    {
        var baseline = Rounds.Assessor.Assess(Mixed, new AssessmentOptions { IncludeTrace = true });

        var result = Rounds.Assessor.Assess(Mixed, new AssessmentOptions { IncludeTrace = true, MaxDegreeOfParallelism = parallelism, BatchSize = batchSize });

        Assert.Equal(Describe(baseline), Describe(result));
    }

    [Fact]
    public void Assess_WithoutTrace_CarriesNoTrace() =>
        Assert.All(Rounds.Assessor.Assess(Mixed).Applications, a => Assert.Null(a.Trace));

    [Fact]
    public void Assess_ARoundForAnotherRuleSet_Throws()
    {
        var round = Mixed with { RuleSet = "goteborg-2025" };

        var exception = Assert.Throws<ArgumentException>(() => Rounds.Assessor.Assess(round));
        Assert.Contains("goteborg-2025", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_WithANonPositiveDegreeOfParallelism_Throws() =>
        Assert.Throws<ArgumentException>(() => Rounds.Assessor.Assess(Mixed, new AssessmentOptions { MaxDegreeOfParallelism = 0 }));

    [Fact]
    public void Assess_WhenCancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Rounds.Assessor.Assess(Mixed, cancellationToken: cancellation.Token));
    }

    [Fact]
    public void Assess_AnEmptyRound_ReturnsNoAssessments() =>
        Assert.Empty(Rounds.Assessor.Assess(Rounds.Of([])).Applications);

    [Fact]
    public void Assess_ReadsParametersAsOfTheRoundsAssessmentDate()
    {
        var stricter = RuleSets.Stockholm2024.WithParameters(RuleSets.Stockholm2024.Parameters.With(
            Trygghet.Rules.Parameters.ParameterKeys.EvidenceCurrentWithinYears,
            new Trygghet.Rules.Parameters.DatedValue<int>(1, new DateOnly(2024, 1, 1), new DateOnly(2023, 12, 1), new("Beslut", "§1"))));
        var assessor = new RoundAssessor(stricter);
        var application = AnEligibleApplication().Evidence(SiteEvidence(EvidenceKind.SafetyWalk, new DateOnly(2022, 6, 1)));

        var before = assessor.Assess(Rounds.Of([application.Build()], new DateOnly(2023, 12, 31))).Applications[0];
        var after = assessor.Assess(Rounds.Of([application.Build()], new DateOnly(2024, 1, 1))).Applications[0];

        before.Has("K4.PartialSiteEvidence", FindingOutcome.Met);
        after.Has("K4.OutdatedEvidenceOnly", FindingOutcome.Warning);
    }

    [Fact]
    public void Assess_WithAnotherMessageCatalogue_RendersItsTemplates()
    {
        var messages = MessageCatalogue.Default.With("K9.DraftNotReviewed.Feedback", new LocalizedText("Ring oss innan ni skickar in.", "Call us before you submit."));
        var assessor = new RoundAssessor(RuleSets.Stockholm2024, messages);

        var assessment = assessor.Assess(Rounds.Of([AnEligibleApplication().DraftReviewed(false).Build()])).Applications[0];

        Assert.Equal(new LocalizedText("Ring oss innan ni skickar in.", "Call us before you submit."), Assert.Single(assessment.Feedback));
    }

    private static IReadOnlyList<string> Describe(RoundAssessment result) => [.. result.Applications.Select(a => a.Describe())];
}
