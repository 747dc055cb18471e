namespace Trygghet.Rules.Serialization;

using System.Text.Json.Serialization;

/// <summary>
/// The result file (format version 1): the round's identity, a summary, the allocation and one decision per
/// application in input order, as described under "Output: the result" in <c>round-format.md</c>.
/// </summary>
/// <remarks>Write it with <see cref="ResultWriter"/> and read it back with <see cref="ResultReader"/>.</remarks>
public sealed record ResultDocument
{
    /// <summary>Gets the result file format version; always 1.</summary>
    public int FormatVersion { get; init; } = 1;

    /// <summary>Gets the municipality that runs the round.</summary>
    public required string Municipality { get; init; }

    /// <summary>Gets the name of the round.</summary>
    public required string Round { get; init; }

    /// <summary>Gets the id of the rule set that assessed the round.</summary>
    public required string RuleSet { get; init; }

    /// <summary>Gets the assessment date, written as <c>YYYY-MM-DD</c>.</summary>
    public required DateOnly AssessmentDate { get; init; }

    /// <summary>Gets the budget ceiling in whole kronor.</summary>
    public required long BudgetCeilingSek { get; init; }

    /// <summary>Gets the round's totals.</summary>
    public required ResultSummary Summary { get; init; }

    /// <summary>Gets how the allocation was solved.</summary>
    public required ResultAllocation Allocation { get; init; }

    /// <summary>Gets exactly one decision per input application, in input order.</summary>
    public required IReadOnlyList<ResultDecision> Decisions { get; init; }

    /// <summary>Gets the budget–impact frontier (the best impact at each budget), when it was computed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ResultFrontierPoint>? Frontier { get; init; }

    /// <summary>Gets what-if answers (another budget, what it would take to fund an application), when computed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ResultCounterfactual>? Counterfactuals { get; init; }
}
