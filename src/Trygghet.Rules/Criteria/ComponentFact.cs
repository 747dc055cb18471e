namespace Trygghet.Rules.Criteria;

using Trygghet.Rules.Applications;

/// <summary>The fact a component-level rule matches: one component of one application.</summary>
public sealed class ComponentFact
{
    internal ComponentFact(ApplicationFact owner, Component component, int index)
    {
        Owner = owner;
        Component = component;
        Index = index;
    }

    /// <summary>Gets the fact of the application the component belongs to.</summary>
    public ApplicationFact Owner { get; }

    /// <summary>Gets the component.</summary>
    public Component Component { get; }

    /// <summary>Gets the component's position in its application.</summary>
    public int Index { get; }

    /// <summary>Returns <c>component</c>, the application's id and the component's id.</summary>
    /// <returns>The fact as text, for the trace.</returns>
    public override string ToString() => "component " + Owner.Application.Id + "/" + Component.Id;
}
