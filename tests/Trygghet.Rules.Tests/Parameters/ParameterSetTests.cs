using Trygghet.Rules.Amounts;
using Trygghet.Rules.Parameters;

namespace Trygghet.Rules.Tests.Parameters;

public sealed class ParameterSetTests
{
    private static readonly ParameterReference Decision2026 = new("Kommunstyrelsen 2025-11-12", "§7");

    [Fact]
    public void AsOf_BeforeANewValueTakesEffect_ReadsTheOldValue()
    {
        var set = StockholmParameters.Stockholm2024.With(
            ParameterKeys.LightingBenchmarkPerUnit, new DatedValue<Sek>(Sek.FromKronor(52_000), new DateOnly(2026, 1, 1), new DateOnly(2025, 11, 12), Decision2026));

        Assert.Equal(45_000, set.AsOf(new DateOnly(2025, 12, 31)).LightingBenchmarkPerUnit.Value.Kronor);
        var resolved = set.AsOf(new DateOnly(2026, 1, 1)).LightingBenchmarkPerUnit;
        Assert.Equal(52_000, resolved.Value.Kronor);
        Assert.Equal(new DateOnly(2025, 11, 12), resolved.Use.DecisionDate);
        Assert.Equal("52000", resolved.Use.Value);
        Assert.Equal(Decision2026, resolved.Use.Reference);
    }

    [Fact]
    public void With_TheSameEffectiveDate_ReplacesTheValue()
    {
        var set = StockholmParameters.Stockholm2024.With(
            ParameterKeys.CostTolerance, new DatedValue<decimal>(1.25m, StockholmParameters.EffectiveFrom, null, Decision2026));

        Assert.Single(set.Get(ParameterKeys.CostTolerance).Values);
        Assert.Equal(1.25m, set.AsOf(new DateOnly(2024, 2, 15)).CostTolerance.Value);
        Assert.Equal(1.5m, StockholmParameters.Stockholm2024.AsOf(new DateOnly(2024, 2, 15)).CostTolerance.Value);
    }

    [Fact]
    public void AsOf_BeforeAnyValueIsEffective_ThrowsListingTheParameters()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => StockholmParameters.Stockholm2024.AsOf(new DateOnly(2019, 12, 31)));

        Assert.Contains("'evidence.currentWithinYears' has no value effective on that date", exception.Message, StringComparison.Ordinal);
        Assert.Contains("'impact.catchmentMetres'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_TwoValuesForOneEffectiveDate_Throws()
    {
        var value = new DatedValue<int>(3, new DateOnly(2020, 1, 1), null, Decision2026);

        Assert.Throws<ArgumentException>(() => new Parameter<int>(ParameterKeys.EvidenceCurrentWithinYears, [value, value with { Value = 4 }]));
    }

    [Fact]
    public void Get_WithTheWrongType_ThrowsKeyNotFound()
    {
        var wrong = new ParameterKey<string>(ParameterKeys.EvidenceCurrentWithinYears.Name, "the same name with another type");

        Assert.Throws<KeyNotFoundException>(() => StockholmParameters.Stockholm2024.Get(wrong));
    }

    [Fact]
    public void Timeline_ListsEveryDatedValueInOrder()
    {
        var set = StockholmParameters.Stockholm2024.With(
            ParameterKeys.EvidenceCurrentWithinYears, new DatedValue<int>(4, new DateOnly(2027, 1, 1), null, Decision2026));

        var timeline = set.Get(ParameterKeys.EvidenceCurrentWithinYears).Timeline;

        Assert.Equal(["3", "4"], timeline.Select(t => t.Value));
        Assert.Equal([new DateOnly(2020, 1, 1), new DateOnly(2027, 1, 1)], timeline.Select(t => t.EffectiveFrom));
    }
}
