using Trygghet.Rules.Criteria;
using Trygghet.Rules.Decisions;
using Trygghet.Rules.Serialization;

var result = new RoundRunner(RuleSets.Stockholm2024).Run(BuiltInRounds.Stockholm2024);
Console.WriteLine($"consumer: {result.Summary.Granted} of {result.Summary.Applications} granted {result.Summary.GrantedAmount.ToMillionsString()}");
return result.Summary.Granted == 35 && result.Decisions.Count == 48 ? 0 : 1;
