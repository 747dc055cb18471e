namespace Trygghet.Rules.Reporting;

using Trygghet.Rules.Amounts;
using Trygghet.Rules.Decisions;

/// <summary>Summaries of a result per board and per district area, in a deterministic order.</summary>
internal static class ReportTallies
{
    /// <summary>Tallies per applying board, in the round's board order; boards without applications are left out.</summary>
    public static IReadOnlyList<TallyRow> ByBoard(RoundResult result)
    {
        var boardOrder = result.Round.Boards.Select((b, i) => (b.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        return [.. Tally(result.Decisions, d => d.Application.BoardId)
            .OrderBy(g => boardOrder.TryGetValue(g.Key, out var index) ? index : int.MaxValue)
            .Select(g => Row(g.Key, ReportText.BoardName(result.Round, g.Key), g.Decisions))];
    }

    /// <summary>Tallies per district area of the applications' sites, in order of first appearance.</summary>
    public static IReadOnlyList<TallyRow> ByDistrict(RoundResult result) =>
        [.. Tally(result.Decisions, d => d.Application.Site.DistrictArea).Select(g => Row(g.Key, g.Key, g.Decisions))];

    /// <summary>The totals of a list of decisions.</summary>
    public static TallyRow Total(string name, IReadOnlyList<Decision> decisions) => Row(string.Empty, name, decisions);

    private static List<(string Key, List<Decision> Decisions)> Tally(IReadOnlyList<Decision> decisions, Func<Decision, string> key)
    {
        var groups = new List<(string Key, List<Decision> Decisions)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var decision in decisions)
        {
            var k = key(decision);
            if (!index.TryGetValue(k, out var i))
            {
                i = groups.Count;
                index[k] = i;
                groups.Add((k, []));
            }

            groups[i].Decisions.Add(decision);
        }

        return groups;
    }

    private static TallyRow Row(string key, string name, IReadOnlyList<Decision> decisions) => new(
        key,
        name,
        decisions.Count,
        decisions.Count(d => ReportText.IsGranted(d.Status)),
        Sek.Sum(decisions.Select(d => d.Assessment.Requested)),
        Sek.Sum(decisions.Select(d => d.Assessment.Eligible)),
        Sek.Sum(decisions.Select(d => d.Granted)));
}
