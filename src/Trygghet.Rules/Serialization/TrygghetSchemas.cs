namespace Trygghet.Rules.Serialization;

/// <summary>The JSON Schemas (draft 2020-12) of the round and result files, embedded in the package.</summary>
/// <remarks>
/// The schemas check structure, types, vocabulary words and ranges. Cross-references (duplicate ids, board ids
/// that name nothing, consultations with specialist boards) are beyond JSON Schema; <see cref="RoundReader"/>
/// checks those too.
/// </remarks>
public static class TrygghetSchemas
{
    private static readonly Lazy<string> RoundSchema = new(() => Load("round.schema.json"));
    private static readonly Lazy<string> ResultSchema = new(() => Load("result.schema.json"));
    private static readonly Lazy<string> ParametersSchema = new(() => Load("parameters.schema.json"));

    /// <summary>Gets the text of the round file schema, <c>round.schema.json</c>.</summary>
    public static string Round => RoundSchema.Value;

    /// <summary>Gets the text of the result file schema, <c>result.schema.json</c>.</summary>
    public static string Result => ResultSchema.Value;

    /// <summary>Gets the text of the parameter file schema, <c>parameters.schema.json</c>.</summary>
    public static string Parameters => ParametersSchema.Value;

    private static string Load(string fileName)
    {
        var name = "Trygghet.Rules.Schemas." + fileName;
        using var stream = typeof(TrygghetSchemas).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded schema {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
