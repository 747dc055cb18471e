namespace Trygghet.Rules.Applications;

using Trygghet.Rules.Amounts;

/// <summary>One board's application for a safety investment at one site.</summary>
public sealed record Application
{
    /// <summary>Gets the application's id, unique in the round, for example <c>2024-01</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the id of the applying board.</summary>
    public required string BoardId { get; init; }

    /// <summary>Gets the application's title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the site the investment is for.</summary>
    public required Site Site { get; init; }

    /// <summary>Gets the safety problem the application describes.</summary>
    public required Problem Problem { get; init; }

    /// <summary>Gets the documented evidence of insecurity at the site.</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    /// <summary>Gets the cost components of the investment.</summary>
    public required IReadOnlyList<Component> Components { get; init; }

    /// <summary>Gets the consultation with the district board, or <see langword="null"/> when none took place.</summary>
    public Consultation? Consultation { get; init; }

    /// <summary>Gets a value indicating whether the draft was checked with the city office before submission.</summary>
    public bool DraftReviewedByCityOffice { get; init; }

    /// <summary>Gets which formal requirements the application meets.</summary>
    public required FormalRequirements Formal { get; init; }

    /// <summary>Gets the year the investment is to be completed, when given.</summary>
    public int? CompletionYear { get; init; }

    /// <summary>Gets who maintains the investment once built, when given.</summary>
    public string? MaintenanceOwner { get; init; }

    /// <summary>Gets the plan for following up the effect, when given.</summary>
    public string? FollowUpPlan { get; init; }

    /// <summary>Gets whether a camera surveillance permit exists, when the application states it.</summary>
    public bool? CameraPermit { get; init; }

    /// <summary>Gets the number of people affected (users or residents in the catchment), when known.</summary>
    public int? AffectedPeople { get; init; }

    /// <summary>Gets the share of people who feel unsafe at the site at night (0–1), when known.</summary>
    public double? BaselineUnsafeShare { get; init; }

    /// <summary>Gets the total amount requested: the sum of the components' costs.</summary>
    public Sek Requested => Sek.Sum(Components.Select(c => c.Cost));

    /// <summary>Finds a component by id.</summary>
    /// <param name="componentId">The component id.</param>
    /// <returns>The component, or <see langword="null"/>.</returns>
    public Component? FindComponent(string componentId) => Components.FirstOrDefault(c => string.Equals(c.Id, componentId, StringComparison.Ordinal));
}
