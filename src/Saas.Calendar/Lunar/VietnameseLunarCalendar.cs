namespace Saas.Calendar;

/// <summary>
/// Gregorian ⇄ Vietnamese lunar calendar, computed astronomically for Vietnamese civil time (UTC+7).
/// Using UTC+7 rather than Beijing time is why Vietnamese Tết can differ from the Chinese New Year
/// (1985: 21/01 in Vietnam, 20/02 in China; 2007: 17/02 vs 18/02). Supported Gregorian years 1901–2199.
/// </summary>
/// <remarks>
/// Accuracy: at UTC+8 the same code reproduces .NET's Chinese calendar tables for every day of 1929–2100 except one
/// month around a new moon nine seconds from Beijing midnight (2057-09-28). Vietnamese dates at risk are those whose
/// new moon falls within a minute of Hanoi midnight: 2054-05-08 00:00:19, 2077-11-15 23:59:43, 2085-10-18 23:59:12
/// (computed); check them against the official printed calendar before relying on them. Before 1968 North Vietnam
/// still used UTC+8 (and the South UTC+8 until 1975), so earlier results are UTC+7 reconstructions, not the calendar
/// then in use.
/// </remarks>
public static class VietnameseLunarCalendar
{
    /// <summary>The calendar has been computed for UTC+7 since 1968 (in the North; nationwide since 1975).</summary>
    public const double UtcOffsetHours = 7;

    private static readonly LunisolarCalculator Calculator = new(UtcOffsetHours);

    public static LunarDate ToLunar(DateOnly date) => Calculator.ToLunar(date);

    /// <exception cref="ArgumentException">The lunar date does not exist (wrong leap flag, day 30 of a 29-day month, ...).</exception>
    public static DateOnly ToGregorian(LunarDate date) => Calculator.ToGregorian(date);

    /// <summary>The number of the leap month of a lunar year, or null when the year has 12 months.</summary>
    public static int? LeapMonthOf(int lunarYear) => Calculator.LeapMonthOf(lunarYear);

    /// <summary>Mùng 1 Tết: the first day of lunar year <paramref name="lunarYear"/>.</summary>
    public static DateOnly NewYear(int lunarYear) => ToGregorian(new LunarDate(lunarYear, 1, 1));
}
