namespace Saas.Calendar;

/// <summary>A date of the Vietnamese lunisolar calendar (âm lịch).</summary>
/// <param name="Year">Lunar year, numbered like the Gregorian year in which its month 1 begins (Tết 2025 starts lunar year 2025).</param>
/// <param name="Month">1–12 (tháng Giêng = 1, tháng Chạp = 12).</param>
/// <param name="Day">1–30 (a month has 29 or 30 days).</param>
/// <param name="IsLeapMonth">True for the intercalary month (tháng nhuận), which repeats the number of the month before it.</param>
public readonly record struct LunarDate(int Year, int Month, int Day, bool IsLeapMonth = false)
{
    public override string ToString() => $"{Day:00}/{Month:00}{(IsLeapMonth ? " (nhuận)" : "")}/{Year} ÂL";
}
