namespace Trygghet.Rules.Assessment;

/// <summary>The assessment's quality scores for the impact model, each between 0 and 1.</summary>
/// <param name="Evidence">How well insecurity at the site is documented (K4).</param>
/// <param name="Logic">How well the measures address the stated problem (K5).</param>
/// <param name="Deliverability">How likely the investment is delivered and kept up (K7, maintenance, follow-up).</param>
public sealed record QualityScores(double Evidence, double Logic, double Deliverability)
{
    /// <summary>Gets the scores of an application that could not be assessed on merit.</summary>
    public static QualityScores Zero { get; } = new(0, 0, 0);

    /// <summary>Gets the combined quality Q = evidence × logic × deliverability.</summary>
    public double Combined => Evidence * Logic * Deliverability;
}
