namespace Trygghet.Rules.Decisions;

using Trygghet.Rules.Allocation;
using Trygghet.Rules.Amounts;
using Trygghet.Rules.Impact;

/// <summary>Maps the optimizer's frontier to frontier points with the funded applications at each breakpoint.</summary>
internal static class FrontierPoints
{
    public static IReadOnlyList<FrontierPoint> From(FrontierResult frontier)
    {
        var funded = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var points = new List<FrontierPoint>(frontier.Breakpoints.Count);
        foreach (var breakpoint in frontier.Breakpoints)
        {
            foreach (var change in breakpoint.Changes)
            {
                if (change.IsFunded)
                {
                    funded[change.Id] = change.Cost;
                }
                else
                {
                    funded.Remove(change.Id);
                }
            }

            points.Add(new FrontierPoint(
                Sek.FromKronor(breakpoint.Budget),
                ImpactUnits.ToPersonYears(breakpoint.Impact),
                Sek.FromKronor(funded.Values.Sum()),
                [.. funded.Keys],
                [.. breakpoint.Changes.Select(c => c.Id)]));
        }

        return points;
    }
}
