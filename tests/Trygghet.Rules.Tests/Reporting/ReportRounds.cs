using Trygghet.Rules.Applications;
using Trygghet.Rules.Criteria;
using Trygghet.Rules.Decisions;
using Trygghet.Rules.Serialization;

namespace Trygghet.Rules.Tests.Reporting;

/// <summary>The rounds the report tests share, each run once: the built-in round and a copy of it with hostile text.</summary>
internal static class ReportRounds
{
    public const string ScriptTitle = "<script>alert(1)</script>";
    public const string HostileRoundName = "Trygghetsinvesteringar <script>alert(2)</script> & \u0001\u001b[31m (illustrativt exempel)";

    /// <summary>Board names a spreadsheet would run as formulas, by board index.</summary>
    public static readonly string[] FormulaBoardNames = ["=HYPERLINK(\"x\")", "+1", "@SUM(A1)", "-2+3", "\tx"];

    private static readonly Lazy<RoundResult> BuiltIn = new(() => new RoundRunner(RuleSets.Stockholm2024).Run(BuiltInRounds.Stockholm2024));
    private static readonly Lazy<RoundResult> HostileResult = new(() => new RoundRunner(RuleSets.Stockholm2024).Run(HostileRound()));

    /// <summary>Gets the result of the built-in illustrative Stockholm 2024 round.</summary>
    public static RoundResult Stockholm => BuiltIn.Value;

    /// <summary>Gets the result of the built-in round with a script for a title, formulas for board names and markup in places.</summary>
    public static RoundResult Hostile => HostileResult.Value;

    public static IEnumerable<ReportLanguage> Languages => [ReportLanguage.Swedish, ReportLanguage.English];

    private static Round HostileRound()
    {
        var round = BuiltInRounds.Stockholm2024;
        return round with
        {
            Name = HostileRoundName,
            Boards = [.. round.Boards.Select((b, i) => i < FormulaBoardNames.Length ? b with { Name = FormulaBoardNames[i] } : b)],
            Applications = [.. round.Applications.Select((a, i) => i switch
            {
                0 => a with { Title = ScriptTitle },
                1 => a with { Title = "=cmd|' /C calc'!A0", Site = a.Site with { Name = "Parken | [länk](https://evil.example) *fet* # rubrik" } },
                2 => a with { Title = "<img src=x onerror=alert(3)> & \"citat\" 'apostrof'" },
                _ => a,
            })],
        };
    }
}
