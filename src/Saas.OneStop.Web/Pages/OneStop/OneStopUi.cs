using Microsoft.AspNetCore.Html;
using Saas.OneStop.Applications;
using Saas.OneStop.Web.Pages;

namespace Saas.OneStop.Web.Pages.OneStop;

/// <summary>Labels and badges of the one-stop pages: national status names (codes 1–10), channels, timeliness.</summary>
public static class OneStopUi
{
    public static readonly string[] Views = ["queue", "mine", "overdue", "all"];

    public static IHtmlContent Status(ApplicationStatus status)
    {
        var html = new HtmlContentBuilder();
        html.AppendHtml($"<span class=\"badge os-status os-status-{(short)status}\" data-status=\"{(short)status}\">");
        html.Append(status.Name());
        return html.AppendHtml("</span>");
    }

    public static string Channel(short channel) => Channels.Name(channel);

    public static string Timeliness(string? value) => Saas.OneStop.Applications.Timeliness.Name(value);

    /// <summary>Still running and past the date promised to the citizen.</summary>
    public static bool IsLate(Application a, DateTimeOffset now) =>
        a.Status.IsOpen() && a.EffectiveAppointment is { } due && due < now;

    public static string When(DateTimeOffset? t) => PageFormat.DateTime(t);
}
