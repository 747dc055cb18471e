namespace Trygghet.Rules.Criteria;

using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Parameters;

/// <summary>What every rule may read besides the application: the round's boards, the parameters as of the assessment date and the message templates.</summary>
/// <remarks>The assessment date comes from the round; no rule reads the clock.</remarks>
public sealed class AssessmentContext
{
    private readonly Dictionary<string, Board> boardsById;
    private readonly Dictionary<string, Board> districtBoardsByArea;

    internal AssessmentContext(IReadOnlyList<Board> boards, ResolvedParameters parameters, MessageCatalogue messages)
    {
        Parameters = parameters;
        Messages = messages;
        boardsById = new Dictionary<string, Board>(StringComparer.Ordinal);
        districtBoardsByArea = new Dictionary<string, Board>(StringComparer.Ordinal);
        foreach (var board in boards)
        {
            boardsById.TryAdd(board.Id, board);
            if (board is { Kind: BoardKind.District, DistrictArea: { } area })
            {
                districtBoardsByArea.TryAdd(area, board);
            }
        }
    }

    /// <summary>Gets the round's assessment date.</summary>
    public DateOnly AssessmentDate => Parameters.AssessmentDate;

    /// <summary>Gets the rule set's parameters as of the assessment date.</summary>
    public ResolvedParameters Parameters { get; }

    /// <summary>Gets the templates findings are rendered from.</summary>
    public MessageCatalogue Messages { get; }

    /// <summary>Finds a board of the round by id.</summary>
    /// <param name="boardId">The board id.</param>
    /// <returns>The board, or <see langword="null"/>.</returns>
    public Board? FindBoard(string boardId) => boardsById.GetValueOrDefault(boardId);

    /// <summary>Finds the district board whose district area is the given one; the first in the round's order when several are.</summary>
    /// <param name="districtArea">The district area.</param>
    /// <returns>The district board, or <see langword="null"/> when the round has none for that area.</returns>
    public Board? DistrictBoardFor(string districtArea) => districtBoardsByArea.GetValueOrDefault(districtArea);
}
