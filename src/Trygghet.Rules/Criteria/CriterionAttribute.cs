namespace Trygghet.Rules.Criteria;

/// <summary>Marks a rule class with the criterion it encodes, the effect of its findings and the document it comes from.</summary>
/// <param name="id">The criterion id, for example <c>K4</c>.</param>
/// <param name="effect">What the rule's findings can do to an application.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class CriterionAttribute(string id, CriterionEffect effect) : Attribute
{
    /// <summary>Gets the criterion id, for example <c>K4</c>.</summary>
    public string Id { get; } = id;

    /// <summary>Gets what the rule's findings can do to an application.</summary>
    public CriterionEffect Effect { get; } = effect;

    /// <summary>Gets or sets the source document, for example <c>Dnr KS 2020/487</c>.</summary>
    public string Source { get; set; } = CriterionSources.Principles;
}
