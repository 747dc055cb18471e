using FsCheck.Xunit;
using Trygghet.Rules.Assessment;

namespace Trygghet.Rules.Tests.Assessment;

/// <summary>The laws every assessment obeys, checked on generated rounds.</summary>
[Properties(Arbitrary = [typeof(AssessmentGenerators)], MaxTest = 60)]
public sealed class AssessmentProperties
{
    [Property]
    public bool Every_application_gets_exactly_one_assessment_in_input_order(GeneratedRound generated)
    {
        var result = Rounds.Assessor.Assess(generated.Round);

        return result.Applications.Select(a => a.Application).SequenceEqual(generated.Round.Applications);
    }

    [Property]
    public bool Eligible_never_exceeds_requested(GeneratedRound generated) =>
        Rounds.Assessor.Assess(generated.Round).Applications.All(a => a.Eligible <= a.Requested && !a.Eligible.IsNegative);

    [Property]
    public bool Requested_is_eligible_plus_excluded_plus_capped_to_the_krona(GeneratedRound generated) =>
        Rounds.Assessor.Assess(generated.Round).Applications.All(a =>
            a.Requested == a.Eligible + a.Excluded + a.Capped && !a.Excluded.IsNegative && !a.Capped.IsNegative);

    [Property]
    public bool Only_an_eligible_assessment_has_eligible_components_and_quality(GeneratedRound generated) =>
        Rounds.Assessor.Assess(generated.Round).Applications.All(a => a.Status == AssessmentStatus.Eligible
            ? a.EligibleComponents.Count > 0 && a.Eligible.Kronor > 0 && InUnitRange(a.Quality)
            : a.EligibleComponents.Count == 0 && a.Quality == QualityScores.Zero);

    [Property]
    public bool Shuffling_the_applications_changes_no_assessment(ShuffledRound generated)
    {
        var original = Rounds.Assessor.Assess(generated.Round, new AssessmentOptions { IncludeTrace = true });
        var shuffled = Rounds.Assessor.Assess(generated.Shuffled, new AssessmentOptions { IncludeTrace = true });

        return shuffled.Applications.Select(a => a.Application.Id).SequenceEqual(generated.Shuffled.Applications.Select(a => a.Id))
            && original.Applications.All(a => a.Describe() == shuffled.Find(a.Application.Id)!.Describe());
    }

    [Property]
    public bool Motivations_are_written_for_every_assessment_at_its_eligible_amount_and_at_zero(GeneratedRound generated)
    {
        var writer = new MotivationWriter();
        return Rounds.Assessor.Assess(generated.Round).Applications.All(a =>
            writer.Write(a, a.Eligible).Swedish.Length > 0 && writer.Write(a, Trygghet.Rules.Amounts.Sek.Zero).English.Length > 0);
    }

    private static bool InUnitRange(QualityScores q) =>
        q.Evidence is > 0 and <= 1 && q.Logic is > 0 and <= 1 && q.Deliverability is > 0 and <= 1;
}
