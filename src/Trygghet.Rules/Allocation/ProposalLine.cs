namespace Trygghet.Rules.Allocation;

/// <summary>One application's line of a proposal and the option it was read as.</summary>
/// <param name="Id">The application id.</param>
/// <param name="Amount">The amount proposed in kronor.</param>
/// <param name="Mapping">How the amount was read.</param>
/// <param name="Choice">The option it was read as (unfunded when none).</param>
public sealed record ProposalLine(string Id, long Amount, ProposalMapping Mapping, ClassChoice Choice);
