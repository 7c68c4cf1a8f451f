using System.Globalization;

namespace Saas.Exchange.Edxml;

/// <summary>Names and formats of QCVN 102:2016 edXML as the national document exchange axis writes them.</summary>
public static class EdxmlFormat
{
    public const string Namespace = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    public const string Prefix = "edXML";

    public const string DateFormat = "yyyy/MM/dd";
    public const string TimestampFormat = "yyyy/MM/dd HH:mm:ss";

    /// <summary>Dates as the axis writes them, then the variant another implementation writes (dd/MM/yyyy).</summary>
    private static readonly string[] DateFormats = [DateFormat, "dd/MM/yyyy", "yyyy-MM-dd"];

    private static readonly string[] TimestampFormats = [TimestampFormat, "dd/MM/yyyy HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss"];

    public static string Format(DateOnly d) => d.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string Format(DateTime t) => t.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    public static bool TryParseDate(string? s, out DateOnly d) =>
        DateOnly.TryParseExact(s?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out d);

    public static bool TryParseTimestamp(string? s, out DateTime t) =>
        DateTime.TryParseExact(s?.Trim(), TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out t);
}
