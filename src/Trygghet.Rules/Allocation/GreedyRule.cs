namespace Trygghet.Rules.Allocation;

/// <summary>A simple ranking rule to compare the optimum with.</summary>
public enum GreedyRule
{
    /// <summary>Fund options in order of impact per krona (ties: cheaper, then application id, then option index).</summary>
    ImpactPerKrona,

    /// <summary>Fund options in order of impact, as a manual ranking would (ties: cheaper, then application id, then option index).</summary>
    Impact,
}
