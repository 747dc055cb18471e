namespace Trygghet.Rules.Reporting;

using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Decisions;

/// <summary>
/// Draws the frontier as SVG: the optimal expected impact against the budget as a step line, with the budget ceiling
/// and the proposal marked.
/// </summary>
/// <remarks>
/// Hand-written rather than drawn with a plotting library: the picture needs no fonts or native code, so the same result
/// gives the same bytes on every machine. All text is escaped by <see cref="System.Xml.Linq"/>; the picture has a fixed
/// size (<see cref="Width"/> × <see cref="Height"/>) with a matching <c>viewBox</c> and references nothing outside itself.
/// </remarks>
public static class FrontierSvg
{
    /// <summary>The picture's width in pixels.</summary>
    public const int Width = 760;

    /// <summary>The picture's height in pixels.</summary>
    public const int Height = 440;

    private const double Left = 84;
    private const double Right = Width - 24;
    private const double Bottom = Height - 56;
    private const string Font = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
    private static readonly XNamespace SvgNamespace = "http://www.w3.org/2000/svg";

    /// <summary>Draws the frontier of a round's result as a standalone SVG document.</summary>
    /// <param name="result">The round's result; without frontier points only the ceiling and the proposal are drawn.</param>
    /// <param name="language">The language of the labels.</param>
    /// <returns>The SVG text, ending with a newline.</returns>
    public static string Render(RoundResult result, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Serialize(Draw(result, language, SvgNamespace));
    }

    /// <summary>Draws the picture as an <c>svg</c> element without a namespace declaration, for embedding in HTML.</summary>
    internal static string RenderInline(RoundResult result, ReportLanguage language) => Serialize(Draw(result, language, XNamespace.None));

    /// <summary>The optimal impact at a budget: that of the last frontier point whose budget does not exceed it.</summary>
    internal static FrontierPoint? At(IReadOnlyList<FrontierPoint> frontier, Sek budget) => frontier.LastOrDefault(p => p.Budget <= budget);

