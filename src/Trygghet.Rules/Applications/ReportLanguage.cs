namespace Trygghet.Rules.Applications;

/// <summary>The language of messages, motivations and reports.</summary>
public enum ReportLanguage
{
    /// <summary>Swedish (<c>sv</c>), the default.</summary>
    Swedish = 0,

    /// <summary>English (<c>en</c>).</summary>
    English = 1,
}
