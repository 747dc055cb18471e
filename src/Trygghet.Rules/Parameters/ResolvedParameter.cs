namespace Trygghet.Rules.Parameters;

/// <summary>A parameter's value as of an assessment date, with the dated entry it came from.</summary>
/// <typeparam name="T">The type of the value.</typeparam>
public sealed class ResolvedParameter<T>
    where T : notnull
{
    internal ResolvedParameter(ParameterKey<T> key, DatedValue<T> entry)
    {
        Key = key;
        Entry = entry;
        Use = new ParameterUse(key.Name, ParameterFormat.Invariant(entry.Value), entry.EffectiveFrom, entry.DecisionDate, entry.Reference);
    }

    /// <summary>Gets the parameter's key.</summary>
    public ParameterKey<T> Key { get; }

    /// <summary>Gets the value.</summary>
    public T Value => Entry.Value;

    /// <summary>Gets the dated entry the value comes from.</summary>
    public DatedValue<T> Entry { get; }

    /// <summary>Gets the value as the trace records it.</summary>
    public ParameterUse Use { get; }

    /// <summary>Returns the name and value.</summary>
    /// <returns>The name and value as text.</returns>
    public override string ToString() => Key.Name + " = " + Use.Value;
}
