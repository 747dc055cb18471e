namespace Trygghet.Rules.Serialization;

using Trygghet.Rules.Applications;

/// <summary>The rounds that ship inside the package.</summary>
public static class BuiltInRounds
{
    private static readonly Lazy<Round> Stockholm = new(() => Load("Trygghet.Rules.Data.stockholm-2024.round.json"));

    /// <summary>
    /// Gets the illustrative Stockholm 2024 round: 48 applications from 13 boards requesting 112,1 mnkr under a budget
    /// ceiling of 60,1 mnkr. The places and measures are plausible, not the real appendix, which is not public; only
    /// the totals match the city's 2024 decision.
    /// </summary>
    public static Round Stockholm2024 => Stockholm.Value;

    /// <summary>Gets the built-in round file's JSON text.</summary>
    /// <returns>The JSON text of the illustrative Stockholm 2024 round.</returns>
    public static string Stockholm2024Json()
    {
        using var stream = Open("Trygghet.Rules.Data.stockholm-2024.round.json");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static Round Load(string resource)
    {
        using var stream = Open(resource);
        return RoundReader.Read(stream);
    }

    private static Stream Open(string resource) =>
        typeof(BuiltInRounds).Assembly.GetManifestResourceStream(resource)
        ?? throw new InvalidOperationException($"The package is missing its embedded resource {resource}.");
}
