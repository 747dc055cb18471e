namespace Trygghet.Rules.Assessment;

using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;

/// <summary>A component that survived the criteria, with the amount eligible after any cap.</summary>
/// <param name="Component">The component as applied for.</param>
/// <param name="Eligible">The eligible amount: its cost, or less when capped.</param>
public sealed record EligibleComponent(Component Component, Sek Eligible);
