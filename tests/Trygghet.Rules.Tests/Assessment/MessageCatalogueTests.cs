using System.Text;
using FsCheck.Xunit;
using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Assessment;
using Trygghet.Rules.Criteria;

namespace Trygghet.Rules.Tests.Assessment;

public sealed class MessageCatalogueTests
{
    [Fact]
    public void With_ReplacesOneTemplateAndLeavesTheDefaultUntouched()
    {
        var custom = MessageCatalogue.Default.With("K9.DraftReviewed", new LocalizedText("Avstämt.", "Checked."));

        Assert.Equal("Avstämt.", custom["K9.DraftReviewed"].Swedish);
        Assert.Equal("Utkastet har stämts av med {office}.", MessageCatalogue.Default["K9.DraftReviewed"].Swedish);
        Assert.Equal(MessageCatalogue.Default.Keys, custom.Keys);
    }

    [Fact]
    public void Indexer_AnUnknownKey_ThrowsKeyNotFound() =>
        Assert.Throws<KeyNotFoundException>(() => MessageCatalogue.Default["K10.Unknown"]);

    [Fact]
    public void Every_criterion_has_a_name_in_both_languages()
    {
        foreach (var id in RuleSets.Stockholm2024.Rules.Select(r => r.CriterionId).Distinct())
        {
            var name = MessageCatalogue.Default["Criterion." + id];
            Assert.False(string.IsNullOrWhiteSpace(name.Swedish));
            Assert.False(string.IsNullOrWhiteSpace(name.English));
        }
    }

    [Fact]
    public void No_message_feedback_or_motivation_of_a_generated_round_leaves_a_placeholder_unfilled()
    {
        var round = AssessmentGenerators.RoundOf(400, seed: 7);
        var writer = new MotivationWriter();

        var result = Rounds.Assessor.Assess(round);

        var texts = result.Applications.SelectMany(a => a.Findings.Select(f => f.Message).Concat(a.Feedback).Append(writer.Write(a, a.Eligible)));
        Assert.All(texts, t =>
        {
            Assert.DoesNotContain('{', t.Swedish);
            Assert.DoesNotContain('{', t.English);
        });
        Assert.True(result.Applications.SelectMany(a => a.Findings).Select(f => f.Code).Distinct().Count() >= 35);
    }

    [Property(MaxTest = 500)]
    public bool Amounts_in_messages_read_exactly_as_Sek_formats_them(ushort millions, uint kronor, bool english)
    {
        var language = english ? ReportLanguage.English : ReportLanguage.Swedish;
        var amount = Sek.FromKronor((millions * 1_000_003L) + kronor);
        var builder = new StringBuilder();

        MessageArgument.AppendKronor(builder, amount, language);

        return builder.ToString() == amount.ToKronorString(language);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(999L)]
    [InlineData(1_000L)]
    [InlineData(45_000L)]
    [InlineData(2_700_000L)]
    [InlineData(long.MaxValue)]
    [InlineData(-150_000L)]
    public void Amounts_in_messages_read_exactly_as_Sek_formats_them_at_the_edges(long kronor)
    {
        foreach (var language in new[] { ReportLanguage.Swedish, ReportLanguage.English })
        {
            var builder = new StringBuilder();
            MessageArgument.AppendKronor(builder, Sek.FromKronor(kronor), language);
            Assert.Equal(Sek.FromKronor(kronor).ToKronorString(language), builder.ToString());
        }
    }
}
