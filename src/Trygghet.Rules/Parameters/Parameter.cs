namespace Trygghet.Rules.Parameters;

/// <summary>A parameter and its timeline of dated values, without its type.</summary>
public abstract class Parameter
{
    private protected Parameter()
    {
    }

    /// <summary>Gets the parameter's key.</summary>
    public abstract ParameterKey Key { get; }

    /// <summary>Gets the parameter's timeline as invariant text, ordered by effective date.</summary>
    public abstract IReadOnlyList<ParameterUse> Timeline { get; }

    /// <summary>Returns the value in effect on a date as invariant text.</summary>
    /// <param name="date">The assessment date.</param>
    /// <returns>The value in effect, or <see langword="null"/> when no value applies on that date.</returns>
    public abstract ParameterUse? UseAsOf(DateOnly date);
}

/// <summary>A typed parameter: a timeline of dated values, each with its effective date, decision date and reference.</summary>
/// <typeparam name="T">The type of the values.</typeparam>
public sealed class Parameter<T> : Parameter
    where T : notnull
{
    private readonly DatedValue<T>[] values;

    /// <summary>Initializes a new parameter with a timeline of values.</summary>
    /// <param name="key">The parameter's key.</param>
    /// <param name="values">The dated values; at most one per effective date.</param>
    /// <exception cref="ArgumentException">The timeline is empty or has two values for one effective date.</exception>
    public Parameter(ParameterKey<T> key, IEnumerable<DatedValue<T>> values)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(values);
        TypedKey = key;
        this.values = [.. values.OrderBy(v => v.EffectiveFrom)];
        if (this.values.Length == 0)
        {
            throw new ArgumentException($"Parameter '{key.Name}' needs at least one dated value.", nameof(values));
        }

        for (var i = 1; i < this.values.Length; i++)
        {
            if (this.values[i].EffectiveFrom == this.values[i - 1].EffectiveFrom)
            {
                throw new ArgumentException($"Parameter '{key.Name}' has two values effective from {this.values[i].EffectiveFrom:yyyy-MM-dd}.", nameof(values));
            }
        }
    }

    /// <summary>Gets the parameter's typed key.</summary>
    public ParameterKey<T> TypedKey { get; }

    /// <inheritdoc/>
    public override ParameterKey Key => TypedKey;

    /// <summary>Gets the dated values, ordered by effective date.</summary>
    public IReadOnlyList<DatedValue<T>> Values => values;

    /// <inheritdoc/>
    public override IReadOnlyList<ParameterUse> Timeline =>
        [.. values.Select(v => new ParameterUse(TypedKey.Name, ParameterFormat.Invariant(v.Value), v.EffectiveFrom, v.DecisionDate, v.Reference))];

    /// <summary>Returns the value in effect on a date: the one with the latest effective date on or before it.</summary>
    /// <param name="date">The assessment date.</param>
    /// <returns>The resolved value, or <see langword="null"/> when no value applies on that date.</returns>
    public ResolvedParameter<T>? AsOf(DateOnly date)
    {
        for (var i = values.Length - 1; i >= 0; i--)
        {
            if (values[i].EffectiveFrom <= date)
            {
                return new ResolvedParameter<T>(TypedKey, values[i]);
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public override ParameterUse? UseAsOf(DateOnly date) => AsOf(date)?.Use;

    /// <summary>Returns a copy of the parameter with a value added, replacing any value with the same effective date.</summary>
    /// <param name="value">The dated value.</param>
    /// <returns>The new parameter.</returns>
    public Parameter<T> With(DatedValue<T> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new Parameter<T>(TypedKey, values.Where(v => v.EffectiveFrom != value.EffectiveFrom).Append(value));
    }
}
