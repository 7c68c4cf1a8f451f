using System.Globalization;

namespace Saas.OneStop.Web.Pages;

/// <summary>Dates, sizes and paging links of the one-stop pages (Vietnam time, dd/MM/yyyy).</summary>
public static class PageFormat
{
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    public static string Date(DateOnly? d) => d?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";

    public static string Date(DateTimeOffset? d) => d is { } v ? VietnamTime.Date(v) : "";

    public static string DateTime(DateTimeOffset? d) => d is { } v ? VietnamTime.DateTime(v) : "";

    public static DateOnly? ParseDate(string? text) =>
        !string.IsNullOrWhiteSpace(text) && DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / 1024.0 / 1024.0:0.#} MB",
    };

    /// <summary>Page links keep every filter of the current query and change only the page.</summary>
    public static string WithQuery(HttpRequest request, string key, string? value)
    {
        var q = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(request.QueryString.Value)
            .ToDictionary(k => k.Key, k => (string?)k.Value.ToString());
        if (value is null)
        {
            q.Remove(key);
        }
        else
        {
            q[key] = value;
        }
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(request.PathBase + request.Path, q.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }
}
