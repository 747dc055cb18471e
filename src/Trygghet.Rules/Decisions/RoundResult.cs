namespace Trygghet.Rules.Decisions;

using Trygghet.Rules.Applications;

/// <summary>The decision proposal for a round: one decision per application, in input order, and the totals.</summary>
public sealed record RoundResult
{
    /// <summary>Gets the round.</summary>
    public required Round Round { get; init; }

    /// <summary>Gets the id of the rule set that assessed the round.</summary>
    public required string RuleSetId { get; init; }

    /// <summary>Gets the decisions, exactly one per application, in input order.</summary>
    public required IReadOnlyList<Decision> Decisions { get; init; }

    /// <summary>Gets the totals.</summary>
    public required RoundSummary Summary { get; init; }

    /// <summary>Gets how the budget was allocated.</summary>
    public required AllocationSummary Allocation { get; init; }

    /// <summary>Gets the message templates the round was assessed with (the rule set's); the reports word criteria and bodies from them.</summary>
    public Assessment.MessageCatalogue Messages { get; init; } = Assessment.MessageCatalogue.Default;

    /// <summary>Gets how the municipality's bodies are named: the terms of <see cref="Messages"/>.</summary>
    public Organisation Organisation => Organisation.From(Messages);

    /// <summary>Gets the frontier (the optimum for every budget), when it was asked for.</summary>
    public IReadOnlyList<FrontierPoint> Frontier { get; init; } = [];

    /// <summary>Gets other allocation rules measured against the optimum.</summary>
    public IReadOnlyList<AllocationComparison> Comparisons { get; init; } = [];
}
