namespace Trygghet.Rules.Reporting;

using Trygghet.Rules.Applications;
using Trygghet.Rules.Decisions;

/// <summary>
/// A writer for a document format: it writes a round's decision proposal (<see cref="ProposalReport"/>) and renders any
/// <see cref="ReportDocument"/>, such as a feedback letter (<see cref="FeedbackLetters"/>).
/// </summary>
public abstract class DocumentReportWriter : IReportWriter
{
    /// <inheritdoc/>
    public abstract ReportFormat Format { get; }

    /// <inheritdoc/>
    public abstract string FileExtension { get; }

    /// <summary>Writes the decision proposal for a round's result, with its appendices.</summary>
    /// <param name="result">The round's result.</param>
    /// <param name="language">The language of the report.</param>
    /// <returns>The report's text.</returns>
    public string Write(RoundResult result, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Render(ProposalReport.Create(result, language));
    }

    /// <summary>Renders a document, escaping every text for the format.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The document's text, ending with a newline.</returns>
    public abstract string Render(ReportDocument document);

    /// <summary>Creates the exception for a block type the writer does not know.</summary>
    /// <param name="block">The block.</param>
    /// <returns>The exception to throw.</returns>
    private protected static ArgumentException UnknownBlock(ReportBlock block) =>
        new($"The report block type {block.GetType().Name} is not known to the writer.", nameof(block));
}
