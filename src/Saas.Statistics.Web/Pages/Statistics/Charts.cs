using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;
using Saas.Statistics.Dashboards;

namespace Saas.Statistics.Web.Pages.Statistics;

/// <summary>
/// Server-rendered SVG charts: a trend line and horizontal bars. No script library: the page works printed,
/// offline and in a plain browser, and a leader reads it at a glance.
/// </summary>
public static class Charts
{
    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    /// <param name="target">Optional horizontal target line (e.g. 90%).</param>
    public static IHtmlContent Trend(IReadOnlyList<TrendPoint> points, string label, double? target = null, bool percent = true)
    {
        const int w = 560, h = 180, left = 36, bottom = 24, top = 10;
        var values = points.Select(p => p.Value).ToList();
        var max = percent ? 100 : Math.Max(1, values.Max() ?? 1);
        double X(int i) => left + (points.Count <= 1 ? 0 : i * (w - left - 10.0) / (points.Count - 1));
        double Y(double v) => top + (h - top - bottom) * (1 - v / max);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(label)}\">");
        foreach (var tick in new[] { 0.0, max / 2, max })
        {
            sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" x2=\"{w - 10}\" y1=\"{F(Y(tick))}\" y2=\"{F(Y(tick))}\" stroke=\"#ddd\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"2\" y=\"{F(Y(tick) + 4)}\" font-size=\"10\">{F(tick)}{(percent ? "%" : "")}</text>");
        }
        if (target is { } t)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" x2=\"{w - 10}\" y1=\"{F(Y(t))}\" y2=\"{F(Y(t))}\" stroke=\"#c62828\" stroke-dasharray=\"4 3\"/>");
        }
        var path = string.Join(' ', values.Select((v, i) => v is null ? null : $"{F(X(i))},{F(Y(v.Value))}").OfType<string>());
        sb.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"#1565c0\" stroke-width=\"2\" points=\"{path}\"/>");
        for (var i = 0; i < points.Count; i++)
        {
            if (values[i] is { } v)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{F(X(i))}\" cy=\"{F(Y(v))}\" r=\"3\" fill=\"#1565c0\"><title>{points[i].Month}: {F(v)}</title></circle>");
            }
            if (i % Math.Max(1, points.Count / 6) == 0)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(X(i) - 14)}\" y=\"{h - 6}\" font-size=\"10\">{points[i].Month}</text>");
            }
        }
        sb.Append("</svg>");
        return new HtmlString(sb.ToString());
    }

    /// <summary>One bar per unit, best first; the target as a red mark.</summary>
    public static IHtmlContent Bars(IReadOnlyList<(string Label, double Value)> rows, double? target = null, bool percent = true)
    {
        const int w = 560, row = 16, labelW = 220;
        var max = percent ? 100 : Math.Max(1, rows.Count == 0 ? 1 : rows.Max(r => r.Value));
        var h = Math.Max(row, rows.Count * row) + 4;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {w} {h}\" role=\"img\">");
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, value) = rows[i];
            var bw = (w - labelW - 50) * value / max;
            var y = i * row + 2;
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 11}\" font-size=\"10\">{WebUtility.HtmlEncode(label.Length > 38 ? label[..37] + "…" : label)}</text>");
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelW}\" y=\"{y}\" width=\"{F(bw)}\" height=\"{row - 4}\" fill=\"{(target is { } t && value < t ? "#ef6c00" : "#2e7d32")}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(labelW + bw + 4)}\" y=\"{y + 11}\" font-size=\"10\">{F(value)}{(percent ? "%" : "")}</text>");
        }
        if (target is { } tt)
        {
            var x = labelW + (w - labelW - 50) * tt / max;
            sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(x)}\" x2=\"{F(x)}\" y1=\"0\" y2=\"{h}\" stroke=\"#c62828\" stroke-dasharray=\"4 3\"/>");
        }
        sb.Append("</svg>");
        return new HtmlString(sb.ToString());
    }

    public static string Show(double? value, string unit) => value is not { } v ? "—" : unit switch
    {
        "percent" => v.ToString("0.##", CultureInfo.GetCultureInfo("vi-VN")) + "%",
        "days" => v.ToString("0.##", CultureInfo.GetCultureInfo("vi-VN")),
        _ => v.ToString("#,0", CultureInfo.GetCultureInfo("vi-VN")),
    };
}
