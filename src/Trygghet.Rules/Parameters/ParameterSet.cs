namespace Trygghet.Rules.Parameters;

/// <summary>
/// An immutable set of dated parameters, read "as of" a round's assessment date with <see cref="AsOf(DateOnly)"/>.
/// </summary>
/// <remarks>
/// Every value carries its effective date, decision date and reference, so that an assessment can say which value it
/// used and why. Overrides add dated values with <see cref="With{T}(ParameterKey{T}, DatedValue{T})"/>; the set itself
/// never changes.
/// </remarks>
public sealed class ParameterSet
{
    private readonly Dictionary<string, Parameter> byName;

    /// <summary>Initializes a new parameter set.</summary>
    /// <param name="id">The set's id, for example <c>stockholm-2024</c>.</param>
    /// <param name="parameters">The parameters; names must be unique.</param>
    /// <exception cref="ArgumentException">Two parameters share a name.</exception>
    public ParameterSet(string id, IEnumerable<Parameter> parameters)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(parameters);
        Id = id;
        byName = new Dictionary<string, Parameter>(StringComparer.Ordinal);
        var duplicates = new List<string>();
        foreach (var parameter in parameters)
        {
            if (!byName.TryAdd(parameter.Key.Name, parameter))
            {
                duplicates.Add(parameter.Key.Name);
            }
        }

        if (duplicates.Count > 0)
        {
            throw new ArgumentException("Parameters appear more than once: " + string.Join(", ", duplicates) + ".", nameof(parameters));
        }

        Parameters = [.. byName.Values.OrderBy(p => p.Key.Name, StringComparer.Ordinal)];
    }

    /// <summary>Gets the set's id.</summary>
    public string Id { get; }

    /// <summary>Gets the parameters, ordered by name.</summary>
    public IReadOnlyList<Parameter> Parameters { get; }

    /// <summary>Gets the typed parameter with a key.</summary>
    /// <typeparam name="T">The type of the values.</typeparam>
    /// <param name="key">The key.</param>
    /// <returns>The parameter.</returns>
    /// <exception cref="KeyNotFoundException">The set has no parameter with that key and type.</exception>
    public Parameter<T> Get<T>(ParameterKey<T> key)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(key);
        return TryGet(key) ?? throw new KeyNotFoundException($"The parameter set '{Id}' has no parameter '{key.Name}' of type {typeof(T).Name}.");
    }

    /// <summary>Gets the typed parameter with a key, if the set has one.</summary>
    /// <typeparam name="T">The type of the values.</typeparam>
    /// <param name="key">The key.</param>
    /// <returns>The parameter, or <see langword="null"/>.</returns>
    public Parameter<T>? TryGet<T>(ParameterKey<T> key)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(key);
        return byName.TryGetValue(key.Name, out var parameter) ? parameter as Parameter<T> : null;
    }

    /// <summary>Returns a copy of the set with a dated value added to a parameter, replacing a value with the same effective date.</summary>
    /// <typeparam name="T">The type of the value.</typeparam>
    /// <param name="key">The parameter's key; the parameter is added when the set has none.</param>
    /// <param name="value">The dated value.</param>
    /// <returns>The new set.</returns>
    public ParameterSet With<T>(ParameterKey<T> key, DatedValue<T> value)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        var updated = TryGet(key)?.With(value) ?? new Parameter<T>(key, [value]);
        return new ParameterSet(Id, Parameters.Where(p => !string.Equals(p.Key.Name, key.Name, StringComparison.Ordinal)).Append(updated));
    }

    /// <summary>
    /// Returns a copy of the set in which each parameter the overrides name has the overrides' timeline instead of its
    /// own; every other parameter is kept as it is, and parameters the set lacks are added.
    /// </summary>
    /// <remarks>
    /// An override replaces a parameter's whole timeline, so an override file that wants to keep an older value next to a
    /// new one lists both. The copy keeps this set's id; the trace tells the values apart by their references.
    /// </remarks>
    /// <param name="overrides">The parameters to replace, for example read from a parameter file.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentException">An override has the same name as a parameter of this set but another value type.</exception>
    public ParameterSet Override(ParameterSet overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var mismatched = overrides.Parameters
            .Where(o => byName.TryGetValue(o.Key.Name, out var own) && own.Key.ValueType != o.Key.ValueType)
            .Select(o => $"'{o.Key.Name}' holds {byName[o.Key.Name].Key.ValueType.Name}, not {o.Key.ValueType.Name}")
            .ToList();
        if (mismatched.Count > 0)
        {
            throw new ArgumentException("The overrides do not fit the parameter set: " + string.Join("; ", mismatched) + ".", nameof(overrides));
        }

        var replaced = overrides.Parameters.Select(p => p.Key.Name).ToHashSet(StringComparer.Ordinal);
        return new ParameterSet(Id, Parameters.Where(p => !replaced.Contains(p.Key.Name)).Concat(overrides.Parameters));
    }

    /// <summary>Returns a copy of the set with another id.</summary>
    /// <param name="id">The new id.</param>
    /// <returns>The new set.</returns>
    public ParameterSet WithId(string id) => new(id, Parameters);

    /// <summary>Resolves every parameter as of an assessment date.</summary>
    /// <param name="assessmentDate">The round's assessment date.</param>
    /// <returns>The values in effect on that date.</returns>
    /// <exception cref="InvalidOperationException">A parameter the criteria need is missing or has no value on that date; the message lists every one.</exception>
    public ResolvedParameters AsOf(DateOnly assessmentDate) => new(this, assessmentDate);
}
