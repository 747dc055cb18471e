namespace Trygghet.Rules.Parameters;

/// <summary>A parameter value as a rule used it: name, value as invariant text, dates and reference, for the trace.</summary>
/// <param name="Name">The parameter's name.</param>
/// <param name="Value">The value as invariant text.</param>
/// <param name="EffectiveFrom">The first assessment date on which the value applies.</param>
/// <param name="DecisionDate">The date the value was decided, or <see langword="null"/> for an assumption.</param>
/// <param name="Reference">The document and section the value comes from.</param>
public sealed record ParameterUse(string Name, string Value, DateOnly EffectiveFrom, DateOnly? DecisionDate, ParameterReference Reference);
