namespace Trygghet.Rules.Parameters;

using Trygghet.Rules.Amounts;
using Trygghet.Rules.Serialization;

/// <summary>
/// The parameters of the <c>boverket-grant</c> rule set, modelled on Boverket's grants for outdoor environments
/// (2016–2018) and for green and safe communities (2021): the keys of its own criteria and the shipped values.
/// </summary>
/// <remarks>
/// The values come from the embedded parameter file <c>boverket-grant.parameters.json</c>, which overrides the Stockholm
/// 2024 values it names. Boverket gives no figures for evidence, K5 links or the impact model, so those are the Stockholm
/// defaults (an assumption, and the trace shows their Stockholm references).
/// </remarks>
public static class BoverketParameters
{
    private static readonly Lazy<ParameterSet> Set = new(Load);

    /// <summary>Gets the key of the largest share of the eligible cost the state pays (B1); the grant is capped at that share.</summary>
    public static ParameterKey<decimal> StateShare { get; } = new(
        "grant.stateShare", "B1: the largest share of the eligible cost the state pays; the rest is excluded as co-funding.") { Range = ParameterRange.Share };

    /// <summary>Gets the key of the smallest total project cost that can be funded (B2).</summary>
    public static ParameterKey<Sek> MinimumProjectCost { get; } = new(
        "grant.minimumProjectCost", "B2: a project whose total cost is below this amount is rejected.");

    /// <summary>Gets the key of the shortest stated lifetime in years a measure must have to count as durable (B3).</summary>
    public static ParameterKey<int> MinimumLifetimeYears { get; } = new(
        "grant.minimumLifetimeYears", "B3: a component with a stated lifetime shorter than this many years is not durable and is excluded.");

    /// <summary>Gets the keys the <c>boverket-grant</c> rule set reads besides <see cref="ParameterKeys.All"/>.</summary>
    public static IReadOnlyList<ParameterKey> Keys { get; } = [StateShare, MinimumProjectCost, MinimumLifetimeYears];

    /// <summary>Gets the <c>boverket-grant</c> parameter set: the Stockholm 2024 values overridden by the shipped Boverket parameter file.</summary>
    public static ParameterSet BoverketGrant => Set.Value;

    private static ParameterSet Load()
    {
        using var stream = typeof(BoverketParameters).Assembly.GetManifestResourceStream("Trygghet.Rules.Data.boverket-grant.parameters.json")
            ?? throw new InvalidOperationException("The package is missing its embedded resource boverket-grant.parameters.json.");
        var file = ParameterFileReader.Read(stream, [.. ParameterKeys.All, .. Keys]);
        return StockholmParameters.Stockholm2024.WithId(file.RuleSetId).Override(file.Parameters);
    }
}
