using FsCheck.Xunit;
using Trygghet.Rules.Impact;

namespace Trygghet.Rules.Tests.Impact;

public sealed class ImpactUnitsTests
{
    [Fact]
    public void FromPersonYears_WorkedExample_Is225000Units() => Assert.Equal(225_000, ImpactUnits.FromPersonYears(225.0));

    [Theory]
    [InlineData(1.0625, 1063)]
    [InlineData(-1.0625, -1063)]
    [InlineData(0.0625, 63)]
    [InlineData(1.06249, 1062)]
    [InlineData(0.0, 0)]
    public void FromPersonYears_Midpoint_RoundsHalfAwayFromZero(double personYears, long expected) => Assert.Equal(expected, ImpactUnits.FromPersonYears(personYears));

    [Fact]
    public void ToPersonYears_225000Units_Is225PersonYears() => Assert.Equal(225.0, ImpactUnits.ToPersonYears(225_000));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1e17)]
    public void FromPersonYears_NotRepresentable_Throws(double personYears) => Assert.Throws<ArgumentOutOfRangeException>(() => ImpactUnits.FromPersonYears(personYears));

    [Property]
    public bool ToPersonYears_ThenFromPersonYears_RoundTrips(int units) => ImpactUnits.FromPersonYears(ImpactUnits.ToPersonYears(units)) == units;
}
