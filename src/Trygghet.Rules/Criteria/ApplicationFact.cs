namespace Trygghet.Rules.Criteria;

using Trygghet.Rules.Applications;
using Trygghet.Rules.Parameters;

/// <summary>The fact an application-level rule matches: one application, its board and the assessment context.</summary>
/// <remarks>Facts are immutable; each application gets its own, so no rule joins facts of two applications.</remarks>
public sealed class ApplicationFact
{
    internal ApplicationFact(Application application, AssessmentContext context, int index)
    {
        Application = application;
        Context = context;
        Index = index;
        Board = context.FindBoard(application.BoardId);
        var linked = MeasureSet.Empty;
        foreach (var kind in application.Problem.Kinds)
        {
            if (kind == ProblemKind.Other)
            {
                HasOtherProblem = true;
            }
            else
            {
                linked = linked.Union(context.Parameters.Links(kind).Value);
            }
        }

        LinkedMeasures = linked;
        var components = new ComponentFact[application.Components.Count];
        for (var i = 0; i < components.Length; i++)
        {
            components[i] = new ComponentFact(this, application.Components[i], i);
        }

        Components = components;
    }

    /// <summary>Gets the application.</summary>
    public Application Application { get; }

    /// <summary>Gets the applying board, or <see langword="null"/> when the round does not list it.</summary>
    public Board? Board { get; }

    /// <summary>Gets the assessment context.</summary>
    public AssessmentContext Context { get; }

    /// <summary>Gets the facts of the application's components, in the application's order.</summary>
    public IReadOnlyList<ComponentFact> Components { get; }

    /// <summary>Gets a value indicating whether the problem includes the kind <c>other</c>, whose link to measures needs a person's judgement.</summary>
    public bool HasOtherProblem { get; }

    /// <summary>Gets the measures the K5 link table connects to the problem's named kinds.</summary>
    public MeasureSet LinkedMeasures { get; }

    internal int Index { get; }

    /// <summary>Returns <c>application</c> and the application's id.</summary>
    /// <returns>The fact as text, for the trace.</returns>
    public override string ToString() => "application " + Application.Id;
}
