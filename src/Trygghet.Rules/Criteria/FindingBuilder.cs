namespace Trygghet.Rules.Criteria;

using NRules.RuleModel;
using Trygghet.Rules.Amounts;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Parameters;

/// <summary>Builds one finding: its subject, consequence, score and the named values its message templates use.</summary>
internal sealed class FindingBuilder(RuleInfo rule, ApplicationFact subject, string code, FindingOutcome outcome)
{
    private readonly List<MessageArgument> arguments = new(10);
    private readonly List<ParameterUse> parameters = new(4);
    private ComponentFact? component;
    private FindingConsequence consequence;
    private Sek excluded;
    private Sek capped;
    private QualityDimension? dimension;
    private double score;

    public FindingBuilder About(ComponentFact fact)
    {
        component = fact;
        return With("component", fact.Component.Id).With("description", fact.Component.Description);
    }

    public FindingBuilder RejectsApplication()
    {
        consequence = FindingConsequence.RejectsApplication;
        return this;
    }

    public FindingBuilder ReturnsApplication()
    {
        consequence = FindingConsequence.ReturnsApplication;
        return this;
    }

    public FindingBuilder Excludes(Sek amount)
    {
        consequence = FindingConsequence.ExcludesComponent;
        excluded = amount;
        return this;
    }

    public FindingBuilder Caps(Sek amount)
    {
        consequence = FindingConsequence.CapsComponent;
        capped = amount;
        return this;
    }

    public FindingBuilder Scores(QualityDimension scored, double value)
    {
        dimension = scored;
        score = value;
        return this;
    }

    public FindingBuilder With(string name, object value)
    {
        arguments.Add(new MessageArgument(name, value));
        return this;
    }

    public FindingBuilder With<T>(string name, ResolvedParameter<T> parameter)
        where T : notnull
    {
        arguments.Add(new MessageArgument(name, parameter.Value));
        return Uses(parameter);
    }

    public FindingBuilder Uses<T>(ResolvedParameter<T> parameter)
        where T : notnull
    {
        parameters.Add(parameter.Use);
        return this;
    }

    public FindingFact Build()
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

    public void InsertInto(IContext context) => context.Insert(Build());
}
