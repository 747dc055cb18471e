using Trygghet.Rules.Amounts;
using Trygghet.Rules.Assessment;
using static Trygghet.Rules.Tests.Assessment.ApplicationBuilder;

namespace Trygghet.Rules.Tests.Assessment;

public sealed class MotivationWriterTests
{
    private static readonly MotivationWriter Writer = new();

    [Fact]
    public void Write_AboveTheEligibleAmount_Throws()
    {
        var assessment = Rounds.Assess(AnEligibleApplication());

        Assert.Throws<ArgumentOutOfRangeException>(() => Writer.Write(assessment, assessment.Eligible + Sek.FromKronor(1)));
    }

    [Fact]
    public void Write_ANegativeAmount_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Writer.Write(Rounds.Assess(AnEligibleApplication()), Sek.FromKronor(-1)));

    [Fact]
    public void Write_AnAmountForARejectedApplication_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Writer.Write(Rounds.Assess(AnEligibleApplication().NoEvidence()), Sek.FromKronor(100_000)));

    [Fact]
    public void Write_WithAnotherCatalogue_UsesItsWording()
    {
        var writer = new MotivationWriter(MessageCatalogue.Default.With(
            "Motivation.Granted", new LocalizedText("Beviljas {proposed}.", "Granted {proposed}.")));
        var assessment = Rounds.Assess(AnEligibleApplication());

        Assert.Equal(new LocalizedText("Beviljas 1,6 mnkr.", "Granted SEK 1.6m."), writer.Write(assessment, assessment.Eligible));
    }
}
