using System.Globalization;
using Trygghet.Rules.Applications;

namespace Trygghet.Rules.Amounts;

/// <summary>
/// An exact amount of Swedish kronor, held as whole kronor in a <see cref="long"/>.
/// </summary>
/// <remarks>
/// Arithmetic is checked: an overflow throws <see cref="OverflowException"/> rather than wrapping.
/// There is no conversion from <see cref="double"/>; rounding to millions for display is explicit
/// (<see cref="ToMillionsString(ReportLanguage)"/>).
/// </remarks>
public readonly struct Sek : IEquatable<Sek>, IComparable<Sek>, IComparable, IFormattable
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Initializes a new amount of whole kronor.</summary>
    /// <param name="kronor">The amount in whole kronor.</param>
    public Sek(long kronor) => Kronor = kronor;

    /// <summary>Gets the zero amount.</summary>
    public static Sek Zero => default;

    /// <summary>Gets the amount in whole kronor.</summary>
    public long Kronor { get; }

    /// <summary>Gets a value indicating whether the amount is below zero.</summary>
    public bool IsNegative => Kronor < 0;

    /// <summary>Creates an amount of whole kronor.</summary>
    /// <param name="kronor">The amount in whole kronor.</param>
    /// <returns>The amount.</returns>
    public static Sek FromKronor(long kronor) => new(kronor);

    /// <summary>Creates an amount from a number of thousands of kronor (tkr).</summary>
    /// <param name="thousands">The amount in thousands of kronor.</param>
    /// <returns>The amount.</returns>
    public static Sek FromThousands(long thousands) => new(checked(thousands * 1_000));

    /// <summary>Creates an amount from an exact decimal number of millions of kronor (mnkr).</summary>
    /// <param name="millions">The amount in millions; it must be a whole number of kronor.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentException">The value is not a whole number of kronor.</exception>
    public static Sek FromMillions(decimal millions)
    {
        var kronor = millions * 1_000_000m;
        if (decimal.Truncate(kronor) != kronor)
        {
            throw new ArgumentException($"{millions.ToString(CultureInfo.InvariantCulture)} mnkr is not a whole number of kronor.", nameof(millions));
        }

        return new Sek(decimal.ToInt64(kronor));
    }

    /// <summary>Parses an amount such as <c>60100000</c>, <c>60.1m</c>, <c>60,1 mnkr</c>, <c>500k</c> or <c>500 tkr</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="amount">The parsed amount when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the text is a whole number of kronor in one of the accepted forms.</returns>
    public static bool TryParse(string? text, out Sek amount)
    {
        amount = Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00A0", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        decimal factor = 1m;
        foreach (var (suffix, f) in Suffixes)
        {
            if (s.EndsWith(suffix, StringComparison.Ordinal))
            {
                s = s[..^suffix.Length];
                factor = f;
                break;
            }
        }

        s = s.Replace(',', '.');
        if (!decimal.TryParse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        decimal kronor;
        try
        {
            kronor = number * factor;
        }
        catch (OverflowException)
        {
            return false;
        }

        if (decimal.Truncate(kronor) != kronor || kronor > long.MaxValue || kronor < long.MinValue)
        {
            return false;
        }

        amount = new Sek(decimal.ToInt64(kronor));
        return true;
    }

    private static readonly (string Suffix, decimal Factor)[] Suffixes =
    [
        ("mnkr", 1_000_000m), ("msek", 1_000_000m), ("tkr", 1_000m), ("ksek", 1_000m), ("sek", 1m), ("kr", 1m), ("m", 1_000_000m), ("k", 1_000m),
    ];

    /// <summary>Adds two amounts, throwing on overflow.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    public static Sek operator +(Sek left, Sek right) => new(checked(left.Kronor + right.Kronor));

    /// <summary>Subtracts one amount from another, throwing on overflow.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    public static Sek operator -(Sek left, Sek right) => new(checked(left.Kronor - right.Kronor));

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The negated amount.</returns>
    public static Sek operator -(Sek value) => new(checked(-value.Kronor));

    /// <summary>Multiplies an amount by a whole number, throwing on overflow.</summary>
    /// <param name="left">The amount.</param>
    /// <param name="factor">The whole-number factor.</param>
    /// <returns>The product.</returns>
    public static Sek operator *(Sek left, long factor) => new(checked(left.Kronor * factor));

    /// <summary>Adds two amounts, throwing on overflow.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    public static Sek Add(Sek left, Sek right) => left + right;

    /// <summary>Subtracts one amount from another, throwing on overflow.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    public static Sek Subtract(Sek left, Sek right) => left - right;

    /// <summary>Multiplies an amount by a whole number, throwing on overflow.</summary>
    /// <param name="left">The amount.</param>
    /// <param name="factor">The whole-number factor.</param>
    /// <returns>The product.</returns>
    public static Sek Multiply(Sek left, long factor) => left * factor;

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The negated amount.</returns>
    public static Sek Negate(Sek value) => -value;

    /// <summary>Returns the smaller of two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The smaller amount.</returns>
    public static Sek Min(Sek left, Sek right) => left.Kronor <= right.Kronor ? left : right;

    /// <summary>Returns the larger of two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The larger amount.</returns>
    public static Sek Max(Sek left, Sek right) => left.Kronor >= right.Kronor ? left : right;

    /// <summary>Sums a sequence of amounts, throwing on overflow.</summary>
    /// <param name="amounts">The amounts.</param>
    /// <returns>The sum.</returns>
    public static Sek Sum(IEnumerable<Sek> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        long total = 0;
        foreach (var amount in amounts)
        {
            total = checked(total + amount.Kronor);
        }

        return new Sek(total);
    }

    /// <summary>Compares two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when the first is smaller.</returns>
    public static bool operator <(Sek left, Sek right) => left.Kronor < right.Kronor;

    /// <summary>Compares two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when the first is larger.</returns>
    public static bool operator >(Sek left, Sek right) => left.Kronor > right.Kronor;

    /// <summary>Compares two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when the first is smaller or equal.</returns>
    public static bool operator <=(Sek left, Sek right) => left.Kronor <= right.Kronor;

    /// <summary>Compares two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when the first is larger or equal.</returns>
    public static bool operator >=(Sek left, Sek right) => left.Kronor >= right.Kronor;

    /// <summary>Tests two amounts for equality.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Sek left, Sek right) => left.Kronor == right.Kronor;

    /// <summary>Tests two amounts for inequality.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(Sek left, Sek right) => left.Kronor != right.Kronor;

    /// <inheritdoc/>
    public bool Equals(Sek other) => Kronor == other.Kronor;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Sek other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Kronor.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(Sek other) => Kronor.CompareTo(other.Kronor);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Sek other => CompareTo(other),
        _ => throw new ArgumentException("The object is not an amount of kronor.", nameof(obj)),
    };

    /// <summary>Formats the amount in whole kronor: <c>1 400 000 kr</c> in Swedish, <c>SEK 1,400,000</c> in English.</summary>
    /// <param name="language">The language of the text.</param>
    /// <returns>The formatted amount.</returns>
    public string ToKronorString(ReportLanguage language = ReportLanguage.Swedish) => language == ReportLanguage.English
        ? "SEK " + Kronor.ToString("#,0", English)
        : Kronor.ToString("#,0", Swedish).Replace('\u00A0', ' ') + " kr";

    /// <summary>
    /// Formats the amount in millions rounded half away from zero to one decimal:
    /// <c>1,4 mnkr</c> in Swedish, <c>SEK 1.4m</c> in English.
    /// </summary>
    /// <param name="language">The language of the text.</param>
    /// <returns>The formatted amount.</returns>
    public string ToMillionsString(ReportLanguage language = ReportLanguage.Swedish)
    {
        var millions = Math.Round(Kronor / 1_000_000m, 1, MidpointRounding.AwayFromZero);
        return language == ReportLanguage.English
            ? "SEK " + millions.ToString("#,0.0", English) + "m"
            : millions.ToString("#,0.0", Swedish).Replace('\u00A0', ' ').Replace('\u2212', '-') + " mnkr";
    }

    /// <summary>Formats the amount as whole kronor with no grouping, as in the round file (<c>1400000</c>).</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => Kronor.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Formats the amount: <c>K</c> (or none) for whole kronor, <c>M</c> for millions; the culture's
    /// two-letter language picks Swedish or English.
    /// </summary>
    /// <param name="format">The format: <c>K</c> or <c>M</c>; <see langword="null"/> for the invariant number.</param>
    /// <param name="formatProvider">The culture; English when its language is English, Swedish otherwise.</param>
    /// <returns>The formatted amount.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var language = formatProvider is CultureInfo { TwoLetterISOLanguageName: "en" } ? ReportLanguage.English : ReportLanguage.Swedish;
        return format switch
        {
            null or "" or "G" => ToString(),
            "K" => ToKronorString(language),
            "M" => ToMillionsString(language),
            _ => throw new FormatException($"Unknown format '{format}' for an amount; use K or M."),
        };
    }
}
