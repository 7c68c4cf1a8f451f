namespace Saas.Calendar;

/// <summary>
/// Gregorian ⇄ Vietnamese lunar calendar, computed astronomically for Vietnamese civil time (UTC+7).
/// Using UTC+7 rather than Beijing time is why Vietnamese Tết can differ from the Chinese New Year
/// (1985: 21/01 in Vietnam, 20/02 in China; 2007: 17/02 vs 18/02). Supported Gregorian years 1901–2199.
/// </summary>
public static class VietnameseLunarCalendar
{
    /// <summary>Vietnam has kept UTC+7 since 1975 (the North since 1968); the calendar is computed in that zone.</summary>
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
