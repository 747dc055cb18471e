namespace Trygghet.Rules.Parameters;

/// <summary>The name and description of a parameter, without its type.</summary>
public abstract class ParameterKey
{
    private protected ParameterKey(string name, string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        Name = name;
        Description = description;
    }

    /// <summary>Gets the parameter's stable name, for example <c>evidence.currentWithinYears</c>.</summary>
    public string Name { get; }

    /// <summary>Gets what the parameter means, in English.</summary>
    public string Description { get; }

    /// <summary>Gets the type of the parameter's values.</summary>
    public abstract Type ValueType { get; }

    /// <summary>
    /// Gets the range a numeric value must lie in, or <see langword="null"/> for the value type's own: whole numbers and
    /// amounts are never negative, whatever the range.
    /// </summary>
    internal ParameterRange? Range { get; init; }

    /// <summary>Returns the parameter's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}

/// <summary>A typed parameter name: the key under which a <see cref="ParameterSet"/> holds a timeline of values of type <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The type of the parameter's values.</typeparam>
public sealed class ParameterKey<T> : ParameterKey
    where T : notnull
{
    /// <summary>Initializes a new parameter key.</summary>
    /// <param name="name">The parameter's stable name.</param>
    /// <param name="description">What the parameter means, in English.</param>
    public ParameterKey(string name, string description)
        : base(name, description)
    {
    }

    /// <inheritdoc/>
    public override Type ValueType => typeof(T);
}