    private static XElement Draw(RoundResult result, ReportLanguage language, XNamespace ns)
    {
        var frontier = result.Frontier.OrderBy(p => p.Budget).ToList();
        var ceiling = result.Allocation.BudgetCeiling;
        var used = result.Allocation.BudgetUsed;
        var chosenImpact = result.Allocation.Objective;
        var illustrative = ReportText.IsIllustrative(result.Round);
        var top = illustrative ? 84.0 : 68.0;

        var maxBudget = Math.Max(Math.Max(ceiling.Kronor, used.Kronor), frontier.Count == 0 ? 0 : frontier[^1].Budget.Kronor);
        var xStep = NiceStep(Math.Max(maxBudget, 1) * 1.05 / 1_000_000d);
        var xMax = Math.Ceiling(Math.Max(maxBudget, 1) * 1.05 / 1_000_000d / xStep) * xStep;
        var maxImpact = Math.Max(chosenImpact, frontier.Count == 0 ? 0 : frontier.Max(p => p.Impact));
        var yStep = NiceStep(Math.Max(maxImpact, 1) * 1.12);
        var yMax = Math.Ceiling(Math.Max(maxImpact, 1) * 1.12 / yStep) * yStep;
        double X(Sek budget) => Left + (budget.Kronor / 1_000_000d / xMax * (Right - Left));
        double Y(double impact) => Bottom - (impact / yMax * (Bottom - top));

        var title = ReportText.T(language, "Förväntad effekt mot budget", "Expected impact against budget");
        var svg = new XElement(
            ns + "svg",
            new XAttribute("width", Width),
            new XAttribute("height", Height),
            new XAttribute("viewBox", $"0 0 {Width} {Height}"),
            new XAttribute("role", "img"),
            new XAttribute("aria-label", Text(title + ": " + result.Round.Name)),
            new XAttribute("font-family", Font),
            new XAttribute("font-size", 12),
            new XElement(ns + "title", Text(title + ": " + result.Round.Name)),
            new XElement(ns + "rect", new XAttribute("width", Width), new XAttribute("height", Height), new XAttribute("fill", "#ffffff")),
            Label(ns, Width / 2d, 26, title, "middle", 17, bold: true),
            Label(ns, Width / 2d, 46, result.Round.Name, "middle", 13));
        if (illustrative)
        {
            svg.Add(Label(ns, Width / 2d, 64, ReportText.T(language, "Illustrativt exempel: påhittade ansökningar och belopp", "Illustrative example: invented applications and amounts"), "middle", 12, fill: "#8a4b00"));
        }

        var grid = new XElement(ns + "g", new XAttribute("stroke", "#e3e6ea"), new XAttribute("stroke-width", 1));
        var ticks = new XElement(ns + "g", new XAttribute("fill", "#333333"));
        for (var i = 0; i * xStep <= xMax + (xStep / 1e6); i++)
        {
            var value = i * xStep;
            var x = Left + (value / xMax * (Right - Left));
            grid.Add(Line(ns, x, top, x, Bottom));
            ticks.Add(Label(ns, x, Bottom + 18, ReportText.Number(value, language, "#,0.##"), "middle", 12));
        }

        for (var i = 0; i * yStep <= yMax + (yStep / 1e6); i++)
        {
            var value = i * yStep;
            var y = Y(value);
            grid.Add(Line(ns, Left, y, Right, y));
            ticks.Add(Label(ns, Left - 8, y + 4, ReportText.Number(value, language, "#,0.##"), "end", 12));
        }

        svg.Add(grid, ticks);
        svg.Add(new XElement(
            ns + "path",
            new XAttribute("d", $"M{F(Left)} {F(top)}V{F(Bottom)}H{F(Right)}"),
            new XAttribute("fill", "none"),
            new XAttribute("stroke", "#555555"),
            new XAttribute("stroke-width", 1)));
        svg.Add(Label(ns, (Left + Right) / 2, Height - 14, ReportText.T(language, "Budget (mnkr)", "Budget (SEK m)"), "middle", 13));
        var yLabel = Label(ns, 0, 0, ReportText.T(language, "Förväntad effekt (personår)", "Expected impact (person-years)"), "middle", 13);
        yLabel.Add(new XAttribute("transform", $"translate(18 {F((top + Bottom) / 2)}) rotate(-90)"));
        svg.Add(yLabel);

        if (frontier.Count > 0)
        {
            svg.Add(new XElement(
                ns + "path",
                new XAttribute("d", StepPath(frontier, X, Y, Right)),
                new XAttribute("fill", "none"),
                new XAttribute("stroke", "#1f5fa8"),
                new XAttribute("stroke-width", 2),
                new XAttribute("stroke-linejoin", "round")));
        }
        else
        {
            svg.Add(Label(ns, (Left + Right) / 2, (top + Bottom) / 2, ReportText.T(language, "Fronten har inte beräknats.", "The frontier was not computed."), "middle", 13, fill: "#555555"));
        }

        var xc = X(ceiling);
        svg.Add(new XElement(
            ns + "line",
            new XAttribute("x1", F(xc)),
            new XAttribute("y1", F(top)),
            new XAttribute("x2", F(xc)),
            new XAttribute("y2", F(Bottom)),
            new XAttribute("stroke", "#b22222"),
            new XAttribute("stroke-width", 1.5),
            new XAttribute("stroke-dasharray", "6 4")));
        var ceilingText = ReportText.T(language, "Budgetram ", "Budget ceiling ") + ceiling.ToMillionsString(language);
        var ceilingOnRight = xc + 8 + (ceilingText.Length * 6.5) <= Right;
        svg.Add(Label(ns, ceilingOnRight ? xc + 6 : xc - 6, top + 14, ceilingText, ceilingOnRight ? "start" : "end", 12, fill: "#b22222"));

        var px = X(used);
        var py = Y(chosenImpact);
        svg.Add(new XElement(
            ns + "circle",
            new XAttribute("cx", F(px)),
            new XAttribute("cy", F(py)),
            new XAttribute("r", 5.5),
            new XAttribute("fill", "#e07b00"),
            new XAttribute("stroke", "#ffffff"),
            new XAttribute("stroke-width", 1.5)));
        var chosenText = ReportText.T(language, "Förslaget: ", "Proposal: ") + ReportText.PersonYears(chosenImpact, language)
            + ReportText.T(language, " personår för ", " person-years for ") + used.ToMillionsString(language);
        var chosenOnLeft = px - 10 - (chosenText.Length * 6.5) >= Left;
        svg.Add(Label(ns, chosenOnLeft ? px - 10 : px + 10, Math.Max(py - 10, top + 30), chosenText, chosenOnLeft ? "end" : "start", 12, bold: true, fill: "#7a4300"));

        svg.Add(Legend(ns, language, frontier.Count > 0));
        return svg;
    }

