namespace Trygghet.Rules.Serialization;

using System.Diagnostics.CodeAnalysis;
using Trygghet.Rules.Applications;

/// <summary>The outcome of <see cref="RoundReader.TryRead(string, RoundReaderOptions?)"/>: a round, or the problems that prevent one.</summary>
/// <param name="Round">The round, or <see langword="null"/> when the file has problems.</param>
/// <param name="Problems">Every problem found; empty when <paramref name="Round"/> is set.</param>
public sealed record RoundReadResult(Round? Round, IReadOnlyList<ValidationProblem> Problems)
{
    /// <summary>Gets a value indicating whether the file was valid and <see cref="Round"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Round))]
    public bool IsValid => Round is not null;
}
