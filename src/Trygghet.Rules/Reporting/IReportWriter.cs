namespace Trygghet.Rules.Reporting;

using Trygghet.Rules.Applications;
using Trygghet.Rules.Decisions;

/// <summary>Writes a round's result as a report in one format.</summary>
/// <remarks>Writers are stateless and thread-safe; register them as singletons.</remarks>
public interface IReportWriter
{
    /// <summary>Gets the format the writer writes.</summary>
    ReportFormat Format { get; }

    /// <summary>Gets the usual file extension of the format, with its dot, for example <c>.html</c>.</summary>
    string FileExtension { get; }

    /// <summary>Writes the report for a round's result.</summary>
    /// <param name="result">The round's result.</param>
    /// <param name="language">The language of the report.</param>
    /// <returns>The report's text.</returns>
    string Write(RoundResult result, ReportLanguage language);
}
