namespace Trygghet.Rules.Criteria;

using NRules.RuleModel;
using Trygghet.Rules.Amounts;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Parameters;

/// <summary>Builds one finding in a rule's action: its subject, consequence and the named values its message templates use.</summary>
/// <remarks>
/// Obtain one with <see cref="RuleInfo.Finding(ApplicationFact, string, FindingOutcome)"/>. The code names the message
/// template (and an optional <c>code.Feedback</c> template) in the rule set's <see cref="MessageCatalogue"/>; every
/// <see cref="With(string, object)"/> value fills the placeholder of that name.
/// </remarks>
public sealed class FindingBuilder
{
    private readonly RuleInfo rule;
    private readonly ApplicationFact subject;
    private readonly string code;
    private readonly FindingOutcome outcome;
    private readonly List<MessageArgument> arguments = new(10);
    private readonly List<ParameterUse> parameters = new(4);
    private ComponentFact? component;
    private FindingConsequence consequence;
    private Sek excluded;
    private Sek capped;
    private QualityDimension? dimension;
    private double score;

    internal FindingBuilder(RuleInfo rule, ApplicationFact subject, string code, FindingOutcome outcome)
    {
        this.rule = rule;
        this.subject = subject;
        this.code = code;
        this.outcome = outcome;
    }

    /// <summary>Makes the finding about one component, and names it in the placeholders <c>{component}</c> and <c>{description}</c>.</summary>
    /// <param name="fact">The component's fact.</param>
    /// <returns>The builder.</returns>
    public FindingBuilder About(ComponentFact fact)
    {
        component = fact;
        return With("component", fact.Component.Id).With("description", fact.Component.Description);
    }

    /// <summary>Makes the finding reject the application (a gate not met).</summary>
    /// <returns>The builder.</returns>
    public FindingBuilder RejectsApplication()
    {
        consequence = FindingConsequence.RejectsApplication;
        return this;
    }

    /// <summary>Makes the finding return the application as incomplete.</summary>
    /// <returns>The builder.</returns>
    public FindingBuilder ReturnsApplication()
    {
        consequence = FindingConsequence.ReturnsApplication;
        return this;
    }

    /// <summary>Makes the finding exclude the component it is about.</summary>
    /// <param name="amount">The amount excluded, the component's cost.</param>
    /// <returns>The builder.</returns>
    public FindingBuilder Excludes(Sek amount)
    {
        consequence = FindingConsequence.ExcludesComponent;
        excluded = amount;
        return this;
    }

    /// <summary>Makes the finding take an amount away from the component it is about.</summary>
    /// <param name="amount">The amount taken away.</param>
    /// <returns>The builder.</returns>
    public FindingBuilder Caps(Sek amount)
    {
        consequence = FindingConsequence.CapsComponent;
        capped = amount;
        return this;
    }

    internal FindingBuilder Scores(QualityDimension scored, double value)
    {
        dimension = scored;
        score = value;
        return this;
    }

    /// <summary>Adds a named value for the templates' placeholder of that name and the finding's recorded values.</summary>
    /// <param name="name">The placeholder's name.</param>
    /// <param name="value">The value: text, an amount, a number, a date, a vocabulary word or a list of these.</param>
    /// <returns>The builder.</returns>
    public FindingBuilder With(string name, object value)
    {
        arguments.Add(new MessageArgument(name, value));
        return this;
    }

    /// <summary>Adds a parameter's value as a named value and records the parameter in the trace.</summary>
    /// <typeparam name="T">The type of the value.</typeparam>
    /// <param name="name">The placeholder's name.</param>
    /// <param name="parameter">The parameter as of the assessment date.</param>
    /// <returns>The builder.</returns>
    public FindingBuilder With<T>(string name, ResolvedParameter<T> parameter)
        where T : notnull
    {
        arguments.Add(new MessageArgument(name, parameter.Value));
        return Uses(parameter);
    }

    /// <summary>Records a parameter the finding rests on in the trace.</summary>
    /// <typeparam name="T">The type of the value.</typeparam>
    /// <param name="parameter">The parameter as of the assessment date.</param>
    /// <returns>The builder.</returns>
    public FindingBuilder Uses<T>(ResolvedParameter<T> parameter)
        where T : notnull
    {
        parameters.Add(parameter.Use);
        return this;
    }

    internal FindingFact Build()
    {
        var (message, feedback) = subject.Context.Messages.RenderFinding(code, arguments);
        var finding = new Finding
        {
            CriterionId = rule.CriterionId,
            Outcome = outcome,
            Code = code,
            Message = message,
            Source = rule.Source,
            ComponentId = component?.Component.Id,
            Excluded = excluded,
            Capped = capped,
            Consequence = consequence,
            Values = [.. arguments.Select(a => new FindingValue(a.Name, a.Invariant()))],
        };
        return new FindingFact(subject, component?.Index ?? -1, finding, dimension, score, [.. parameters], feedback);
    }

    /// <summary>Renders the finding and inserts it into the rule's session.</summary>
    /// <param name="context">The rule action's context.</param>
    public void InsertInto(IContext context) => context.Insert(Build());
}
