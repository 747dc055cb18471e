namespace Trygghet.Rules.Assessment;

using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Parameters;

/// <summary>The assessment of every application of a round, in input order.</summary>
public sealed class RoundAssessment
{
    internal RoundAssessment(Round round, string ruleSetId, ResolvedParameters parameters, IReadOnlyList<ApplicationAssessment> applications)
    {
        Round = round;
        RuleSetId = ruleSetId;
        Parameters = parameters;
        Applications = applications;
    }

    /// <summary>Gets the round assessed.</summary>
    public Round Round { get; }

    /// <summary>Gets the id of the rule set that assessed it.</summary>
    public string RuleSetId { get; }

    /// <summary>Gets the assessment date, from the round.</summary>
    public DateOnly AssessmentDate => Parameters.AssessmentDate;

    /// <summary>Gets the rule set's parameters as of the assessment date.</summary>
    public ResolvedParameters Parameters { get; }

    /// <summary>Gets one assessment per application, in the round's order.</summary>
    public IReadOnlyList<ApplicationAssessment> Applications { get; }

    /// <summary>Gets the total eligible amount.</summary>
    public Sek EligibleTotal => Sek.Sum(Applications.Select(a => a.Eligible));

    /// <summary>Finds the assessment of an application by id.</summary>
    /// <param name="applicationId">The application id.</param>
    /// <returns>The assessment, or <see langword="null"/>.</returns>
    public ApplicationAssessment? Find(string applicationId) =>
        Applications.FirstOrDefault(a => string.Equals(a.Application.Id, applicationId, StringComparison.Ordinal));
}
