namespace Trygghet.Rules.Scenarios;

using Trygghet.Rules.Parameters;

/// <summary>A parameter value a scenario puts in place of the rule set's, for example a lower lighting benchmark.</summary>
/// <remarks>
/// The value is added to the parameter's timeline effective from the round's assessment date, with no decision date (it is
/// an assumption) and the scenario as its reference, so an assessment as of that date reads it and the trace says where it
/// came from. The rules are not compiled again: only the parameters change (<see cref="Criteria.RuleSet.WithParameters"/>).
/// </remarks>
public sealed class ParameterOverride
{
    private readonly Func<ParameterSet, DateOnly, ParameterReference, ParameterSet> apply;

    private ParameterOverride(ParameterKey key, object value, Func<ParameterSet, DateOnly, ParameterReference, ParameterSet> apply)
    {
        Key = key;
        Value = value;
        this.apply = apply;
    }

    /// <summary>Gets the parameter's key.</summary>
    public ParameterKey Key { get; }

    /// <summary>Gets the value, of the key's <see cref="ParameterKey.ValueType"/>.</summary>
    public object Value { get; }

    /// <summary>Creates an override of a parameter.</summary>
    /// <typeparam name="T">The type of the parameter's values.</typeparam>
    /// <param name="key">The parameter's key, for example <see cref="ParameterKeys.LightingBenchmarkPerUnit"/>.</param>
    /// <param name="value">The value.</param>
    /// <returns>The override.</returns>
    public static ParameterOverride Of<T>(ParameterKey<T> key, T value)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        return new ParameterOverride(key, value, (set, date, reference) => set.With(key, new DatedValue<T>(value, date, null, reference)));
    }

    /// <summary>Returns a copy of a parameter set in which this value is in effect from a date on.</summary>
    /// <param name="parameters">The parameter set.</param>
    /// <param name="effectiveFrom">The first assessment date on which the value applies: the round's assessment date.</param>
    /// <param name="reference">Where the value comes from, for example the scenario.</param>
    /// <returns>The new set; the given one is unchanged.</returns>
    public ParameterSet ApplyTo(ParameterSet parameters, DateOnly effectiveFrom, ParameterReference reference)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(reference);
        return apply(parameters, effectiveFrom, reference);
    }

    /// <summary>Returns the parameter's name and the value as invariant text, for example <c>cost.lighting.benchmarkPerUnit = 30000</c>.</summary>
    /// <returns>The override as text.</returns>
    public override string ToString() => Key.Name + " = " + ParameterFormat.Invariant(Value);
}
