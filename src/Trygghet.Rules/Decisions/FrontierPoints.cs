namespace Trygghet.Rules.Decisions;

using Trygghet.Rules.Allocation;
using Trygghet.Rules.Amounts;
using Trygghet.Rules.Impact;

/// <summary>Maps the optimizer's frontier to frontier points with the changes at each breakpoint, by application id.</summary>
internal static class FrontierPoints
{
    public static IReadOnlyList<FrontierPoint> From(FrontierResult frontier)
    {
        var funded = new HashSet<string>(StringComparer.Ordinal);
        var points = new List<FrontierPoint>(frontier.Breakpoints.Count);
        foreach (var breakpoint in frontier.Breakpoints)
        {
            var changes = new FrontierChange[breakpoint.Changes.Count];
            for (var k = 0; k < changes.Length; k++)
            {
                var change = breakpoint.Changes[k];
                if (change.IsFunded)
                {
                    funded.Add(change.Id);
                }
                else
                {
                    funded.Remove(change.Id);
                }

                changes[k] = new FrontierChange(change.Id, Sek.FromKronor(change.Cost));
            }

            // By id, so that the result file does not depend on the order of the applications in the round.
            Array.Sort(changes, (a, b) => string.CompareOrdinal(a.ApplicationId, b.ApplicationId));

            points.Add(new FrontierPoint(
                Sek.FromKronor(breakpoint.Budget),
                ImpactUnits.ToPersonYears(breakpoint.Impact),
                Sek.FromKronor(breakpoint.Budget),
                funded.Count,
                changes));
        }

        return points;
    }
}
