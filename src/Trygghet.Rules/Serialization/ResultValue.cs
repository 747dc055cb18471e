namespace Trygghet.Rules.Serialization;

/// <summary>A named value behind a finding, such as a benchmark unit cost or an evidence age.</summary>
/// <param name="Name">The value's name.</param>
/// <param name="Value">The value as invariant text.</param>
public sealed record ResultValue(string Name, string Value);
