using System.Globalization;

namespace Saas.Statistics.Dashboards;

/// <summary>A dashboard period: whole months, "yyyy-MM" to "yyyy-MM" (at most five years).</summary>
public sealed record MonthRange(DateOnly From, DateOnly To)
{
    public static MonthRange LastTwelve(DateOnly today)
    {
        var to = new DateOnly(today.Year, today.Month, 1);
        return new MonthRange(to.AddMonths(-11), to);
    }

    /// <returns>null with an error text key (<c>Resources/statistics.*.json</c>) when the input is not a valid range.</returns>
    public static (MonthRange? Range, string? Error) Parse(string? from, string? to, DateOnly today)
    {
        var fallback = LastTwelve(today);
        if (!TryMonth(from, fallback.From, out var f) || !TryMonth(to, fallback.To, out var t))
        {
            return (null, "statistics.period.month_format");
        }
        if (t < f || f.AddYears(5) <= t)
        {
            return (null, "statistics.period.month_span");
        }
        return (new MonthRange(f, t), null);
    }

    private static bool TryMonth(string? text, DateOnly fallback, out DateOnly month)
    {
        month = fallback;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        if (DateOnly.TryParseExact(text.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m))
        {
            month = m;
            return true;
        }
        return false;
    }

    public string FromKey => Indicators.MonthKey(From);

    public string ToKey => Indicators.MonthKey(To);
}
