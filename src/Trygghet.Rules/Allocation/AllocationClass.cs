namespace Trygghet.Rules.Allocation;

/// <summary>An application as the optimizer sees it: at most one of its options is funded.</summary>
/// <param name="Id">The application id; unique within the problem.</param>
/// <param name="BoardId">The applying board, matched against <see cref="BoardCapConstraint.BoardId"/>.</param>
/// <param name="DistrictArea">The district area of the site, matched against <see cref="DistrictMinimumConstraint.DistrictArea"/>.</param>
/// <param name="Options">The funding options; an application with none is never funded.</param>
public sealed record AllocationClass(string Id, string BoardId, string DistrictArea, IReadOnlyList<AllocationOption> Options);
