namespace Trygghet.Rules.Applications;

/// <summary>The safety problem an application describes.</summary>
public sealed record Problem
{
    /// <summary>Gets the description of the problem in the applicant's words.</summary>
    public required string Description { get; init; }

    /// <summary>Gets a value indicating whether the description is specific to this very place.</summary>
    public bool SiteSpecific { get; init; }

    /// <summary>Gets the kinds of problem described.</summary>
    public required IReadOnlyList<ProblemKind> Kinds { get; init; }

    /// <summary>Gets the times of day the problem occurs.</summary>
    public IReadOnlyList<TimeOfDay> TimesOfDay { get; init; } = [];
}
