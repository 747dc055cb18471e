// Another municipality reuses the Stockholm 2024 rules: it starts from the preset, overrides some parameters from its
// own parameter file (which also names its own office and committee), makes district consultation (K8) a gate, adds a rule of its own (a camera permit for CCTV), runs
// its own small round with both rule sets and prints where the outcomes differ.
using OtherMunicipality;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Criteria;
using Trygghet.Rules.Decisions;
using Trygghet.Rules.Serialization;

var folder = AppContext.BaseDirectory;
var round = RoundReader.Read(File.ReadAllText(Path.Combine(folder, "uppsala-2025.round.json")));

var overrides = ParameterFileReader.Read(
    File.ReadAllText(Path.Combine(folder, "uppsala-2025.parameters.json")),
    RuleSets.Stockholm2024.Parameters.Parameters.Select(p => p.Key));
var uppsala = RuleSets.Stockholm2024.ToBuilder()
    .WithId("uppsala-2025", "Uppsala 2025: Stockholm 2024 criteria, Uppsala's cost benchmarks, consultation as a gate and a camera permit rule.")
    .OverrideParameters(overrides.Parameters)
    .WithEffect("K8", CriterionEffect.Gate)
    .AddRule<CameraPermitRule>()
    .WithMessages(MessageCatalogue.Default.With(CameraPermitRule.Messages).With(overrides.Messages))
    .Build();

var own = new RoundRunner(uppsala).Run(round, RunOptions.Default with { ComputeCounterfactuals = false });
var stockholm = new RoundRunner(RuleSets.Stockholm2024).Run(round with { RuleSet = "stockholm-2024" }, RunOptions.Default with { ComputeCounterfactuals = false });

Console.WriteLine($"{round.Municipality}, {round.Name}: {round.Applications.Count} applications, budget {round.BudgetCeiling.ToMillionsString()}");
Console.WriteLine($"  stockholm-2024: {stockholm.Summary.Granted} granted {stockholm.Summary.GrantedAmount.ToMillionsString()}");
Console.WriteLine($"  uppsala-2025:   {own.Summary.Granted} granted {own.Summary.GrantedAmount.ToMillionsString()}");
Console.WriteLine();
Console.WriteLine("Differences from the Stockholm outcome:");
var differences = 0;
for (var i = 0; i < round.Applications.Count; i++)
{
    var (s, u) = (stockholm.Decisions[i], own.Decisions[i]);
    var newCodes = u.Findings.Select(f => f.Code + "/" + f.Outcome).Except(s.Findings.Select(f => f.Code + "/" + f.Outcome)).ToList();
    if (s.Status == u.Status && s.Granted == u.Granted && s.Assessment.Eligible == u.Assessment.Eligible && newCodes.Count == 0)
    {
        continue;
    }

    differences++;
    Console.WriteLine($"- {u.Application.Id} {u.Application.Title}");
    Console.WriteLine($"    Stockholm: {s.Status}, eligible {s.Assessment.Eligible.ToKronorString()}, granted {s.Granted.ToKronorString()}");
    Console.WriteLine($"    Uppsala:   {u.Status}, eligible {u.Assessment.Eligible.ToKronorString()}, granted {u.Granted.ToKronorString()}");
    foreach (var finding in u.Findings.Where(f => newCodes.Contains(f.Code + "/" + f.Outcome)))
    {
        Console.WriteLine($"    {finding.Code}: {finding.Message.English}");
    }
}

Console.WriteLine(differences == 0 ? "  none" : $"{differences} of {round.Applications.Count} applications differ.");
Console.WriteLine();
Console.WriteLine($"Who proposes and who decides: {own.Organisation.Office.Swedish}, {own.Organisation.Committee.Swedish}.");
Console.WriteLine("  " + own.Decisions[0].Motivation.Swedish);
