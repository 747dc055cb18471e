using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Criteria;
using Trygghet.Rules.Decisions;
using Trygghet.Rules.Reporting;
using Trygghet.Rules.Serialization;

namespace Trygghet.Rules.Tests.Reporting;

/// <summary>Another municipality names its own bodies once, in its parameter file, and every text follows.</summary>
public sealed class OrganisationNamesTests
{
    private const string Uppsala = """
        { "formatVersion": 1, "ruleSet": "stockholm-2024", "parameters": {},
          "messages": {
            "Term.Office": { "sv": "kommunledningskontoret", "en": "the Municipal Executive Office" },
            "Term.OfficeGenitive": { "sv": "kommunledningskontorets", "en": "the Municipal Executive Office's" },
            "Term.Committee": { "sv": "kommunstyrelsens arbetsutskott", "en": "the working committee of the municipal executive board" },
            "Term.City": { "sv": "kommunen", "en": "the municipality" },
            "Term.CityGenitive": { "sv": "kommunens", "en": "the municipality's" } } }
        """;

    private static readonly Lazy<RoundResult> Result = new(() =>
        new RoundRunner(ParameterFileReader.ApplyTo(RuleSets.Stockholm2024, Uppsala)).Run(BuiltInRounds.Stockholm2024));

    [Fact]
    public void A_template_term_reads_the_catalogue_and_is_capitalized_where_the_placeholder_is()
    {
        var catalogue = MessageCatalogue.Default
            .With("Term.Office", new LocalizedText("kommunledningskontoret", "the Municipal Executive Office"))
            .With("Test.Sentence", new LocalizedText("{Office} föreslår; fråga {office} om {site}.", "{Office} proposes; ask {office} about {site}."));

        var text = catalogue.Render("Test.Sentence", []);

        Assert.Equal("Kommunledningskontoret föreslår; fråga kommunledningskontoret om {site}.", text.Swedish);
        Assert.Equal("The Municipal Executive Office proposes; ask the Municipal Executive Office about {site}.", text.English);
    }

    [Fact]
    public void The_built_in_terms_are_Stockholms_and_a_catalogue_without_terms_falls_back_to_them()
    {
        var bare = new MessageCatalogue([new KeyValuePair<string, LocalizedText>("Only.One", new LocalizedText("a", "b"))]);

        Assert.Equal("stadsledningskontoret", Organisation.Stockholm.Office.Swedish);
        Assert.Equal(Organisation.Stockholm, Organisation.From(bare));
        Assert.Equal(Organisation.TermKeys.Order(StringComparer.Ordinal), MessageCatalogue.Default.Keys.Where(k => k.StartsWith("Term.", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(ReportLanguage.Swedish, "tadsledningskontor", "Kommunledningskontoret föreslår att")]
    [InlineData(ReportLanguage.English, "City Executive Office", "The Municipal Executive Office proposes that")]
    public void The_proposal_the_letters_and_the_motivations_name_the_municipalitys_own_bodies(ReportLanguage language, string stockholms, string own)
    {
        var result = Result.Value;
        var writer = new PlainTextReportWriter();
        var texts = new List<string> { writer.Render(ProposalReport.Create(result, language)) };
        texts.AddRange(FeedbackLetters.Create(result, language).Select(l => writer.Render(l.Document)));
        texts.AddRange(result.Decisions.Select(d => d.Motivation.In(language)));

        Assert.All(texts, t => Assert.DoesNotContain(stockholms, t, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(own, texts[0], StringComparison.Ordinal);
        Assert.Contains(language == ReportLanguage.Swedish ? "Kommunstyrelsens arbetsutskott beviljar medel" : "The working committee of the municipal executive board grants funds", texts[0], StringComparison.Ordinal);
        Assert.Contains(language == ReportLanguage.Swedish ? "avstämning av utkast med kommunledningskontoret" : "draft checked with the Municipal Executive Office", texts[0], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Messages_in_a_parameter_file_are_checked_and_every_problem_named()
    {
        const string Json = """
            { "formatVersion": 1, "ruleSet": "stockholm-2024", "parameters": {},
              "messages": {
                "Term.Ofice": { "sv": "x", "en": "y" },
                "Term.Office": { "sv": "kommunledningskontoret" },
                "Term.City": "kommunen",
                "Term.Committee": { "sv": "", "en": "c", "de": "k" } } }
            """;

        var problems = Assert.Throws<ParameterFileException>(() => ParameterFileReader.ApplyTo(RuleSets.Stockholm2024, Json)).Problems;

        Assert.Contains(problems, p => p.Path == "$.messages['Term.Ofice']" && p.Code == ValidationProblemCodes.UnknownWord && p.Message.Contains("Term.Office", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.messages['Term.Office'].en" && p.Code == ValidationProblemCodes.MissingField);
        Assert.Contains(problems, p => p.Path == "$.messages['Term.City']" && p.Code == ValidationProblemCodes.WrongType);
        Assert.Contains(problems, p => p.Path == "$.messages['Term.Committee'].sv" && p.Code == ValidationProblemCodes.EmptyValue);
        Assert.Contains(problems, p => p.Path == "$.messages['Term.Committee'].de" && p.Code == ValidationProblemCodes.UnknownWord);
        Assert.Equal(5, problems.Count);
    }

    [Fact]
    public void The_writer_writes_messages_that_read_back_and_reword_the_rule_set()
    {
        var messages = ParameterFileReader.Read(Uppsala, Trygghet.Rules.Parameters.ParameterKeys.All).Messages;
        var json = ParameterFileWriter.Write("stockholm-2024", new Trygghet.Rules.Parameters.ParameterSet("uppsala", []), messages);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        Assert.True(Serialization.TestSchemas.Parameters.Evaluate(document.RootElement).IsValid);

        var read = ParameterFileReader.Read(json, Trygghet.Rules.Parameters.ParameterKeys.All).Messages;
        Assert.Equal(messages.OrderBy(m => m.Key, StringComparer.Ordinal), read.OrderBy(m => m.Key, StringComparer.Ordinal));
        Assert.Equal("kommunen", ParameterFileReader.ApplyTo(RuleSets.Stockholm2024, json).Messages["Term.City"].Swedish);
        Assert.True(json.IndexOf("\"Term.City\"", StringComparison.Ordinal) < json.IndexOf("\"Term.Office\"", StringComparison.Ordinal));
        Assert.DoesNotContain("messages", ParameterFileWriter.Write("stockholm-2024", new Trygghet.Rules.Parameters.ParameterSet("uppsala", [])), StringComparison.Ordinal);
    }

    [Fact]
    public void A_parameter_file_with_messages_passes_the_schema_and_reads_back()
    {
        using var document = System.Text.Json.JsonDocument.Parse(Uppsala);
        Assert.True(Serialization.TestSchemas.Parameters.Evaluate(document.RootElement).IsValid);

        var file = ParameterFileReader.Read(Uppsala, Trygghet.Rules.Parameters.ParameterKeys.All);

        Assert.Equal(5, file.Messages.Count);
        Assert.Equal("kommunen", file.Messages["Term.City"].Swedish);
    }
}
