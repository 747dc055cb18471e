using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Reporting;

namespace Trygghet.Rules.Tests.Reporting;

public sealed partial class FrontierSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Theory]
    [InlineData(ReportLanguage.Swedish, "Förväntad effekt mot budget", "Budgetram 60,1 mnkr", "Budget (mnkr)")]
    [InlineData(ReportLanguage.English, "Expected impact against budget", "Budget ceiling SEK 60.1m", "Budget (SEK m)")]
    public void Render_BuiltInRound_IsAnSvgDocumentWithTitleAxesCeilingAndProposal(ReportLanguage language, string title, string ceiling, string xAxis)
    {
        var svg = XDocument.Parse(FrontierSvg.Render(ReportRounds.Stockholm, language)).Root!;
        var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();

        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal("0 0 760 440", svg.Attribute("viewBox")!.Value);
        Assert.Equal("760", svg.Attribute("width")!.Value);
        Assert.StartsWith(title, svg.Element(Svg + "title")!.Value, StringComparison.Ordinal);
        Assert.Contains(title, texts);
        Assert.Contains("Trygghetsinvesteringar 2024 (illustrativt exempel)", texts);
        Assert.Contains(ceiling, texts);
        Assert.Contains(xAxis, texts);
        Assert.Single(svg.Descendants(Svg + "line"), l => l.Attribute("stroke-dasharray") is not null);
        Assert.Single(svg.Descendants(Svg + "circle"), c => c.Attribute("r")!.Value == "5.5");
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName is "script" or "image" or "foreignObject" or "use");
    }

    [Fact]
    public void Render_StepLine_RisesWithTheBudgetAndTheProposalSitsOnItAtTheCeiling()
    {
        var svg = XDocument.Parse(FrontierSvg.Render(ReportRounds.Stockholm, ReportLanguage.Swedish)).Root!;
        var step = svg.Descendants(Svg + "path").Single(p => p.Attribute("stroke")!.Value == "#1f5fa8");
        var ceiling = svg.Descendants(Svg + "line").Single(l => l.Attribute("stroke-dasharray") is not null);
        var point = svg.Descendants(Svg + "circle").Single(c => c.Attribute("r")!.Value == "5.5");
        var (xs, ys) = Coordinates(step.Attribute("d")!.Value);

        Assert.Equal(xs.Order(), xs);
        Assert.Equal(ys.OrderDescending(), ys);
        Assert.Equal(ceiling.Attribute("x1")!.Value, point.Attribute("cx")!.Value);
        var cx = double.Parse(point.Attribute("cx")!.Value, CultureInfo.InvariantCulture);
        var cy = double.Parse(point.Attribute("cy")!.Value, CultureInfo.InvariantCulture);
        var yAtCeiling = ys[xs.FindLastIndex(x => x <= cx)];
        Assert.InRange(cy, yAtCeiling - 0.1, yAtCeiling + 0.1);
    }

    [Fact]
    public void Render_IsDeterministic() =>
        Assert.Equal(FrontierSvg.Render(ReportRounds.Stockholm, ReportLanguage.Swedish), FrontierSvg.Render(ReportRounds.Stockholm, ReportLanguage.Swedish));

    [Fact]
    public void Render_HostileRoundName_IsEscapedValidXml()
    {
        var text = FrontierSvg.Render(ReportRounds.Hostile, ReportLanguage.Swedish);
        var svg = XDocument.Parse(text).Root!;

        Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(2)&lt;/script&gt; &amp;", text, StringComparison.Ordinal);
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value.StartsWith("Trygghetsinvesteringar <script>alert(2)</script> & ", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_WithoutFrontier_DrawsTheCeilingAndSaysSo()
    {
        var svg = XDocument.Parse(FrontierSvg.Render(ReportRounds.Stockholm with { Frontier = [] }, ReportLanguage.English)).Root!;

        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "The frontier was not computed.");
        Assert.Single(svg.Descendants(Svg + "line"), l => l.Attribute("stroke-dasharray") is not null);
    }

    /// <summary>Reads the corners of a path made of M, H and V commands.</summary>
    private static (List<double> Xs, List<double> Ys) Coordinates(string path)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        double x = 0, y = 0;
        foreach (Match command in Commands().Matches(path))
        {
            var numbers = command.Groups[2].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(n => double.Parse(n, CultureInfo.InvariantCulture)).ToList();
            switch (command.Groups[1].Value)
            {
                case "M":
                    (x, y) = (numbers[0], numbers[1]);
                    break;
                case "H":
                    x = numbers[0];
                    break;
                default:
                    y = numbers[0];
                    break;
            }

            xs.Add(x);
            ys.Add(y);
        }

        return (xs, ys);
    }

    [GeneratedRegex("([MHV])([-0-9. ]+)")]
    private static partial Regex Commands();
}
