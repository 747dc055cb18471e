namespace Trygghet.Rules.Criteria;

/// <summary>The quality score a finding contributes to.</summary>
internal enum QualityDimension
{
    Evidence,
    Logic,
    Deliverability,
}
