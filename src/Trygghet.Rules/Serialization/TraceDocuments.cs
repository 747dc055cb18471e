namespace Trygghet.Rules.Serialization;

using Trygghet.Rules.Assessment;

/// <summary>Maps an assessment trace to the result file's trace.</summary>
internal static class TraceDocuments
{
    public static ResultTrace From(AssessmentTrace trace) => new()
    {
        Rules = [.. trace.Firings.Select(firing => new ResultRuleFiring
        {
            Rule = firing.Rule,
            Facts = firing.Facts,
            Parameters = [.. firing.Parameters.Select(p => new ResultParameterUse
            {
                Name = p.Name,
                Value = p.Value,
                EffectiveFrom = p.EffectiveFrom,
                Reference = p.Reference.ToString(),
            })],
        })],
    };
}
