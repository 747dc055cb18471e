using Trygghet.Rules.Applications;
using Trygghet.Rules.Criteria;
using Trygghet.Rules.Decisions;
using Trygghet.Rules.Scenarios;
using Trygghet.Rules.Serialization;

namespace Trygghet.Rules.Tests.Scenarios;

/// <summary>The runners and the built-in round the scenario tests share; the rules are compiled once.</summary>
internal static class ScenarioFixture
{
    public static RoundRunner Runner { get; } = new(RuleSets.Stockholm2024);

    public static ScenarioRunner WhatIf { get; } = new(Runner);

    public static Round Stockholm => BuiltInRounds.Stockholm2024;
}
