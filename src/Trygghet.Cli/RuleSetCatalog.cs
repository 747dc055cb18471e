using System.Collections.Concurrent;
using System.Text;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Criteria;
using Trygghet.Rules.Decisions;
using Trygghet.Rules.Serialization;

namespace Trygghet.Cli;

/// <summary>Finds the rule set a round names and keeps one runner per rule set and parameter file; runners of one rule set share its compiled rules.</summary>
internal static class RuleSetCatalog
{
    private const long MaxParameterFileBytes = 4 * 1024 * 1024;

    private static readonly ConcurrentDictionary<(string RuleSet, string Parameters), RoundRunner> Runners = new();

    public static RoundRunner RunnerFor(Round round, FileInfo? parameters = null)
    {
        var ruleSet = RuleSets.Find(round.RuleSet)
            ?? throw new CliException(
                $"The round names the rule set '{round.RuleSet}', which this version does not have. Known rule sets: {string.Join(", ", RuleSets.All.Select(r => r.Id))}.",
                ExitCodes.InvalidInput);
        if (parameters is null)
        {
            return Runners.GetOrAdd((ruleSet.Id, string.Empty), _ => new RoundRunner(ruleSet));
        }

        var json = Encoding.UTF8.GetString(CliIo.ReadInput(parameters, MaxParameterFileBytes));
        return Runners.GetOrAdd((ruleSet.Id, json), key => new RoundRunner(WithOverrides(ruleSet, key.Parameters, parameters.Name)));
    }

    private static RuleSet WithOverrides(RuleSet ruleSet, string json, string fileName)
    {
        try
        {
            return ParameterFileReader.ApplyTo(ruleSet, json);
        }
        catch (ParameterFileException e)
        {
            throw new CliException(CliIo.DescribeProblems(fileName, e.Problems), ExitCodes.InvalidInput);
        }
    }
}
