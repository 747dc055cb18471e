namespace Trygghet.Rules.Assessment;

/// <summary>A value a rule used in reaching a finding, kept for the trace and the report.</summary>
/// <param name="Name">The value's name, for example <c>evidenceAgeYears</c>.</param>
/// <param name="Value">The value as invariant text.</param>
public sealed record FindingValue(string Name, string Value);
