namespace Trygghet.Rules.Applications;

using Trygghet.Rules.Amounts;

/// <summary>One funding round: the boards, their applications, the budget ceiling and the constraints.</summary>
public sealed record Round
{
    /// <summary>The only round file format version this library reads and writes.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>Gets the round file format version; always <see cref="CurrentFormatVersion"/>.</summary>
    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>Gets the municipality that runs the round, for example <c>Stockholms stad</c>.</summary>
    public required string Municipality { get; init; }

    /// <summary>Gets the name of the round, for example <c>Trygghetsinvesteringar 2024</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the id of the rule set that assesses the round, for example <c>stockholm-2024</c>.</summary>
    public required string RuleSet { get; init; }

    /// <summary>Gets the assessment date; every dated parameter is read as of this date.</summary>
    public required DateOnly AssessmentDate { get; init; }

    /// <summary>Gets the budget ceiling: the most the round may grant in total.</summary>
    public required Sek BudgetCeiling { get; init; }

    /// <summary>Gets the language of messages and reports.</summary>
    public ReportLanguage Language { get; init; } = ReportLanguage.Swedish;

    /// <summary>Gets the applying boards.</summary>
    public required IReadOnlyList<Board> Boards { get; init; }

    /// <summary>
    /// Gets a value indicating whether an application may be granted a reduced package of its eligible components
    /// (round file field <c>allowPartialFunding</c>, default <see langword="true"/>).
    /// </summary>
    public bool AllowPartialFunding { get; init; } = true;

    /// <summary>Gets the round's allocation constraints.</summary>
    public RoundConstraints Constraints { get; init; } = RoundConstraints.None;

    /// <summary>Gets the applications, in input order.</summary>
    public required IReadOnlyList<Application> Applications { get; init; }

    /// <summary>Gets the total amount requested by all applications.</summary>
    public Sek RequestedTotal => Sek.Sum(Applications.Select(a => a.Requested));

    /// <summary>Finds a board by id.</summary>
    /// <param name="boardId">The board id.</param>
    /// <returns>The board, or <see langword="null"/> when the round has none with that id.</returns>
    public Board? FindBoard(string boardId) => Boards.FirstOrDefault(b => string.Equals(b.Id, boardId, StringComparison.Ordinal));
}
