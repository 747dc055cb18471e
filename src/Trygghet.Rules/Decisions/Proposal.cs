namespace Trygghet.Rules.Decisions;

using Trygghet.Rules.Amounts;

/// <summary>A person's own proposal: an amount per application, for example what a committee decided.</summary>
/// <param name="Name">The proposal's name, for example <c>Utskottets beslut 2024</c>.</param>
/// <param name="Amounts">The amount proposed per application id; applications left out get nothing.</param>
public sealed record Proposal(string Name, IReadOnlyDictionary<string, Sek> Amounts);
