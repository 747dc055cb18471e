namespace Trygghet.Rules.Decisions;

using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Impact;

/// <summary>The proposed decision on one application: its status, granted amount, reasons and feedback.</summary>
public sealed record Decision
{
    /// <summary>Gets the assessment the decision rests on.</summary>
    public required ApplicationAssessment Assessment { get; init; }

    /// <summary>Gets the application.</summary>
    public Application Application => Assessment.Application;

    /// <summary>Gets the proposed status.</summary>
    public required DecisionStatus Status { get; init; }

    /// <summary>Gets the proposed granted amount (<c>förslag på beviljat belopp</c>).</summary>
    public required Sek Granted { get; init; }

    /// <summary>Gets the ids of the components the granted amount pays for.</summary>
    public required IReadOnlyList<string> FundedComponents { get; init; }

    /// <summary>Gets every funding option the optimizer could choose from; empty for rejected and incomplete applications.</summary>
    public required IReadOnlyList<FundingOption> FundingOptions { get; init; }

    /// <summary>Gets the expected impact of the granted package, in person-years of avoided insecurity.</summary>
    public required double ExpectedImpact { get; init; }

    /// <summary>Gets the impact of the granted package in the optimizer's integer unit.</summary>
    public required long ImpactUnits { get; init; }

    /// <summary>Gets every finding: the criteria's and the impact model's.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>Gets the motivation (<c>motivering</c>) in Swedish and English.</summary>
    public required LocalizedText Motivation { get; init; }

    /// <summary>Gets the improvement points for the applying board.</summary>
    public IReadOnlyList<LocalizedText> Feedback => Assessment.Feedback;

    /// <summary>Gets, for an eligible application left unfunded, what would have funded it.</summary>
    public Counterfactual? Counterfactual { get; init; }
}
