namespace Trygghet.Rules.Reporting;

using Trygghet.Rules.Applications;
using Trygghet.Rules.Decisions;
using Trygghet.Rules.Serialization;

/// <summary>Writes the result file of the contract (<see cref="ResultDocuments"/> and <see cref="ResultWriter"/>).</summary>
public sealed class JsonReportWriter : IReportWriter
{
    /// <inheritdoc/>
    public ReportFormat Format => ReportFormat.Json;

    /// <inheritdoc/>
    public string FileExtension => ".json";

    /// <inheritdoc/>
    public string Write(RoundResult result, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(result);
        return ResultWriter.Write(ResultDocuments.From(result, language));
    }
}
