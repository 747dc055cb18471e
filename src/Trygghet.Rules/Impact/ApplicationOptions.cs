namespace Trygghet.Rules.Impact;

using Trygghet.Rules.Assessment;

/// <summary>The funding options of one application, for the optimizer and the report.</summary>
public sealed record ApplicationOptions
{
    /// <summary>Gets the application's id.</summary>
    public required string ApplicationId { get; init; }

    /// <summary>
    /// Gets the options after pruning dominated ones, by cost ascending; the last is the whole eligible package.
    /// Empty for a rejected or incomplete application.
    /// </summary>
    public required IReadOnlyList<FundingOption> Options { get; init; }

    /// <summary>Gets the impact findings: defaults the estimates fell back on, and a whole package that adds no impact.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }
}
