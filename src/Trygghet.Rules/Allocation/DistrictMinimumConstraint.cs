namespace Trygghet.Rules.Allocation;

/// <summary>A minimum total for the applications whose site lies in a district area.</summary>
/// <param name="DistrictArea">The district area.</param>
/// <param name="Min">The least, in kronor, that those applications must receive together.</param>
public sealed record DistrictMinimumConstraint(string DistrictArea, long Min);
