namespace Trygghet.Rules.Parameters;

/// <summary>One value of a parameter on its timeline: the value, from when it applies, when it was decided and where it comes from.</summary>
/// <typeparam name="T">The type of the value.</typeparam>
/// <param name="Value">The value.</param>
/// <param name="EffectiveFrom">The first assessment date on which the value applies.</param>
/// <param name="DecisionDate">The date the value was decided, or <see langword="null"/> when it is an assumption nobody has decided.</param>
/// <param name="Reference">The document and section the value comes from.</param>
public sealed record DatedValue<T>(T Value, DateOnly EffectiveFrom, DateOnly? DecisionDate, ParameterReference Reference)
    where T : notnull;
