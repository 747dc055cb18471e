namespace Trygghet.Rules.Applications;

/// <summary>A piece of documented evidence of insecurity.</summary>
/// <param name="Kind">The kind of evidence.</param>
/// <param name="Date">The date the evidence was gathered.</param>
/// <param name="Scope">Whether it covers the site, the area or the city.</param>
/// <param name="Reference">A reference to the document.</param>
public sealed record Evidence(EvidenceKind Kind, DateOnly Date, EvidenceScope Scope, string Reference);
