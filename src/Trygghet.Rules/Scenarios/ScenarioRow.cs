namespace Trygghet.Rules.Scenarios;

using Trygghet.Rules.Amounts;

/// <summary>The totals of one scenario, as one column of a side-by-side table.</summary>
/// <param name="Name">The scenario's name.</param>
/// <param name="Budget">The budget ceiling it ran under.</param>
/// <param name="Funded">The number of applications granted money, fully or partially.</param>
/// <param name="Granted">The total granted.</param>
/// <param name="Impact">The expected impact, in person-years of avoided insecurity.</param>
/// <param name="Optimal">Whether the allocation is proven optimal.</param>
/// <param name="Changed">The number of applications whose decision differs from the baseline's.</param>
public sealed record ScenarioRow(string Name, Sek Budget, int Funded, Sek Granted, double Impact, bool Optimal, int Changed);