    private static XElement Legend(XNamespace ns, ReportLanguage language, bool hasFrontier)
    {
        var line = ReportText.T(language, "Största möjliga effekt vid varje budget", "Largest possible impact at each budget");
        var dot = ReportText.T(language, "Förslaget inom budgetramen", "The proposal within the ceiling");

        // About 6.6 pixels per character at 12 pixels: wide enough for the usual sans-serif fonts.
        var width = 44 + (Math.Max(line.Length, dot.Length) * 6.6);
        var x = Right - width;
        var y = Bottom - 44;
        var legend = new XElement(
            ns + "g",
            new XElement(ns + "rect", new XAttribute("x", F(x - 10)), new XAttribute("y", F(y - 14)), new XAttribute("width", F(width)), new XAttribute("height", 52), new XAttribute("fill", "#ffffff"), new XAttribute("stroke", "#d0d4d9")));
        if (hasFrontier)
        {
            legend.Add(new XElement(ns + "line", new XAttribute("x1", F(x)), new XAttribute("y1", F(y)), new XAttribute("x2", F(x + 22)), new XAttribute("y2", F(y)), new XAttribute("stroke", "#1f5fa8"), new XAttribute("stroke-width", 2)));
            legend.Add(Label(ns, x + 30, y + 4, line, "start", 12));
        }

        legend.Add(new XElement(ns + "circle", new XAttribute("cx", F(x + 11)), new XAttribute("cy", F(y + 22)), new XAttribute("r", 5), new XAttribute("fill", "#e07b00")));
        legend.Add(Label(ns, x + 30, y + 26, dot, "start", 12));
        return legend;
    }

    private static string StepPath(List<FrontierPoint> frontier, Func<Sek, double> x, Func<double, double> y, double right)
    {
        var path = new StringBuilder();
        var lastX = x(frontier[0].Budget);
        var lastY = y(frontier[0].Impact);
        path.Append('M').Append(F(lastX)).Append(' ').Append(F(lastY));
        foreach (var point in frontier.Skip(1))
        {
            var px = x(point.Budget);
            var py = y(point.Impact);
            if (F(px) != F(lastX))
            {
                path.Append('H').Append(F(px));
                lastX = px;
            }

            if (F(py) != F(lastY))
            {
                path.Append('V').Append(F(py));
                lastY = py;
            }
        }

        return path.Append('H').Append(F(right)).ToString();
    }

    private static XElement Line(XNamespace ns, double x1, double y1, double x2, double y2) => new(
        ns + "line",
        new XAttribute("x1", F(x1)),
        new XAttribute("y1", F(y1)),
        new XAttribute("x2", F(x2)),
        new XAttribute("y2", F(y2)));

    private static XElement Label(XNamespace ns, double x, double y, string text, string anchor, int size, bool bold = false, string? fill = null)
    {
        var element = new XElement(
            ns + "text",
            new XAttribute("x", F(x)),
            new XAttribute("y", F(y)),
            new XAttribute("text-anchor", anchor),
            new XAttribute("font-size", size));
        if (bold)
        {
            element.Add(new XAttribute("font-weight", "bold"));
        }

        if (fill is not null)
        {
            element.Add(new XAttribute("fill", fill));
        }

        element.Add(Text(text));
        return element;
    }

    /// <summary>Keeps only characters XML allows, so any input text can be written.</summary>
    private static string Text(string text)
    {
        var clean = ReportText.Clean(text);
        return clean.All(XmlConvert.IsXmlChar) ? clean : new string([.. clean.Where(XmlConvert.IsXmlChar)]);
    }

    /// <summary>A round step (1, 2, 2.5 or 5 times a power of ten) that divides the range into at most ten parts.</summary>
    private static double NiceStep(double range)
    {
        var raw = range / 10;
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        foreach (var factor in (ReadOnlySpan<double>)[1, 2, 2.5, 5, 10])
        {
            if (factor * power >= raw)
            {
                return factor * power;
            }
        }

        return 10 * power;
    }

    private static string F(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Serialize(XElement svg)
    {
        var settings = new XmlWriterSettings
        {
            OmitXmlDeclaration = true,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(builder, settings))
        {
            svg.WriteTo(writer);
        }

        return builder.Append('\n').ToString();
    }
}
