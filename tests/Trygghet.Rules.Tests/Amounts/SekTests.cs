using System.Globalization;
using FsCheck.Xunit;
using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;

namespace Trygghet.Rules.Tests.Amounts;

public sealed class SekTests
{
    [Fact]
    public void Addition_OfTwoAmounts_IsExact() => Assert.Equal(1_550_000, (Sek.FromKronor(1_400_000) + Sek.FromKronor(150_000)).Kronor);

    [Fact]
    public void Addition_PastLongMaxValue_ThrowsOverflow() => Assert.Throws<OverflowException>(() => Sek.FromKronor(long.MaxValue) + Sek.FromKronor(1));

    [Fact]
    public void Subtraction_PastLongMinValue_ThrowsOverflow() => Assert.Throws<OverflowException>(() => Sek.FromKronor(long.MinValue) - Sek.FromKronor(1));

    [Fact]
    public void Multiplication_Overflowing_ThrowsOverflow() => Assert.Throws<OverflowException>(() => Sek.FromKronor(long.MaxValue / 2) * 3);

    [Fact]
    public void Negation_OfMinValue_ThrowsOverflow() => Assert.Throws<OverflowException>(() => -Sek.FromKronor(long.MinValue));

    [Fact]
    public void Sum_OverflowingSequence_ThrowsOverflow() => Assert.Throws<OverflowException>(() => Sek.Sum([Sek.FromKronor(long.MaxValue), Sek.FromKronor(1)]));

    [Theory]
    [InlineData(1_400_000, "1 400 000 kr")]
    [InlineData(0, "0 kr")]
    [InlineData(999, "999 kr")]
    [InlineData(-150_000, "-150 000 kr")]
    public void ToKronorString_InSwedish_GroupsWithSpaces(long kronor, string expected) => Assert.Equal(expected, Sek.FromKronor(kronor).ToKronorString(ReportLanguage.Swedish).Replace('\u2212', '-'));

    [Theory]
    [InlineData(1_400_000, "SEK 1,400,000")]
    [InlineData(999, "SEK 999")]
    public void ToKronorString_InEnglish_GroupsWithCommas(long kronor, string expected) => Assert.Equal(expected, Sek.FromKronor(kronor).ToKronorString(ReportLanguage.English));

    [Theory]
    [InlineData(1_400_000, "1,4 mnkr")]
    [InlineData(60_100_000, "60,1 mnkr")]
    [InlineData(60_049_999, "60,0 mnkr")]
    [InlineData(60_050_000, "60,1 mnkr")]
    [InlineData(112_100_000, "112,1 mnkr")]
    [InlineData(1_234_500_000, "1 234,5 mnkr")]
    public void ToMillionsString_InSwedish_UsesDecimalComma(long kronor, string expected) => Assert.Equal(expected, Sek.FromKronor(kronor).ToMillionsString(ReportLanguage.Swedish));

    [Theory]
    [InlineData(1_400_000, "SEK 1.4m")]
    [InlineData(60_100_000, "SEK 60.1m")]
    public void ToMillionsString_InEnglish_UsesDecimalPoint(long kronor, string expected) => Assert.Equal(expected, Sek.FromKronor(kronor).ToMillionsString(ReportLanguage.English));

    [Theory]
    [InlineData("60100000", 60_100_000)]
    [InlineData("60.1m", 60_100_000)]
    [InlineData("60,1 mnkr", 60_100_000)]
    [InlineData("40m", 40_000_000)]
    [InlineData("500k", 500_000)]
    [InlineData("500 tkr", 500_000)]
    [InlineData("1 400 000 kr", 1_400_000)]
    public void TryParse_AcceptedForms_GiveExactKronor(string text, long expected)
    {
        Assert.True(Sek.TryParse(text, out var amount));
        Assert.Equal(expected, amount.Kronor);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("0.0000001m")]
    [InlineData("99999999999999999999999m")]
    public void TryParse_NotWholeKronor_Fails(string text) => Assert.False(Sek.TryParse(text, out _));

    [Fact]
    public void FromMillions_FractionOfKrona_Throws() => Assert.Throws<ArgumentException>(() => Sek.FromMillions(0.0000001m));

    [Fact]
    public void ToString_WithCulture_PicksLanguage()
    {
        Assert.Equal("1,4 mnkr", Sek.FromKronor(1_400_000).ToString("M", CultureInfo.GetCultureInfo("sv-SE")));
        Assert.Equal("SEK 1.4m", Sek.FromKronor(1_400_000).ToString("M", CultureInfo.GetCultureInfo("en-US")));
        Assert.Equal("1400000", Sek.FromKronor(1_400_000).ToString());
    }

    [Fact]
    public void CompareTo_OrdersByKronor()
    {
        Assert.True(Sek.FromKronor(1) < Sek.FromKronor(2));
        Assert.Equal(Sek.FromKronor(2), Sek.Max(Sek.FromKronor(1), Sek.FromKronor(2)));
        Assert.Equal(Sek.FromKronor(1), Sek.Min(Sek.FromKronor(1), Sek.FromKronor(2)));
    }

    [Property]
    public bool Addition_IsCommutativeAndSubtractionUndoesIt(int a, int b)
    {
        var x = Sek.FromKronor(a);
        var y = Sek.FromKronor(b);
        return x + y == y + x && x + y - y == x;
    }

    [Property]
    public bool ToKronorString_ThenParse_RoundTrips(int a)
    {
        var x = Sek.FromKronor(a);
        return Sek.TryParse(x.ToKronorString(ReportLanguage.Swedish).Replace('\u2212', '-'), out var parsed) && parsed == x;
    }
}
