namespace Trygghet.Rules.Serialization;

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

/// <summary>
/// Writes an expected impact (person-years) rounded half away from zero to three decimals, with at least one
/// decimal (<c>225.0</c>, <c>0.042</c>), so result files are byte-for-byte stable.
/// </summary>
internal sealed class ImpactConverter : JsonConverter<double>
{
    /// <summary>Impacts at or above this are written without rounding; none is expected in practice.</summary>
    private const double LargestRounded = 1e15;

    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDouble();

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) => WriteImpact(writer, value);

    internal static void WriteImpact(Utf8JsonWriter writer, double value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "An expected impact must be a finite number.");
        }

        if (Math.Abs(value) >= LargestRounded)
        {
            writer.WriteNumberValue(value);
            return;
        }

        var rounded = (decimal)Math.Round(value, 3, MidpointRounding.AwayFromZero);
        writer.WriteRawValue(rounded.ToString("0.0##", CultureInfo.InvariantCulture));
    }
}

/// <summary>Writes an optional expected impact like <see cref="ImpactConverter"/>.</summary>
internal sealed class NullableImpactConverter : JsonConverter<double?>
{
    public override double? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : reader.GetDouble();

    public override void Write(Utf8JsonWriter writer, double? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } impact)
        {
            ImpactConverter.WriteImpact(writer, impact);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
