namespace Trygghet.Rules.Reporting;

/// <summary>
/// A block of a report section: a <see cref="ReportParagraph"/>, a <see cref="ReportList"/>, a <see cref="ReportTable"/>
/// or a <see cref="ReportFigure"/>.
/// </summary>
public abstract record ReportBlock
{
    private protected ReportBlock()
    {
    }
}
