using FsCheck;
using FsCheck.Xunit;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Criteria;
using Trygghet.Rules.Decisions;
using Trygghet.Rules.Serialization;

namespace Trygghet.Rules.Tests.Reliability;

/// <summary>The same round gives byte-identical result files: run twice, and run with its applications in another order.</summary>
public sealed class DeterminismTests
{
    private static readonly RoundRunner Runner = new(RuleSets.Stockholm2024);

    [Fact]
    public void BuiltInRound_RunTwiceWithFreshRunners_GivesIdenticalResultFiles()
    {
        var first = ResultWriter.WriteUtf8(ResultDocuments.From(new RoundRunner(RuleSets.Stockholm2024).Run(BuiltInRounds.Stockholm2024)));
        var second = ResultWriter.WriteUtf8(ResultDocuments.From(new RoundRunner(RuleSets.Stockholm2024).Run(BuiltInRounds.Stockholm2024)));

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void BuiltInRound_ShuffledApplications_GiveTheSameDecisions(int seed)
    {
        var round = BuiltInRounds.Stockholm2024;
        var order = round.Applications.Select(a => a.Id).ToList();

        var original = Pipeline.ResultJsonInOrder(Runner.Run(round), order);
        var shuffled = Pipeline.ResultJsonInOrder(Runner.Run(Pipeline.Shuffled(round, seed)), order);

        Assert.Equal(original, shuffled);
    }

    [Property(Arbitrary = [typeof(PipelineProperties.SmallRounds)], MaxTest = 40)]
    public void AnyRound_RunTwiceAndShuffled_GivesTheSameResultFile(Round round, int seed)
    {
        var order = round.Applications.Select(a => a.Id).ToList();
        if (Pipeline.TryRun(Runner, round) is not { } first)
        {
            Assert.Null(Pipeline.TryRun(Runner, Pipeline.Shuffled(round, seed)));
            return;
        }

        var again = Runner.Run(round);
        var shuffled = Runner.Run(Pipeline.Shuffled(round, seed));

        Assert.Equal(ResultWriter.Write(ResultDocuments.From(first)), ResultWriter.Write(ResultDocuments.From(again)));
        Assert.Equal(Pipeline.ResultJsonInOrder(first, order), Pipeline.ResultJsonInOrder(shuffled, order));
    }
}
