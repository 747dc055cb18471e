namespace Trygghet.Rules.Reporting;

/// <summary>A feedback letter to one applying board: what it is proposed to get, and why, application by application.</summary>
/// <param name="BoardId">The board's id.</param>
/// <param name="BoardName">The board's name.</param>
/// <param name="Document">The letter, ready for a <see cref="DocumentReportWriter"/>.</param>
public sealed record FeedbackLetter(string BoardId, string BoardName, ReportDocument Document);
