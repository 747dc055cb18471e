namespace Trygghet.Rules.Serialization;

using System.Globalization;
using System.Text.Json;

/// <content>Reading numbers: amounts, whole numbers, quantities and shares.</content>
internal sealed partial class RoundParser
{
    /// <summary>What a JSON number is as a whole number; parameter files decide with it too.</summary>
    internal enum Whole
    {
        Yes,
        Fraction,
        TooBig,
    }

    /// <summary>Reads a JSON number as a whole number: a fraction is the wrong kind, a whole number beyond <see cref="long"/> too big.</summary>
    internal static Whole ToWhole(JsonElement number, out long result)
    {
        result = 0;
        if (!number.TryGetDouble(out var approximate) || !double.IsFinite(approximate))
        {
            return Whole.TooBig;
        }

        if (approximate != Math.Floor(approximate))
        {
            return Whole.Fraction;
        }

        if (number.TryGetInt64(out result))
        {
            return Whole.Yes;
        }

        if (number.TryGetDecimal(out var exact))
        {
            if (exact != decimal.Truncate(exact))
            {
                return Whole.Fraction;
            }

            if (exact >= long.MinValue && exact <= long.MaxValue)
            {
                result = decimal.ToInt64(exact);
                return Whole.Yes;
            }
        }

        return Whole.TooBig;
    }

    /// <summary>Reads an amount: a whole number of kronor from zero to <see cref="RoundReader.MaxAmountSek"/>.</summary>
    private long? ReadAmount(JsonElement element, string path, string name, bool required)
    {
        if (Get(element, path, name, required) is not { } value)
        {
            return null;
        }

        var at = Child(path, name);
        if (value.ValueKind != JsonValueKind.Number)
        {
            Report(at, ValidationProblemCodes.WrongType, $"{name} must be a whole number of kronor, not {Describe(value)}.");
            return null;
        }

        switch (ToWhole(value, out var kronor))
        {
            case Whole.Fraction:
                Report(at, ValidationProblemCodes.WrongType, $"{name} must be a whole number of kronor, not {Describe(value)}.");
                return null;
            case Whole.Yes when kronor < 0:
                Report(at, ValidationProblemCodes.OutOfRange, $"{name} is {Describe(value)}, a negative amount; amounts are whole kronor from 0 to {RoundReader.MaxAmountSek.ToString(CultureInfo.InvariantCulture)}.");
                return null;
            case Whole.Yes when kronor <= RoundReader.MaxAmountSek:
                return kronor;
            default:
                Report(at, ValidationProblemCodes.OutOfRange, $"{name} is {Describe(value)}, an absurd amount above the limit of {RoundReader.MaxAmountSek.ToString(CultureInfo.InvariantCulture)} kr.");
                return null;
        }
    }

    /// <summary>Reads an optional whole number within an inclusive range.</summary>
    private int? ReadInteger(JsonElement element, string path, string name, int min, int max)
    {
        if (Get(element, path, name, required: false) is not { } value)
        {
            return null;
        }

        var at = Child(path, name);
        long number = 0;
        var whole = value.ValueKind == JsonValueKind.Number ? ToWhole(value, out number) : Whole.Fraction;
        if (whole == Whole.Fraction)
        {
            Report(at, ValidationProblemCodes.WrongType, $"{name} must be a whole number, not {Describe(value)}.");
            return null;
        }

        if (whole != Whole.Yes || number < min || number > max)
        {
            Report(at, ValidationProblemCodes.OutOfRange, $"{name} is {Describe(value)}, outside the allowed range {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}.");
            return null;
        }

        return (int)number;
    }

    private decimal? ReadQuantity(JsonElement element, string path, string name)
    {
        if (Get(element, path, name, required: false) is not { } value)
        {
            return null;
        }

        var at = Child(path, name);
        if (value.ValueKind != JsonValueKind.Number)
        {
            Report(at, ValidationProblemCodes.WrongType, $"{name} must be a number, not {Describe(value)}.");
            return null;
        }

        if (!value.TryGetDecimal(out var quantity) || quantity <= 0 || quantity > MaxQuantity)
        {
            Report(at, ValidationProblemCodes.OutOfRange, $"{name} is {Describe(value)}; a quantity must be above 0 and at most {MaxQuantity.ToString(CultureInfo.InvariantCulture)}.");
            return null;
        }

        return quantity;
    }

    private double? ReadShare(JsonElement element, string path, string name)
    {
        if (Get(element, path, name, required: false) is not { } value)
        {
            return null;
        }

        var at = Child(path, name);
        if (value.ValueKind != JsonValueKind.Number)
        {
            Report(at, ValidationProblemCodes.WrongType, $"{name} must be a number from 0 to 1, not {Describe(value)}.");
            return null;
        }

        if (!value.TryGetDouble(out var share) || !(share >= 0 && share <= 1))
        {
            Report(at, ValidationProblemCodes.OutOfRange, $"{name} is {Describe(value)}, outside the range 0 to 1 (a share, not a percentage).");
            return null;
        }

        return share;
    }
}
