namespace Trygghet.Rules.Scenarios;

using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Parameters;

/// <summary>
/// A what-if for a round: another budget, measure types left out, extra caps and minimums, another partial-funding rule
/// or other parameter values. Everything left unset follows the round.
/// </summary>
/// <remarks>
/// <para>
/// Excluded measures are applied after the assessment: every application is assessed as applied for, and then its
/// eligible components of an excluded measure are taken out, each with a <c>Scenario.ExcludedMeasure</c> finding, as the
/// K2 criterion takes out a component without a safety mechanism. An application left with nothing eligible is rejected
/// under the scenario, with those findings as the reasons. The requested amount never changes, so a decision compares
/// with the baseline on the same request; the quality scores stay as assessed on the whole application.
/// </para>
/// <para>
/// Parameter overrides take effect on the round's assessment date (see <see cref="ParameterOverride"/>), so the round is
/// assessed again under them, with the same compiled rules.
/// </para>
/// </remarks>
public sealed record Scenario
{
    /// <summary>The name of the scenario that leaves the round as it is.</summary>
    public const string BaselineName = "baseline";

    private readonly string name = BaselineName;

    /// <summary>Initializes a new scenario that, until other properties are set, leaves the round as it is.</summary>
    /// <param name="name">The scenario's name, unique within one comparison.</param>
    /// <exception cref="ArgumentException">The name is empty or only white space.</exception>
    public Scenario(string name) => Name = name;

    /// <summary>Gets the scenario that leaves the round as it is, named <see cref="BaselineName"/>.</summary>
    public static Scenario Baseline { get; } = new(BaselineName);

    /// <summary>Gets the scenario's name, unique within one comparison.</summary>
    /// <exception cref="ArgumentException">The name is empty or only white space.</exception>
    public string Name
    {
        get => name;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value, nameof(Name));
            name = value;
        }
    }

    /// <summary>Gets the budget ceiling, or <see langword="null"/> for the round's.</summary>
    public Sek? Budget { get; init; }

    /// <summary>Gets the measures whose components the scenario does not fund; empty for none.</summary>
    public MeasureSet ExcludedMeasures { get; init; } = MeasureSet.Empty;

    /// <summary>Gets caps on boards' totals, in addition to the round's own.</summary>
    public IReadOnlyList<BoardCap> BoardCaps { get; init; } = [];

    /// <summary>Gets minimum totals for district areas, in addition to the round's own.</summary>
    public IReadOnlyList<DistrictMinimum> DistrictMinimums { get; init; } = [];

    /// <summary>Gets whether a reduced package may be granted, or <see langword="null"/> for the round's rule.</summary>
    public bool? AllowPartialFunding { get; init; }

    /// <summary>Gets parameter values that replace the rule set's on the round's assessment date.</summary>
    public IReadOnlyList<ParameterOverride> Parameters { get; init; } = [];

    /// <summary>Gets a value indicating whether the round must be assessed again: the scenario overrides parameters.</summary>
    internal bool ChangesAssessment => Parameters.Count > 0;

    /// <summary>
    /// Creates a scenario that only changes the budget ceiling, named after the amount: in millions when it is a whole number of
    /// tenths of a million (for example <c>40,0 mnkr</c>), otherwise in kronor.
    /// </summary>
    /// <param name="budget">The budget ceiling; not negative.</param>
    /// <param name="language">The language of the name.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The budget is negative.</exception>
    public static Scenario ForBudget(Sek budget, ReportLanguage language = ReportLanguage.Swedish)
    {
        if (budget.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(budget), budget, "A budget cannot be negative.");
        }

        var name = budget.Kronor % 100_000 == 0 ? budget.ToMillionsString(language) : budget.ToKronorString(language);
        return new Scenario(name) { Budget = budget };
    }
}
