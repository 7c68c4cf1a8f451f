using System.Globalization;

namespace Saas.Web.Input;

/// <summary>
/// Dates a request may carry: years 1900–2100. Anything outside is a typo or a probe, and year 9999 or 0001 used to
/// overflow deadline and statistics arithmetic (adding working days past DateTime.MaxValue) into a 500.
/// </summary>
public static class InputDates
{
    public const int MinYear = 1900;
    public const int MaxYear = 2100;

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "yyyy-MM"];

    public static bool InRange(int year) => year is >= MinYear and <= MaxYear;

    public static bool InRange(DateOnly d) => InRange(d.Year);

    public static bool InRange(DateTime d) => InRange(d.Year);

    public static bool InRange(DateTimeOffset d) => InRange(d.Year) && InRange(d.UtcDateTime.Year);

    /// <summary>
    /// True when a text value is a date (in any form the API and the pages accept) outside the range. Values that
    /// are not dates at all are left to the field's own parsing; so is a year the parser cannot represent.
    /// </summary>
    public static bool IsOutOfRangeDate(string value)
    {
        if (value.Length is < 7 or > 40 || !char.IsAsciiDigit(value[0]))
        {
            return false;
        }
        if (DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return !InRange(d);
        }
        if (value.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dt))
        {
            return !InRange(dt);
        }
        return false;
    }

    /// <summary>A parameter named like a year ("year", "fromYear") carrying a whole number outside the range.</summary>
    public static bool IsOutOfRangeYear(string field, string value) =>
        field.EndsWith("year", StringComparison.OrdinalIgnoreCase)
        && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var year) && !InRange(year);
}
