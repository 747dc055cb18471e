namespace Trygghet.Rules.Parameters;

/// <summary>Where a parameter value comes from: a document and the section in it.</summary>
/// <param name="Document">The document, for example <c>Dnr KS 2020/487</c>.</param>
/// <param name="Section">The section, table or paragraph within the document.</param>
public sealed record ParameterReference(string Document, string Section)
{
    /// <summary>Returns the reference as <c>document, section</c>.</summary>
    /// <returns>The reference as text.</returns>
    public override string ToString() => string.IsNullOrEmpty(Section) ? Document : Document + ", " + Section;
}
