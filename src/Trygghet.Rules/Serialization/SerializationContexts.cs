namespace Trygghet.Rules.Serialization;

using System.Text.Json.Serialization;

/// <summary>Source-generated serialization of the round file's wire shape.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(RoundFileDto))]
internal sealed partial class RoundJsonContext : JsonSerializerContext;

/// <summary>Source-generated serialization of the result file.</summary>
#if NET9_0_OR_GREATER
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    RespectNullableAnnotations = true)]
#else
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true)]
#endif
[JsonSerializable(typeof(ResultDocument))]
[JsonSerializable(typeof(AssessmentDocument))]
internal sealed partial class ResultJsonContext : JsonSerializerContext;
