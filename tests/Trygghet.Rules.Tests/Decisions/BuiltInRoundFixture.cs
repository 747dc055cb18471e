using Trygghet.Rules.Criteria;
using Trygghet.Rules.Decisions;
using Trygghet.Rules.Serialization;

namespace Trygghet.Rules.Tests.Decisions;

/// <summary>Runs the built-in Stockholm 2024 round once for the tests that read its result.</summary>
public sealed class BuiltInRoundFixture
{
    public BuiltInRoundFixture()
    {
        Runner = new RoundRunner(RuleSets.Stockholm2024);
        Result = Runner.Run(BuiltInRounds.Stockholm2024, RunOptions.Default with { IncludeTrace = true });
    }

    public RoundRunner Runner { get; }

    public RoundResult Result { get; }
}
