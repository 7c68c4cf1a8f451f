using System.Globalization;

namespace Saas.Calendar.Tests;

/// <summary>
/// The same rules at UTC+8 must reproduce the Chinese calendar; .NET ships it as tables (ChineseLunisolarCalendar),
/// an independent reference for the astronomy (new moons, solar terms, leap months).
/// </summary>
public class ChineseReferenceTests
{
    [Fact]
    public void At_UTC_plus_8_the_calculator_reproduces_the_Chinese_calendar_tables_1929_to_2100()
    {
        // Starts in 1929 because China used Beijing local mean time (UTC+7:46) before, which moves a few months
        // (1914, 1916, 1920) by a day. One known borderline month: the new moon of 28/09/2057 computes to 23:59:51
        // Beijing time, nine seconds before midnight, within the error of the ΔT extrapolation; the tables start the
        // month on 29/09. In Vietnam (22:59) it is unambiguous.
        var borderline = (From: new DateOnly(2057, 9, 28), To: new DateOnly(2057, 10, 27));
        var reference = new ChineseLunisolarCalendar();
        var calculator = new LunisolarCalculator(utcOffsetHours: 8);
        var mismatches = new List<string>();

        for (var date = new DateOnly(1929, 1, 1); date <= new DateOnly(2100, 12, 31); date = date.AddDays(1))
        {
            if (date >= borderline.From && date <= borderline.To)
            {
                continue;
            }
            var time = date.ToDateTime(TimeOnly.MinValue);
            var year = reference.GetYear(time);
            var month = reference.GetMonth(time);
            var leap = reference.GetLeapMonth(year); // 1-based position of the leap month in the year, 0 if none
            var expected = new LunarDate(
                year,
                leap > 0 && month >= leap ? month - 1 : month,
                reference.GetDayOfMonth(time),
                leap > 0 && month == leap);

            var actual = calculator.ToLunar(date);
            if (actual != expected)
            {
                mismatches.Add($"{date:yyyy-MM-dd}: expected {expected}, computed {actual}");
            }
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} days differ, e.g.:\n" + string.Join("\n", mismatches.Take(20)));
    }
}
