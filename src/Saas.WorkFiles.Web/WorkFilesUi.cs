using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Saas.WorkFiles.Web;

/// <summary>Formatting shared by the work-file and task pages (dates as Vietnamese offices write them).</summary>
public static class WorkFilesUi
{
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    public static string Date(DateOnly? d) => d?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";

    public static string DateTime(DateTimeOffset? d) => d is { } v ? VietnamTime.DateTime(v) : "";

    public static DateOnly? ParseDate(string? text) =>
        !string.IsNullOrWhiteSpace(text) && DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;

    /// <summary>Thời hạn bảo quản in the reader's language ("10 năm", "Vĩnh viễn"; "10 years", "Permanent").</summary>
    public static string Retention(IStringLocalizer t, int? years) =>
        years is { } y ? t["workfiles.web.retention.years", y].Value : t["workfiles.web.retention.permanent"].Value;

    public static string? Empty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
