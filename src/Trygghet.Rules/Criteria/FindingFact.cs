namespace Trygghet.Rules.Criteria;

using Trygghet.Rules.Assessment;
using Trygghet.Rules.Parameters;

/// <summary>A finding as a rule inserts it into the session: the finding with its subject, quality score, parameters and feedback.</summary>
/// <remarks>A class, not a record: NRules must see two equal findings as two facts.</remarks>
internal sealed class FindingFact(
    ApplicationFact subject,
    int componentIndex,
    Finding finding,
    QualityDimension? dimension,
    double score,
    ParameterUse[] parameters,
    LocalizedText? feedback)
{
    public ApplicationFact Subject { get; } = subject;

    public int ComponentIndex { get; } = componentIndex;

    public Finding Finding { get; } = finding;

    public QualityDimension? Dimension { get; } = dimension;

    public double Score { get; } = score;

    public IReadOnlyList<ParameterUse> Parameters { get; } = parameters;

    public LocalizedText? Feedback { get; } = feedback;
}
