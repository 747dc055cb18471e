namespace Trygghet.Rules.Applications;

/// <summary>A specialist board's consultation with the district board of the area.</summary>
/// <param name="DistrictBoardId">The id of the consulted district board.</param>
/// <param name="Date">The date of the consultation.</param>
public sealed record Consultation(string DistrictBoardId, DateOnly Date);
