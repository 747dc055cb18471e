namespace Trygghet.Rules.Impact;

/// <summary>
/// Converts between person-years of avoided insecurity and the integer impact units the optimizer compares.
/// </summary>
/// <remarks>
/// One unit is one milli-person-year: 0.001 person-years of avoided insecurity at the site.
/// An option's impact is rounded to units half away from zero exactly once, when it is estimated;
/// sums and comparisons after that are exact integer arithmetic.
/// </remarks>
public static class ImpactUnits
{
    /// <summary>The number of impact units in one person-year.</summary>
    public const long UnitsPerPersonYear = 1000;

    /// <summary>Converts impact units to person-years, for display.</summary>
    /// <param name="units">The impact in units.</param>
    /// <returns>The impact in person-years.</returns>
    public static double ToPersonYears(long units) => units / (double)UnitsPerPersonYear;

    /// <summary>Converts person-years to impact units, rounding half away from zero.</summary>
    /// <param name="personYears">The impact in person-years; finite.</param>
    /// <returns>The impact in units.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite or does not fit in a <see cref="long"/> of units.</exception>
    public static long FromPersonYears(double personYears)
    {
        var units = Math.Round(personYears * UnitsPerPersonYear, MidpointRounding.AwayFromZero);
        if (!double.IsFinite(units) || units >= 9.2233720368547758E18 || units < -9.2233720368547758E18)
        {
            throw new ArgumentOutOfRangeException(nameof(personYears), personYears, "The impact must be a finite number of person-years that fits in whole units.");
        }

        return (long)units;
    }
}
