namespace Trygghet.Rules.Applications;

using Trygghet.Rules.Amounts;

/// <summary>One cost component of an application, such as new light points or clearing vegetation.</summary>
public sealed record Component
{
    /// <summary>Gets the component's id, unique within its application.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the kind of measure.</summary>
    public required Measure Measure { get; init; }

    /// <summary>Gets the component's description.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the cost applied for.</summary>
    public required Sek Cost { get; init; }

    /// <summary>Gets the quantity, when given (for example 40).</summary>
    public decimal? Quantity { get; init; }

    /// <summary>Gets the unit of the quantity, when given (for example <c>lightPoint</c>).</summary>
    public string? Unit { get; init; }

    /// <summary>Gets whether the cost is investment or running cost.</summary>
    public CostType CostType { get; init; } = CostType.Investment;

    /// <summary>Gets the expected lifetime in years, when given.</summary>
    public int? LifetimeYears { get; init; }
}
