using Json.Schema;
using Trygghet.Rules.Serialization;

namespace Trygghet.Rules.Tests.Serialization;

/// <summary>The shipped schemas, built once: JsonSchema.Net registers a schema globally by its $id.</summary>
internal static class TestSchemas
{
    public static JsonSchema Round { get; } = JsonSchema.FromText(TrygghetSchemas.Round);

    public static JsonSchema Result { get; } = JsonSchema.FromText(TrygghetSchemas.Result);

    public static JsonSchema Parameters { get; } = JsonSchema.FromText(TrygghetSchemas.Parameters);
}
