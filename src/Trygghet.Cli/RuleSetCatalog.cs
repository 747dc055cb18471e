using System.Collections.Concurrent;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Criteria;
using Trygghet.Rules.Decisions;

namespace Trygghet.Cli;

/// <summary>Finds the rule set a round names and keeps one compiled runner per rule set.</summary>
internal static class RuleSetCatalog
{
    private static readonly ConcurrentDictionary<string, RoundRunner> Runners = new(StringComparer.Ordinal);

    public static RoundRunner RunnerFor(Round round)
    {
        var ruleSet = RuleSets.Find(round.RuleSet)
            ?? throw new CliException(
                $"The round names the rule set '{round.RuleSet}', which this version does not have. Known rule sets: {string.Join(", ", RuleSets.All.Select(r => r.Id))}.",
                ExitCodes.InvalidInput);
        return Runners.GetOrAdd(ruleSet.Id, _ => new RoundRunner(ruleSet));
    }
}
