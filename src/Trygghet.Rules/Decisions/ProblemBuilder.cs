namespace Trygghet.Rules.Decisions;

using Trygghet.Rules.Allocation;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Impact;

/// <summary>Turns a round's assessments and funding options into the optimizer's problem.</summary>
internal static class ProblemBuilder
{
    /// <summary>
    /// Builds the allocation problem: one class per eligible application with at least one option of positive cost,
    /// whose option keys index the application's funding options; the round's constraints restricted to those classes.
    /// </summary>
    /// <exception cref="AllocationInfeasibleException">A must-fund application is rejected, incomplete or has nothing to fund.</exception>
    public static AllocationProblem Build(Round round, IReadOnlyList<ApplicationAssessment> assessments, IReadOnlyList<ApplicationOptions> optionSets)
    {
        var classes = new List<AllocationClass>(assessments.Count);
        for (var i = 0; i < assessments.Count; i++)
        {
            var application = assessments[i].Application;
            var options = optionSets[i].Options
                .Select((option, key) => new AllocationOption(option.Cost.Kronor, option.ImpactUnits, key))
                .Where(option => option.Cost > 0)
                .ToList();
            if (options.Count > 0)
            {
                classes.Add(new AllocationClass(application.Id, application.BoardId, application.Site.DistrictArea, options));
            }
        }

        var ids = classes.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var constraints = round.Constraints;
        var conflicts = constraints.MustFund
            .Where(id => !ids.Contains(id))
            .Select(id => MustFundConflict(id, assessments.FirstOrDefault(a => string.Equals(a.Application.Id, id, StringComparison.Ordinal))))
            .ToList();
        if (conflicts.Count > 0)
        {
            throw new AllocationInfeasibleException(conflicts);
        }

        return new AllocationProblem
        {
            Budget = round.BudgetCeiling.Kronor,
            Classes = classes,
            BoardCaps = [.. constraints.BoardCaps.Select(c => new BoardCapConstraint(c.BoardId, c.Max.Kronor))],
            DistrictMinimums = [.. constraints.DistrictMinimums.Select(m => new DistrictMinimumConstraint(m.DistrictArea, m.Min.Kronor))],
            MustFund = [.. constraints.MustFund],
            MutuallyExclusive = [.. constraints.MutuallyExclusive
                .Select(group => (IReadOnlyList<string>)[.. group.Where(ids.Contains).Distinct(StringComparer.Ordinal)])
                .Where(group => group.Count > 1)],
        };
    }

    private static AllocationConflict MustFundConflict(string id, ApplicationAssessment? assessment)
    {
        var why = assessment?.Status switch
        {
            AssessmentStatus.Rejected => "is rejected (" + string.Join(", ", assessment.Findings
                .Where(f => f.Outcome == FindingOutcome.NotMet).Select(f => f.CriterionId).Distinct(StringComparer.Ordinal)) + ")",
            AssessmentStatus.Incomplete => "is incomplete (formal requirements missing)",
            AssessmentStatus.Eligible => "has nothing eligible to fund",
            _ => "is not in the round",
        };
        return new AllocationConflict(
            AllocationConflictKind.MustFundWithoutOption,
            $"Must-fund application {id} {why}, so it cannot be funded.",
            [id]);
    }
}
