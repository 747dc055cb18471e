namespace Trygghet.Rules.Decisions;

using Trygghet.Rules.Amounts;

/// <summary>A person's proposal measured against the optimum for the same round.</summary>
/// <param name="Proposal">The proposal.</param>
/// <param name="Optimum">The optimal result for the round.</param>
/// <param name="Comparison">The proposal's impact, cost and gap to the optimum, and what the optimum funds instead.</param>
/// <param name="Lines">How each proposed amount was read.</param>
public sealed record ProposalComparison(Proposal Proposal, RoundResult Optimum, AllocationComparison Comparison, IReadOnlyList<ProposalLineReading> Lines);

/// <summary>How one proposed amount was read against the application's funding options.</summary>
/// <param name="ApplicationId">The application.</param>
/// <param name="Proposed">The amount proposed.</param>
/// <param name="Read">The funding option's cost it was read as; zero when it funds nothing.</param>
/// <param name="ExpectedImpact">The expected impact of that option, in person-years.</param>
/// <param name="Note">How it was read, in English: exact, the best option below the amount, below the cheapest option, or not eligible.</param>
public sealed record ProposalLineReading(string ApplicationId, Sek Proposed, Sek Read, double ExpectedImpact, string Note);
