namespace Trygghet.Rules.Scenarios;

using Trygghet.Rules.Amounts;
using Trygghet.Rules.Decisions;

/// <summary>How one application's decision under a scenario differs from the baseline's.</summary>
/// <param name="ApplicationId">The application.</param>
/// <param name="From">The status in the baseline.</param>
/// <param name="To">The status under the scenario.</param>
/// <param name="GrantedFrom">The amount granted in the baseline.</param>
/// <param name="GrantedTo">The amount granted under the scenario.</param>
public sealed record DecisionChange(string ApplicationId, DecisionStatus From, DecisionStatus To, Sek GrantedFrom, Sek GrantedTo);
