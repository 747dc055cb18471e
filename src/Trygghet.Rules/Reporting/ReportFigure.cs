namespace Trygghet.Rules.Reporting;

/// <summary>
/// A picture the library drew, such as the frontier (<see cref="FrontierSvg"/>), with a caption and a table that
/// says the same in numbers for formats that cannot show a picture.
/// </summary>
/// <remarks>
/// Only the library creates figures: the HTML writer embeds <see cref="Svg"/> as markup, so it must be markup whose text
/// is escaped, which <see cref="FrontierSvg"/> guarantees.
/// </remarks>
public sealed record ReportFigure : ReportBlock
{
    internal ReportFigure(string caption, string svg, ReportTable alternative)
    {
        Caption = caption;
        Svg = svg;
        Alternative = alternative;
    }

    /// <summary>Gets the caption.</summary>
    public string Caption { get; }

    /// <summary>Gets the picture as an SVG element without an XML declaration or namespace declaration, ready to embed in HTML.</summary>
    public string Svg { get; }

    /// <summary>Gets the figure's content as a table, for text formats.</summary>
    public ReportTable Alternative { get; }
}
