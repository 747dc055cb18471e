namespace Trygghet.Rules.Reporting;

using Trygghet.Rules.Amounts;

/// <summary>One row of a summary: a board or a district area with its counts and amounts.</summary>
/// <param name="Key">The board id or the district area.</param>
/// <param name="Name">The display name.</param>
/// <param name="Applications">The number of applications.</param>
/// <param name="Granted">The number granted money, fully or partially.</param>
/// <param name="Requested">The amount requested.</param>
/// <param name="Eligible">The amount eligible.</param>
/// <param name="Proposed">The amount proposed.</param>
internal sealed record TallyRow(string Key, string Name, int Applications, int Granted, Sek Requested, Sek Eligible, Sek Proposed);
