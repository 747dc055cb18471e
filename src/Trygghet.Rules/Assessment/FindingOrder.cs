namespace Trygghet.Rules.Assessment;

using System.Globalization;

/// <summary>The documented order of findings: criterion number, then application before components in their order, then code, then message.</summary>
internal static class FindingOrder
{
    public static int CriterionRank(string criterionId) =>
        criterionId.Length > 1 && criterionId[0] == 'K' && int.TryParse(criterionId.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : int.MaxValue;

    public static int Compare(string leftCriterion, int leftComponent, string leftCode, string leftText, string rightCriterion, int rightComponent, string rightCode, string rightText)
    {
        var order = CriterionRank(leftCriterion).CompareTo(CriterionRank(rightCriterion));
        if (order == 0)
        {
            order = string.CompareOrdinal(leftCriterion, rightCriterion);
        }

        if (order == 0)
        {
            order = leftComponent.CompareTo(rightComponent);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(leftCode, rightCode);
        }

        return order != 0 ? order : string.CompareOrdinal(leftText, rightText);
    }
}
