// A generic host that registers Trygghet.Rules through dependency injection and runs a round:
// the round file named on the command line, or the built-in illustrative Stockholm 2024 round.
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Trygghet.Rules.DependencyInjection;
using Trygghet.Rules.Decisions;
using Trygghet.Rules.Serialization;

var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddTrygghetRules(options => options.RunOptions = RunOptions.Default with { ComputeCounterfactuals = false });
using var host = builder.Build();

var runner = host.Services.GetRequiredService<RoundRunner>();
var runOptions = host.Services.GetRequiredService<RunOptions>();
var round = args.Length > 0 ? RoundReader.Read(File.ReadAllText(args[0])) : BuiltInRounds.Stockholm2024;
var result = runner.Run(round, runOptions);

Console.WriteLine($"{round.Name}: {result.Summary.Granted} of {result.Summary.Applications} applications granted "
    + $"{result.Summary.GrantedAmount.ToMillionsString()} (optimal: {result.Allocation.Optimal}).");
foreach (var decision in result.Decisions.Where(d => d.Status == DecisionStatus.NotFunded))
{
    Console.WriteLine($"  left out by the budget: {decision.Application.Id} {decision.Application.Title}");
}
