using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Html;

namespace PublicPortal.Web.Features.Stats;

/// <summary>
/// Charts drawn on the server as inline SVG: no script, and nothing the CSP (style-src 'self') would block — only
/// presentation attributes, never style="". Each chart is role="img" named by its &lt;title&gt; and described by its
/// &lt;desc&gt;, which carries every number; series differ by pattern and by their text labels, not by colour alone.
/// The page shows the same numbers in a table beside each chart. XElement does the escaping of department names.
/// </summary>
public static class SvgCharts
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private const string Ink = "#1a1a1a", Grid = "#c8ced6", Blue = "#1f4e8c", Green = "#1d6b3a", Red = "#a4262c";
    private const string Font = "\"Microsoft YaHei\", \"PingFang SC\", \"WenQuanYi Micro Hei\", sans-serif";

    /// <summary>
    /// Horizontal grouped bars: 受理 (solid) and 按期办结 (hatched) per department, each bar labelled with its series and value.
    /// </summary>
    public static IHtmlContent ReceivedVsClosedOnTime(string id, string title, IReadOnlyList<DepartmentMonth> rows)
    {
        const int width = 760, labelWidth = 250, plotLeft = 262, plotWidth = 360, top = 44, bar = 14, group = 44;
        var height = top + rows.Count * group + 28;
        var max = NiceMax(rows.Select(r => Math.Max(r.Received, r.ClosedOnTime)).DefaultIfEmpty(0).Max());
        double X(int value) => plotLeft + (double)value / max * plotWidth;
        var hatch = $"{id}-hatch";

        var chart = Root(id, title, width, height,
            "按部门列出受理件数和按期办结件数。" + string.Join("；", rows.Select(r => $"{r.Department}：受理 {r.Received} 件，按期办结 {r.ClosedOnTime} 件")) + "。");
        chart.Add(new XElement(Svg + "defs", Hatch(hatch, Green)));
        chart.Add(Legend(plotLeft, 14, [("受理", Blue), ("按期办结", $"url(#{hatch})")]));

        var axisBottom = top + rows.Count * group;
        foreach (var tick in Ticks(max))
        {
            chart.Add(Line(X(tick), top - 6, X(tick), axisBottom, Grid));
            chart.Add(Text(X(tick), axisBottom + 16, Num(tick), "middle", 11));
        }
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var y = top + i * group + 4;
            chart.Add(Text(labelWidth, y + bar + 4, row.Department, "end", 12));
            chart.Add(Bar(plotLeft, y, X(row.Received) - plotLeft, bar, Blue, Blue));
            chart.Add(Text(X(row.Received) + 6, y + bar - 3, $"受理 {row.Received}", "start", 11));
            chart.Add(Bar(plotLeft, y + bar + 2, X(row.ClosedOnTime) - plotLeft, bar, $"url(#{hatch})", Green));
            chart.Add(Text(X(row.ClosedOnTime) + 6, y + 2 * bar - 1, $"按期办结 {row.ClosedOnTime}", "start", 11));
        }
        chart.Add(Line(plotLeft, top - 6, plotLeft, axisBottom, Ink));
        return Html(chart);
    }

    /// <summary>Vertical bars of the dissatisfaction rate per month (0–100 %), each labelled with its rate or “无评价”.</summary>
    public static IHtmlContent DissatisfactionByMonth(string id, string title, IReadOnlyList<RatingMonth> months)
    {
        const int width = 720, height = 280, left = 52, right = 712, top = 40, bottom = 220;
        var slot = (double)(right - left) / Math.Max(1, months.Count);
        static double Y(double rate) => bottom - rate * (bottom - top);
        var dots = $"{id}-dots";

        var chart = Root(id, title, width, height,
            "按月列出不满意率（不满意件数占评价件数的比例）。" + string.Join("；", months.Select(m =>
                m.Rated == 0
                    ? $"{m.Month.Cn}：无评价"
                    : $"{m.Month.Cn}：{StatsFormat.Percent(m.DissatisfactionRate)}（评价 {m.Rated} 件，不满意 {m.Dissatisfied} 件）")) + "。");
        chart.Add(new XElement(Svg + "defs", Dots(dots, Red)));
        chart.Add(Legend(left, 14, [("不满意率", $"url(#{dots})")]));
        foreach (var tick in new[] { 0, 25, 50, 75, 100 })
        {
            chart.Add(Line(left, Y(tick / 100.0), right, Y(tick / 100.0), tick == 0 ? Ink : Grid));
            chart.Add(Text(left - 6, Y(tick / 100.0) + 4, $"{tick}%", "end", 11));
        }
        for (var i = 0; i < months.Count; i++)
        {
            var m = months[i];
            var centre = left + slot * i + slot / 2;
            if (m.DissatisfactionRate is { } rate)
            {
                chart.Add(Bar(centre - 14, Y(rate), 28, bottom - Y(rate), $"url(#{dots})", Red));
                chart.Add(Text(centre, Y(rate) - 5, StatsFormat.Percent(rate), "middle", 11));
            }
            else
            {
                chart.Add(Text(centre, bottom - 5, "无评价", "middle", 10));
            }
            chart.Add(Text(centre, bottom + 18, $"{m.Month.Month}月", "middle", 11));
            // The year under the first month and under every January, as printed bulletins label a time axis.
            if (i == 0 || m.Month.Month == 1) chart.Add(Text(centre, bottom + 34, $"{m.Month.Year}年", "middle", 11));
        }
        return Html(chart);
    }

    /// <summary>Vertical grouped bars per month: 受理 (solid) and 办结 (hatched), each bar labelled with its value.</summary>
    public static IHtmlContent VolumeByMonth(string id, string title, IReadOnlyList<VolumeMonth> months)
    {
        const int width = 720, height = 280, left = 52, right = 712, top = 40, bottom = 220;
        var slot = (double)(right - left) / Math.Max(1, months.Count);
        var max = NiceMax(months.Select(m => Math.Max(m.Received, m.Closed)).DefaultIfEmpty(0).Max());
        double Y(int value) => bottom - (double)value / max * (bottom - top);
        var hatch = $"{id}-hatch";

        var chart = Root(id, title, width, height,
            "按月列出受理件数和办结件数。" + string.Join("；", months.Select(m => $"{m.Month.Cn}：受理 {m.Received} 件，办结 {m.Closed} 件")) + "。");
        chart.Add(new XElement(Svg + "defs", Hatch(hatch, Green)));
        chart.Add(Legend(left, 14, [("受理", Blue), ("办结", $"url(#{hatch})")]));
        foreach (var tick in Ticks(max))
        {
            chart.Add(Line(left, Y(tick), right, Y(tick), tick == 0 ? Ink : Grid));
            chart.Add(Text(left - 6, Y(tick) + 4, Num(tick), "end", 11));
        }
        for (var i = 0; i < months.Count; i++)
        {
            var m = months[i];
            var centre = left + slot * i + slot / 2;
            chart.Add(Bar(centre - 17, Y(m.Received), 16, bottom - Y(m.Received), Blue, Blue));
            chart.Add(Text(centre - 9, Y(m.Received) - 4, Num(m.Received), "middle", 10));
            chart.Add(Bar(centre + 1, Y(m.Closed), 16, bottom - Y(m.Closed), $"url(#{hatch})", Green));
            chart.Add(Text(centre + 9, Y(m.Closed) - 4, Num(m.Closed), "middle", 10));
            chart.Add(Text(centre, bottom + 18, $"{m.Month.Month}月", "middle", 11));
            if (i == 0 || m.Month.Month == 1) chart.Add(Text(centre, bottom + 34, $"{m.Month.Year}年", "middle", 11));
        }
        return Html(chart);
    }

    private static XElement Root(string id, string title, int width, int height, string description) =>
        new(Svg + "svg",
            new XAttribute("id", id), new XAttribute("class", "chart"), new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", $"{id}-title"), new XAttribute("aria-describedby", $"{id}-desc"),
            new XAttribute("viewBox", $"0 0 {width} {height}"), new XAttribute("width", "100%"),
            new XAttribute("preserveAspectRatio", "xMinYMin meet"),
            new XAttribute("font-family", Font), new XAttribute("fill", Ink),
            new XElement(Svg + "title", new XAttribute("id", $"{id}-title"), title),
            new XElement(Svg + "desc", new XAttribute("id", $"{id}-desc"), description));

    private static XElement Legend(double x, double y, IEnumerable<(string Label, string Fill)> items)
    {
        var legend = new XElement(Svg + "g", new XAttribute("class", "legend"));
        foreach (var (label, fill) in items)
        {
            legend.Add(Bar(x, y - 10, 14, 14, fill, Ink));
            legend.Add(Text(x + 20, y + 2, label, "start", 12));
            x += 40 + label.Length * 13;
        }
        return legend;
    }

    private static XElement Hatch(string id, string colour) =>
        new(Svg + "pattern", new XAttribute("id", id), new XAttribute("patternUnits", "userSpaceOnUse"),
            new XAttribute("width", 6), new XAttribute("height", 6), new XAttribute("patternTransform", "rotate(45)"),
            new XElement(Svg + "rect", new XAttribute("width", 6), new XAttribute("height", 6), new XAttribute("fill", "#ffffff")),
            new XElement(Svg + "rect", new XAttribute("width", 3), new XAttribute("height", 6), new XAttribute("fill", colour)));

    private static XElement Dots(string id, string colour) =>
        new(Svg + "pattern", new XAttribute("id", id), new XAttribute("patternUnits", "userSpaceOnUse"),
            new XAttribute("width", 6), new XAttribute("height", 6),
            new XElement(Svg + "rect", new XAttribute("width", 6), new XAttribute("height", 6), new XAttribute("fill", "#f6d5d6")),
            new XElement(Svg + "circle", new XAttribute("cx", 3), new XAttribute("cy", 3), new XAttribute("r", 1.6),
                new XAttribute("fill", colour)));

    private static XElement Bar(double x, double y, double w, double h, string fill, string stroke) =>
        new(Svg + "rect", new XAttribute("x", F(x)), new XAttribute("y", F(y)), new XAttribute("width", F(Math.Max(0, w))),
            new XAttribute("height", F(Math.Max(0, h))), new XAttribute("fill", fill), new XAttribute("stroke", stroke),
            new XAttribute("stroke-width", 1));

    private static XElement Line(double x1, double y1, double x2, double y2, string stroke) =>
        new(Svg + "line", new XAttribute("x1", F(x1)), new XAttribute("y1", F(y1)), new XAttribute("x2", F(x2)),
            new XAttribute("y2", F(y2)), new XAttribute("stroke", stroke), new XAttribute("stroke-width", 1));

    private static XElement Text(double x, double y, string text, string anchor, int size) =>
        new(Svg + "text", new XAttribute("x", F(x)), new XAttribute("y", F(y)), new XAttribute("text-anchor", anchor),
            new XAttribute("font-size", size), text);

    /// <summary>A round upper bound for the axis (1, 2, 5 × 10ⁿ), at least 1.</summary>
    public static int NiceMax(int value)
    {
        if (value <= 1) return 1;
        var magnitude = (int)Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1, 2, 5, 10 })
            if (step * magnitude >= value) return step * magnitude;
        return 10 * magnitude;
    }

    private static IEnumerable<int> Ticks(int max)
    {
        var step = max <= 5 ? 1 : max / 5;
        for (var t = 0; t <= max; t += step) yield return t;
    }

    private static string F(double v) => Math.Round(v, 1).ToString(CultureInfo.InvariantCulture);
    private static string Num(int v) => v.ToString(CultureInfo.InvariantCulture);

    private static HtmlString Html(XElement svg) => new(svg.ToString(SaveOptions.DisableFormatting));
}
