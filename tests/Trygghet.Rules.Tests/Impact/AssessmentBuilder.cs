using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;

namespace Trygghet.Rules.Tests.Impact;

/// <summary>Builds assessments directly, without the rules, for the impact tests.</summary>
internal sealed class AssessmentBuilder
{
    private readonly List<EligibleComponent> components = [];
    private AssessmentStatus status = AssessmentStatus.Eligible;
    private int? affectedPeople = 3_000;
    private double? unsafeShare = 0.20;
    private string? maintenanceOwner;
    private QualityScores quality = new(1.0, 0.75, 1.0);

    public AssessmentBuilder WithComponent(string id, Measure measure, long eligibleKronor)
    {
        components.Add(new EligibleComponent(
            new Component { Id = id, Measure = measure, Description = $"{measure} {id}", Cost = Sek.FromKronor(eligibleKronor) },
            Sek.FromKronor(eligibleKronor)));
        return this;
    }

    public AssessmentBuilder WithCappedComponent(string id, Measure measure, long costKronor, long eligibleKronor)
    {
        components.Add(new EligibleComponent(
            new Component { Id = id, Measure = measure, Description = $"{measure} {id}", Cost = Sek.FromKronor(costKronor) },
            Sek.FromKronor(eligibleKronor)));
        return this;
    }

    public AssessmentBuilder WithStatus(AssessmentStatus value)
    {
        status = value;
        return this;
    }

    public AssessmentBuilder WithAffectedPeople(int? value)
    {
        affectedPeople = value;
        return this;
    }

    public AssessmentBuilder WithUnsafeShare(double? value)
    {
        unsafeShare = value;
        return this;
    }

    public AssessmentBuilder WithMaintenanceOwner(string? value)
    {
        maintenanceOwner = value;
        return this;
    }

    public AssessmentBuilder WithQuality(double evidence, double logic, double deliverability)
    {
        quality = new QualityScores(evidence, logic, deliverability);
        return this;
    }

    public AssessmentBuilder Reversed()
    {
        components.Reverse();
        return this;
    }

    public ApplicationAssessment Build()
    {
        var application = new Application
        {
            Id = "2024-01",
            BoardId = "sdn-rinkeby-kista",
            Title = "Belysning av gångstråk",
            Site = new Site("Gångstråket Husby centrum", "Rinkeby-Kista", SiteEnvironment.Path, PublicAccess.Open),
            Problem = new Problem { Description = "Mörkt gångstråk", SiteSpecific = true, Kinds = [ProblemKind.Darkness] },
            Components = components.Select(c => c.Component).ToArray(),
            Formal = new FormalRequirements(true, true, true, true),
            AffectedPeople = affectedPeople,
            BaselineUnsafeShare = unsafeShare,
            MaintenanceOwner = maintenanceOwner,
        };
        var eligible = status == AssessmentStatus.Eligible;
        return new ApplicationAssessment
        {
            Application = application,
            Status = status,
            Findings = [],
            EligibleComponents = eligible ? components.ToArray() : [],
            Excluded = eligible ? Sek.Zero : application.Requested,
            Capped = Sek.Sum(components.Select(c => c.Component.Cost - c.Eligible)),
            Quality = eligible ? quality : QualityScores.Zero,
            Feedback = [],
        };
    }
}
