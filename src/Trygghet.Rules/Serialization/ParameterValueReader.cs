namespace Trygghet.Rules.Serialization;

using System.Globalization;
using System.Text.Json;
using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Parameters;

/// <summary>
/// Reads one value of a parameter, for parameter files and scenario files alike. As in round files, the JSON kind decides
/// <see cref="ValidationProblemCodes.WrongType"/> (text for a number, a fraction for a whole number) and the parameter's
/// range decides <see cref="ValidationProblemCodes.OutOfRange"/> (a negative amount, a share above 1, a number too large
/// for its type).
/// </summary>
/// <param name="report">Records a problem: path, code and message.</param>
internal sealed class ParameterValueReader(Action<string, string, string> report)
{
    private static readonly ParameterRange WholeNumbers = new(0m, int.MaxValue);
    private static readonly ParameterRange Amounts = new(0m, RoundReader.MaxAmountSek);
    private static readonly string AnyDouble = $"{(-double.MaxValue).ToString("R", CultureInfo.InvariantCulture)} to {double.MaxValue.ToString("R", CultureInfo.InvariantCulture)}";
    private static readonly string AnyDecimal = $"{decimal.MinValue.ToString(CultureInfo.InvariantCulture)} to {decimal.MaxValue.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The part of a parameter's declared range that its value type can hold; without a declaration, the type's range.</summary>
    private static ParameterRange Narrow(ParameterRange? declared, ParameterRange type) => declared is null
        ? type
        : new ParameterRange(
            Math.Max(declared.Minimum, type.Minimum),
            declared.Maximum is { } max && type.Maximum is { } typeMax ? Math.Min(max, typeMax) : declared.Maximum ?? type.Maximum);

    public (bool Ok, int Value) ReadInt(ParameterKey key, JsonElement value, string path) =>
        ReadWhole(key, value, path, WholeNumbers, "a whole number", string.Empty) is (true, var number) ? (true, (int)number) : (false, 0);

    public (bool Ok, Sek Value) ReadSek(ParameterKey key, JsonElement value, string path) =>
        ReadWhole(key, value, path, Amounts, "an amount in whole kronor", " kronor") is (true, var kronor) ? (true, Sek.FromKronor(kronor)) : (false, Sek.Zero);

    /// <summary>Reads a whole number: <c>WrongType</c> for anything else, <c>OutOfRange</c> outside the key's range narrowed by <paramref name="typeRange"/>.</summary>
    private (bool Ok, long Value) ReadWhole(ParameterKey key, JsonElement value, string path, ParameterRange typeRange, string expected, string unit)
    {
        long number = 0;
        var whole = value.ValueKind == JsonValueKind.Number ? RoundParser.ToWhole(value, out number) : RoundParser.Whole.Fraction;
        if (whole == RoundParser.Whole.Fraction)
        {
            return WrongType<long>(key, path, value, expected);
        }

        var range = Narrow(key.Range, typeRange);
        return whole == RoundParser.Whole.Yes && range.Contains((decimal)number)
            ? (true, number)
            : OutOfRange<long>(key, path, value, range + unit);
    }

    public (bool Ok, double Value) ReadDouble(ParameterKey key, JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            return WrongType<double>(key, path, value, key.Range is { } declared ? $"a number in the range {declared}" : "a number");
        }

        return value.TryGetDouble(out var number) && double.IsFinite(number) && (key.Range is not { } range || range.Contains(number))
            ? (true, number)
            : OutOfRange<double>(key, path, value, key.Range?.ToString() ?? AnyDouble);
    }

    public (bool Ok, decimal Value) ReadDecimal(ParameterKey key, JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            return WrongType<decimal>(key, path, value, "a decimal number");
        }

        return value.TryGetDecimal(out var number) && (key.Range is not { } range || range.Contains(number))
            ? (true, number)
            : OutOfRange<decimal>(key, path, value, key.Range?.ToString() ?? AnyDecimal);
    }

    public (bool Ok, string Value) ReadString(ParameterKey key, JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return WrongType<string>(key, path, value, "text");
        }

        var text = value.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            Report(path, ValidationProblemCodes.EmptyValue, $"The value of '{key.Name}' must not be empty.");
            return (false, string.Empty);
        }

        return (true, text);
    }

    public (bool Ok, bool Value) ReadBool(ParameterKey key, JsonElement value, string path) => value.ValueKind switch
    {
        JsonValueKind.True => (true, true),
        JsonValueKind.False => (true, false),
        _ => WrongType<bool>(key, path, value, "true or false"),
    };

    public (bool Ok, MeasureSet Value) ReadMeasures(ParameterKey key, JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return WrongType<MeasureSet>(key, path, value, $"an array of measure words ({WireWords.Measures.WordList})");
        }

        return ReadMeasureItems(value, path);
    }

    /// <summary>Reads the measure words of a JSON array, reporting each item that is not one with its path.</summary>
    public (bool Ok, MeasureSet Value) ReadMeasureItems(JsonElement array, string path)
    {
        var measures = new List<Measure>();
        var ok = true;
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var itemPath = $"{path}[{index.ToString(CultureInfo.InvariantCulture)}]";
            if (item.ValueKind == JsonValueKind.String && WireWords.Measures.TryParse(item.GetString()!, out var measure))
            {
                measures.Add(measure);
            }
            else
            {
                Report(itemPath, item.ValueKind == JsonValueKind.String ? ValidationProblemCodes.UnknownWord : ValidationProblemCodes.WrongType,
                    $"{Describe(item)} is not a measure. Allowed: {WireWords.Measures.WordList}.");
                ok = false;
            }

            index++;
        }

        return (ok, MeasureSet.Of([.. measures]));
    }

    private (bool Ok, T Value) WrongType<T>(ParameterKey key, string path, JsonElement value, string expected)
    {
        Report(path, ValidationProblemCodes.WrongType, $"The value of '{key.Name}' must be {expected}, not {Describe(value)}.");
        return (false, default!);
    }

    private (bool Ok, T Value) OutOfRange<T>(ParameterKey key, string path, JsonElement value, string range)
    {
        Report(path, ValidationProblemCodes.OutOfRange, $"The value of '{key.Name}' is {Describe(value)}, outside the allowed range {range}.");
        return (false, default!);
    }

    /// <summary>Describes a JSON value for a message: text in quotes, numbers as written, other kinds by name.</summary>
    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "\"" + value.GetString() + "\"",
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };

    private void Report(string path, string code, string message) => report(path, code, message);
}
