namespace Trygghet.Rules.Assessment;

using NRules;
using NRules.Diagnostics;
using Trygghet.Rules.Criteria;
using Trygghet.Rules.Parameters;

/// <summary>Records, from one session's events, each rule firing with the facts it matched and the findings it inserted.</summary>
internal sealed class TraceRecorder
{
    private readonly CompiledRuleSet rules;
    private readonly List<(ApplicationFact Subject, int Order, int Component, RuleFiring Firing)> firings = [];
    private Pending? pending;

    public TraceRecorder(ISession session, CompiledRuleSet rules)
    {
        this.rules = rules;
        session.Events.RuleFiringEvent += OnFiring;
        session.Events.FactInsertedEvent += OnInserted;
        session.Events.RuleFiredEvent += OnFired;
    }

    public AssessmentTrace TraceOf(ApplicationFact subject) => new(
        [.. firings.Where(f => ReferenceEquals(f.Subject, subject))
            .OrderBy(f => FindingOrder.CriterionRank(f.Firing.CriterionId)).ThenBy(f => f.Order).ThenBy(f => f.Component)
            .Select(f => f.Firing)]);

    private void OnFiring(object? sender, AgendaEventArgs e) =>
        pending = new Pending([.. e.Facts.Select(f => f.Value).OfType<object>()]);

    private void OnInserted(object? sender, WorkingMemoryEventArgs e)
    {
        if (pending is not null && e.Fact.Value is FindingFact finding)
        {
            pending.Findings.Add(finding);
        }
    }

    private void OnFired(object? sender, AgendaEventArgs e)
    {
        if (pending is null)
        {
            return;
        }

        var (criterionId, order) = rules.Find(e.Rule.Name);
        var subject = pending.Facts.OfType<ApplicationFact>().FirstOrDefault() ?? pending.Facts.OfType<ComponentFact>().First().Owner;
        var component = pending.Facts.OfType<ComponentFact>().FirstOrDefault()?.Index ?? -1;
        ParameterUse[] parameters = [.. pending.Findings.SelectMany(f => f.Parameters).DistinctBy(p => p.Name, StringComparer.Ordinal)];
        firings.Add((subject, order, component, new RuleFiring(
            e.Rule.Name,
            criterionId,
            [.. pending.Facts.Select(f => f.ToString() ?? string.Empty)],
            [.. pending.Findings.Select(f => f.Finding.Code)],
            parameters)));
        pending = null;
    }

    private sealed class Pending(object[] facts)
    {
        public object[] Facts { get; } = facts;

        public List<FindingFact> Findings { get; } = [];
    }
}
