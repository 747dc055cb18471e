namespace Trygghet.Rules.Parameters;

using System.Globalization;

/// <summary>The inclusive range a numeric parameter's values must lie in; parameter files are checked against it.</summary>
/// <param name="Minimum">The smallest allowed value.</param>
/// <param name="Maximum">The largest allowed value, or <see langword="null"/> for no upper bound but the value type's.</param>
internal sealed record ParameterRange(decimal Minimum, decimal? Maximum)
{
    /// <summary>Gets the range of shares, scores and weights: 0 to 1.</summary>
    public static ParameterRange Share { get; } = new(0m, 1m);

    /// <summary>Gets the range of factors and other numbers that may not be negative.</summary>
    public static ParameterRange NotNegative { get; } = new(0m, null);

    /// <summary>Returns whether a value lies in the range.</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when it lies in the range.</returns>
    public bool Contains(decimal value) => value >= Minimum && (Maximum is not { } max || value <= max);

    /// <summary>Returns whether a value lies in the range.</summary>
    /// <param name="value">The value; NaN lies in no range.</param>
    /// <returns><see langword="true"/> when it lies in the range.</returns>
    public bool Contains(double value) => value >= (double)Minimum && (Maximum is not { } max || value <= (double)max);

    /// <summary>Returns the range as a message shows it, for example <c>0 to 1</c> or <c>0 or more</c>.</summary>
    /// <returns>The range.</returns>
    public override string ToString() => Maximum is { } max
        ? $"{Minimum.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}"
        : $"{Minimum.ToString(CultureInfo.InvariantCulture)} or more";
}
