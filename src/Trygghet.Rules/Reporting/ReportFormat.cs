namespace Trygghet.Rules.Reporting;

/// <summary>A format a round's report can be written in.</summary>
public enum ReportFormat
{
    /// <summary>Markdown (<c>.md</c>): the decision proposal with its appendices.</summary>
    Markdown,

    /// <summary>Self-contained HTML (<c>.html</c>): the decision proposal with its appendices and the frontier picture.</summary>
    Html,

    /// <summary>CSV (<c>.csv</c>): the appendix rows and the summaries per board and per district area, for a spreadsheet.</summary>
    Csv,

    /// <summary>JSON (<c>.json</c>): the result file of the contract.</summary>
    Json,

    /// <summary>Plain text (<c>.txt</c>): the decision proposal with its appendices, for a console.</summary>
    Text,
}
