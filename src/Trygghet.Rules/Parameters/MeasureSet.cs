namespace Trygghet.Rules.Parameters;

using Trygghet.Rules.Applications;

/// <summary>An immutable set of measures, such as the measures that address one kind of problem (the K5 links).</summary>
public sealed class MeasureSet : IEquatable<MeasureSet>
{
    private readonly int bits;

    private MeasureSet(int bits) => this.bits = bits;

    /// <summary>Gets the empty set.</summary>
    public static MeasureSet Empty { get; } = new(0);

    /// <summary>Gets the measures in the set, in vocabulary order.</summary>
    public IReadOnlyList<Measure> Measures => [.. Enum.GetValues<Measure>().Where(Contains)];

    /// <summary>Gets a value indicating whether the set is empty.</summary>
    public bool IsEmpty => bits == 0;

    /// <summary>Creates a set of measures.</summary>
    /// <param name="measures">The measures.</param>
    /// <returns>The set.</returns>
    public static MeasureSet Of(params Measure[] measures)
    {
        ArgumentNullException.ThrowIfNull(measures);
        var bits = 0;
        foreach (var measure in measures)
        {
            bits |= Bit(measure);
        }

        return new MeasureSet(bits);
    }

    /// <summary>Tests whether the set contains a measure.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns><see langword="true"/> when the set contains it.</returns>
    public bool Contains(Measure measure) => (bits & Bit(measure)) != 0;

    /// <summary>Returns the union of this set and another.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>The union.</returns>
    public MeasureSet Union(MeasureSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new MeasureSet(bits | other.bits);
    }

    /// <inheritdoc/>
    public bool Equals(MeasureSet? other) => other is not null && other.bits == bits;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MeasureSet);

    /// <inheritdoc/>
    public override int GetHashCode() => bits;

    /// <summary>Returns the measures' wire names separated by commas, for example <c>lighting, sightlines</c>; <c>none</c> when empty.</summary>
    /// <returns>The set as invariant text.</returns>
    public override string ToString() => IsEmpty ? "none" : string.Join(", ", Measures.Select(m => ParameterFormat.WireName(m)));

    private static int Bit(Measure measure) => 1 << (int)measure;
}
