namespace Trygghet.Rules.Allocation;

/// <summary>One reason why no allocation satisfies the constraints.</summary>
/// <param name="Kind">The kind of conflict.</param>
/// <param name="Message">A sentence naming the applications, boards or districts in conflict and the amounts.</param>
/// <param name="Subjects">The application ids, board ids or district areas involved.</param>
public sealed record AllocationConflict(AllocationConflictKind Kind, string Message, IReadOnlyList<string> Subjects);
