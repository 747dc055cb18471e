namespace Trygghet.Rules.Benchmarks;

/// <summary>One benchmark instance: family, number of applications, options each and number of capped boards.</summary>
public sealed record AllocationScenario(InstanceFamily Family, int Classes, int Options, int Boards = 0)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"{Family switch { InstanceFamily.Uncorrelated => "unc", InstanceFamily.WeaklyCorrelated => "weak", _ => "strong" }}-{Classes}x{Options}{(Boards > 0 ? $"-caps{Boards}" : string.Empty)}";
}
