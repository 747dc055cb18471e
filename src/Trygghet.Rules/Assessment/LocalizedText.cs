namespace Trygghet.Rules.Assessment;

using Trygghet.Rules.Applications;

/// <summary>A text in Swedish and English.</summary>
/// <param name="Swedish">The Swedish text.</param>
/// <param name="English">The English text.</param>
public sealed record LocalizedText(string Swedish, string English)
{
    /// <summary>Gets the text in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text in that language.</returns>
    public string In(ReportLanguage language) => language == ReportLanguage.English ? English : Swedish;
}
