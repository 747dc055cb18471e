namespace Trygghet.Rules.Serialization;

using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Decisions;

/// <summary>Maps a run's <see cref="RoundResult"/> to the result file of the contract.</summary>
public static class ResultDocuments
{
    /// <summary>Creates the result document for a run.</summary>
    /// <param name="result">The run's result.</param>
    /// <param name="language">The language of messages, motivations and feedback; the round's when <see langword="null"/>.</param>
    /// <returns>The document, ready for <see cref="ResultWriter"/>.</returns>
    public static ResultDocument From(RoundResult result, ReportLanguage? language = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var lang = language ?? result.Round.Language;
        var round = result.Round;
        var summary = result.Summary;
        return new ResultDocument
        {
            Municipality = round.Municipality,
            Round = round.Name,
            RuleSet = result.RuleSetId,
            AssessmentDate = round.AssessmentDate,
            BudgetCeilingSek = round.BudgetCeiling.Kronor,
            Summary = new ResultSummary
            {
                Applications = summary.Applications,
                Boards = summary.Boards,
                DistrictBoards = summary.DistrictBoards,
                SpecialistBoards = summary.SpecialistBoards,
                RequestedSek = summary.Requested.Kronor,
                EligibleSek = summary.Eligible.Kronor,
                Granted = summary.Granted,
                PartiallyGranted = summary.PartiallyGranted,
                GrantedSek = summary.GrantedAmount.Kronor,
                NotFunded = summary.NotFunded,
                Rejected = summary.Rejected,
                Incomplete = summary.Incomplete,
                ExpectedImpact = summary.ExpectedImpact,
            },
            Allocation = new ResultAllocation
            {
                Optimal = result.Allocation.Optimal,
                TieBreakComplete = result.Allocation.TieBreakComplete ? null : false,
                Solver = result.Allocation.Solver,
                Objective = result.Allocation.Objective,
                BudgetUsedSek = result.Allocation.BudgetUsed.Kronor,
                Gap = result.Allocation.Optimal ? null : result.Allocation.Gap,
            },
            Decisions = [.. result.Decisions.Select(d => Decision(d, lang))],
            Frontier = result.Frontier.Count == 0 ? null : [.. result.Frontier.Select(p => new ResultFrontierPoint
            {
                BudgetSek = p.Budget.Kronor,
                CostSek = p.Cost.Kronor,
                ExpectedImpact = p.Impact,
                FundedCount = p.FundedCount,
                Changes = [.. p.Changes.Select(c => new ResultFrontierChange { ApplicationId = c.ApplicationId, GrantedSek = c.Granted.Kronor })],
            })],
            Counterfactuals = Counterfactuals(result, lang),
        };
    }

    /// <summary>Creates the assessment document for an assessed round, proposing each eligible amount.</summary>
    /// <param name="assessment">The round's assessment.</param>
    /// <param name="language">The language of messages, motivations and feedback; the round's when <see langword="null"/>.</param>
    /// <param name="motivations">The motivation writer, or <see langword="null"/> for the default templates.</param>
    /// <returns>The document, ready for <see cref="ResultWriter.Write(AssessmentDocument)"/>.</returns>
    public static AssessmentDocument From(RoundAssessment assessment, ReportLanguage? language = null, MotivationWriter? motivations = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var lang = language ?? assessment.Round.Language;
        motivations ??= new MotivationWriter();
        return new AssessmentDocument
        {
            Municipality = assessment.Round.Municipality,
            Round = assessment.Round.Name,
            RuleSet = assessment.RuleSetId,
            AssessmentDate = assessment.AssessmentDate,
            RequestedSek = assessment.Round.RequestedTotal.Kronor,
            EligibleSek = assessment.EligibleTotal.Kronor,
            Assessments = [.. assessment.Applications.Select(a => new AssessmentEntry
            {
                ApplicationId = a.Application.Id,
                BoardId = a.Application.BoardId,
                Title = a.Application.Title,
                Status = a.Status switch
                {
                    AssessmentStatus.Eligible => "eligible",
                    AssessmentStatus.Rejected => "rejected",
                    _ => "incomplete",
                },
                RequestedSek = a.Requested.Kronor,
                EligibleSek = a.Eligible.Kronor,
                ExcludedSek = a.Excluded.Kronor,
                CappedSek = a.Capped.Kronor,
                Quality = new AssessmentQuality(a.Quality.Evidence, a.Quality.Logic, a.Quality.Deliverability),
                Findings = [.. a.Findings.Select(f => Finding(f, lang))],
                Motivation = motivations.Write(a, a.Eligible).In(lang),
                Feedback = [.. a.Feedback.Select(f => f.In(lang))],
                Trace = a.Trace is { } trace ? TraceDocuments.From(trace) : null,
            })],
        };
    }

    /// <summary>Maps a decision status to its wire status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The wire status.</returns>
    public static ResultStatus Status(DecisionStatus status) => status switch
    {
        DecisionStatus.Granted => ResultStatus.Granted,
        DecisionStatus.PartiallyGranted => ResultStatus.PartiallyGranted,
        DecisionStatus.NotFunded => ResultStatus.NotFunded,
        DecisionStatus.Rejected => ResultStatus.Rejected,
        _ => ResultStatus.Incomplete,
    };

    private static ResultDecision Decision(Decision decision, ReportLanguage language) => new()
    {
        ApplicationId = decision.Application.Id,
        BoardId = decision.Application.BoardId,
        Status = Status(decision.Status),
        RequestedSek = decision.Assessment.Requested.Kronor,
        EligibleSek = decision.Assessment.Eligible.Kronor,
        GrantedSek = decision.Granted.Kronor,
        FundedComponents = decision.FundedComponents,
        ExpectedImpact = decision.ExpectedImpact,
        FundingOptions = [.. decision.FundingOptions.Select(o => new ResultFundingOption
        {
            Components = o.ComponentIds,
            CostSek = o.Cost.Kronor,
            ExpectedImpact = o.ExpectedImpact,
        })],
        Findings = [.. decision.Findings.Select(f => Finding(f, language))],
        Motivation = decision.Motivation.In(language),
        Feedback = [.. decision.Feedback.Select(f => f.In(language))],
        Trace = decision.Assessment.Trace is { } trace ? TraceDocuments.From(trace) : null,
    };

    private static ResultFinding Finding(Finding finding, ReportLanguage language) => new()
    {
        Criterion = finding.CriterionId,
        Outcome = finding.Outcome,
        Code = finding.Code,
        Message = finding.Message.In(language),
        Source = finding.Source,
        ComponentId = finding.ComponentId,
        ExcludedSek = finding.Excluded.Kronor,
        CappedSek = finding.Capped.Kronor,
        Values = [.. finding.Values.Select(v => new ResultValue(v.Name, v.Value))],
    };

    private static List<ResultCounterfactual>? Counterfactuals(RoundResult result, ReportLanguage language)
    {
        var list = result.Decisions
            .Where(d => d.Counterfactual is not null)
            .Select(d => new ResultCounterfactual
            {
                Kind = ResultCounterfactual.FundApplicationKind,
                ApplicationId = d.Application.Id,
                Description = CounterfactualText.Describe(d, result.Round.BudgetCeiling).In(language),
                BudgetCeilingSek = d.Counterfactual!.BudgetIncrease is { } increase ? (result.Round.BudgetCeiling + increase).Kronor : null,
                MinExpectedImpact = d.Counterfactual.ImpactNeeded,
            })
            .ToList();
        return list.Count == 0 ? null : list;
    }
}
