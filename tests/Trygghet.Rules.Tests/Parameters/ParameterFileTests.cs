using System.Text.Json;
using Json.Schema;
using Trygghet.Rules.Amounts;
using Trygghet.Rules.Criteria;
using Trygghet.Rules.Parameters;
using Trygghet.Rules.Serialization;
using Trygghet.Rules.Tests.Serialization;

namespace Trygghet.Rules.Tests.Parameters;

public sealed class ParameterFileTests
{
    internal static string Embedded(string fileName)
    {
        using var stream = typeof(ParameterSet).Assembly.GetManifestResourceStream("Trygghet.Rules.Data." + fileName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [Fact]
    public void The_shipped_Stockholm_parameter_file_holds_exactly_the_Stockholm_parameters()
    {
        // Regenerate the file with ParameterFileWriter.Write("stockholm-2024", StockholmParameters.Stockholm2024) when this fails.
        Assert.Equal(ParameterFileWriter.Write("stockholm-2024", StockholmParameters.Stockholm2024), Embedded("stockholm-2024.parameters.json").ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Reading_a_written_file_gives_the_same_timelines()
    {
        var file = ParameterFileReader.Read(Embedded("stockholm-2024.parameters.json"), ParameterKeys.All);

        Assert.Equal("stockholm-2024", file.RuleSetId);
        Assert.Equal(ParameterKeys.All.Count, file.Parameters.Parameters.Count);
        foreach (var parameter in StockholmParameters.Stockholm2024.Parameters)
        {
            Assert.Equal(parameter.Timeline, file.Parameters.Parameters.Single(p => p.Key.Name == parameter.Key.Name).Timeline);
        }
    }

    [Theory]
    [InlineData("stockholm-2024.parameters.json")]
    [InlineData("boverket-grant.parameters.json")]
    public void The_shipped_parameter_files_pass_the_schema(string fileName)
    {
        using var document = JsonDocument.Parse(Embedded(fileName));
        var result = TestSchemas.Parameters.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid);
    }

    [Fact]
    public void A_bad_parameter_file_lists_every_problem_with_its_path()
    {
        const string Json = """
            {
              "formatVersion": 1,
              "ruleSet": "stockholm-2024",
              "parameters": {
                "cost.tolerence": [ { "value": 1.2, "effectiveFrom": "2024-01-01", "decided": null, "reference": { "document": "D", "section": "S" } } ],
                "evidence.currentWithinYears": [ { "value": "three", "effectiveFrom": "2024-01-01", "decided": null, "reference": { "document": "D", "section": "S" } } ],
                "cost.lighting.benchmarkPerUnit": [ { "value": 40000.5, "effectiveFrom": "2024-02-30", "decided": "2024-01-15", "reference": { "document": "D", "section": "S" } } ],
                "links.darkness": [ { "value": ["lighting", "lamps"], "effectiveFrom": "2024-01-01", "decided": null } ],
                "impact.reductionCap": [
                  { "value": 0.4, "effectiveFrom": "2024-01-01", "decided": null, "reference": { "document": "D", "section": "S" } },
                  { "value": 0.3, "effectiveFrom": "2024-01-01", "decided": null, "reference": { "document": "D", "section": "" } }
                ]
              }
            }
            """;

        var problems = Assert.Throws<ParameterFileException>(() => ParameterFileReader.Read(Json, ParameterKeys.All)).Problems;

        Assert.Equal(
            [
                ("$.parameters['cost.tolerence']", ValidationProblemCodes.UnknownWord),
                ("$.parameters['evidence.currentWithinYears'][0].value", ValidationProblemCodes.WrongType),
                ("$.parameters['cost.lighting.benchmarkPerUnit'][0].value", ValidationProblemCodes.WrongType),
                ("$.parameters['cost.lighting.benchmarkPerUnit'][0].effectiveFrom", ValidationProblemCodes.BadDate),
                ("$.parameters['links.darkness'][0].value[1]", ValidationProblemCodes.UnknownWord),
                ("$.parameters['links.darkness'][0].reference", ValidationProblemCodes.MissingField),
                ("$.parameters['impact.reductionCap'][1].effectiveFrom", ValidationProblemCodes.DuplicateEffectiveDate),
                ("$.parameters['impact.reductionCap'][1].reference.section", ValidationProblemCodes.EmptyValue),
            ],
            problems.Select(p => (p.Path, p.Code)));
        Assert.Contains("cost.tolerance", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("lighting, sightlines, activation", problems[4].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cost.lighting.benchmarkPerUnit", "-1", "0 to 1000000000000 kronor")]
    [InlineData("cost.lighting.benchmarkPerUnit", "1000000000001", "0 to 1000000000000 kronor")]
    [InlineData("cost.lighting.benchmarkPerUnit", "9223372036854775808", "0 to 1000000000000 kronor")]
    [InlineData("evidence.currentWithinYears", "-3", "0 to 2147483647")]
    [InlineData("evidence.currentWithinYears", "2147483648", "0 to 2147483647")]
    [InlineData("evidence.currentWithinYears", "1e30", "0 to 2147483647")]
    [InlineData("impact.prior.lighting", "1.5", "0 to 1")]
    [InlineData("impact.defaultUnsafeShare", "-0.1", "0 to 1")]
    [InlineData("impact.reductionCap", "1e400", "0 to 1")]
    [InlineData("cost.tolerance", "-1.5", "0 or more")]
    [InlineData("cost.tolerance", "1e30", "0 or more")]
    public void A_number_of_the_right_kind_outside_its_range_is_out_of_range_and_the_message_names_parameter_and_range(string parameter, string value, string range)
    {
        var problem = Assert.Single(Problems(parameter, value));

        Assert.Equal(($"$.parameters['{parameter}'][0].value", ValidationProblemCodes.OutOfRange), (problem.Path, problem.Code));
        Assert.Contains($"'{parameter}'", problem.Message, StringComparison.Ordinal);
        Assert.Contains($"is {value}, outside the allowed range {range}.", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cost.lighting.benchmarkPerUnit", "\"45000\"")]
    [InlineData("cost.lighting.benchmarkPerUnit", "45000.5")]
    [InlineData("evidence.currentWithinYears", "true")]
    [InlineData("evidence.currentWithinYears", "2.5")]
    [InlineData("impact.prior.lighting", "\"10%\"")]
    [InlineData("cost.tolerance", "null")]
    [InlineData("cost.lighting.unit", "42")]
    [InlineData("links.darkness", "\"lighting\"")]
    public void A_value_of_the_wrong_JSON_kind_is_the_wrong_type(string parameter, string value)
    {
        var problem = Assert.Single(Problems(parameter, value));

        Assert.Equal(($"$.parameters['{parameter}'][0].value", ValidationProblemCodes.WrongType), (problem.Path, problem.Code));
        Assert.Contains($"'{parameter}'", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cost.lighting.benchmarkPerUnit", "0")]
    [InlineData("cost.lighting.benchmarkPerUnit", "1000000000000")]
    [InlineData("evidence.currentWithinYears", "0")]
    [InlineData("evidence.currentWithinYears", "3.0")]
    [InlineData("impact.prior.lighting", "0")]
    [InlineData("impact.prior.lighting", "1")]
    [InlineData("cost.tolerance", "0")]
    [InlineData("cost.tolerance", "250.5")]
    public void A_value_on_the_edge_of_its_range_is_accepted(string parameter, string value)
    {
        Assert.Empty(Problems(parameter, value));
    }

    [Fact]
    public void An_empty_text_value_is_an_empty_value_not_a_wrong_type()
    {
        var problem = Assert.Single(Problems("cost.lighting.unit", "\" \""));

        Assert.Equal(("$.parameters['cost.lighting.unit'][0].value", ValidationProblemCodes.EmptyValue), (problem.Path, problem.Code));
    }

    [Fact]
    public void The_Boverket_state_share_is_a_share()
    {
        const string Json = """
            {
              "formatVersion": 1,
              "ruleSet": "boverket-grant",
              "parameters": {
                "grant.stateShare": [ { "value": 1.25, "effectiveFrom": "2021-01-01", "decided": null, "reference": { "document": "D", "section": "S" } } ]
              }
            }
            """;

        var problem = Assert.Single(Assert.Throws<ParameterFileException>(() => ParameterFileReader.Read(Json, BoverketParameters.Keys)).Problems);

        Assert.Equal(ValidationProblemCodes.OutOfRange, problem.Code);
        Assert.Contains("'grant.stateShare' is 1.25, outside the allowed range 0 to 1.", problem.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<ValidationProblem> Problems(string parameter, string value)
    {
        var json = $$"""
            {
              "formatVersion": 1,
              "ruleSet": "stockholm-2024",
              "parameters": {
                "{{parameter}}": [ { "value": {{value}}, "effectiveFrom": "2024-01-01", "decided": null, "reference": { "document": "D", "section": "S" } } ]
              }
            }
            """;
        try
        {
            ParameterFileReader.Read(json, ParameterKeys.All);
            return [];
        }
        catch (ParameterFileException ex)
        {
            return ex.Problems;
        }
    }

    [Fact]
    public void A_file_for_another_rule_set_is_refused()
    {
        var json = ParameterFileWriter.Write("goteborg-2025", new ParameterSet("x", [StockholmParameters.Stockholm2024.Get(ParameterKeys.CostTolerance)]));

        var problem = Assert.Single(Assert.Throws<ParameterFileException>(() => ParameterFileReader.ApplyTo(RuleSets.Stockholm2024, json)).Problems);

        Assert.Equal(("$.ruleSet", ValidationProblemCodes.RuleSetMismatch), (problem.Path, problem.Code));
    }

    [Fact]
    public void An_override_file_changes_exactly_the_parameters_it_names()
    {
        var reference = new ParameterReference("Uppsala kommun, KS 2025-03-04 § 61", "bilaga 2");
        var overrides = new ParameterSet("uppsala", [
            new Parameter<decimal>(ParameterKeys.CostTolerance, [new DatedValue<decimal>(1.2m, new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 4), reference)]),
            new Parameter<Sek>(ParameterKeys.LightingBenchmarkPerUnit, [new DatedValue<Sek>(Sek.FromKronor(50_000), new DateOnly(2025, 1, 1), null, reference)]),
        ]);

        var ruleSet = ParameterFileReader.ApplyTo(RuleSets.Stockholm2024, ParameterFileWriter.Write("stockholm-2024", overrides));

        var named = new[] { ParameterKeys.CostTolerance.Name, ParameterKeys.LightingBenchmarkPerUnit.Name };
        foreach (var parameter in ruleSet.Parameters.Parameters)
        {
            var expected = named.Contains(parameter.Key.Name) ? overrides.Parameters.Single(p => p.Key == parameter.Key) : RuleSets.Stockholm2024.Parameters.Parameters.Single(p => p.Key == parameter.Key);
            Assert.Equal(expected.Timeline, parameter.Timeline);
        }

        Assert.Equal(RuleSets.Stockholm2024.Parameters.Parameters.Count, ruleSet.Parameters.Parameters.Count);
        Assert.Same(RuleSets.Stockholm2024.Compile(), ruleSet.Compile());
    }
}
