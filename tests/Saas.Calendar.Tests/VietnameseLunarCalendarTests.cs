namespace Saas.Calendar.Tests;

public class VietnameseLunarCalendarTests
{
    [Theory]
    [InlineData(2020, "2020-01-25")]
    [InlineData(2021, "2021-02-12")]
    [InlineData(2022, "2022-02-01")]
    [InlineData(2023, "2023-01-22")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(1985, "1985-01-21")] // Vietnam; China celebrated on 20/02/1985
    public void Tet_is_the_first_day_of_the_lunar_year(int lunarYear, string gregorian)
    {
        var date = DateOnly.Parse(gregorian);

        Assert.Equal(date, VietnameseLunarCalendar.ToGregorian(new LunarDate(lunarYear, 1, 1)));
        Assert.Equal(new LunarDate(lunarYear, 1, 1, false), VietnameseLunarCalendar.ToLunar(date));
    }

    [Theory]
    // From memory [M]; in these years Vietnamese Tết coincides with Chinese New Year except 2007 (tested below).
    [InlineData(2000, "2000-02-05")]
    [InlineData(2001, "2001-01-24")]
    [InlineData(2002, "2002-02-12")]
    [InlineData(2003, "2003-02-01")]
    [InlineData(2004, "2004-01-22")]
    [InlineData(2005, "2005-02-09")]
    [InlineData(2006, "2006-01-29")]
    [InlineData(2008, "2008-02-07")]
    [InlineData(2009, "2009-01-26")]
    [InlineData(2010, "2010-02-14")]
    [InlineData(2011, "2011-02-03")]
    [InlineData(2012, "2012-01-23")]
    [InlineData(2013, "2013-02-10")]
    [InlineData(2014, "2014-01-31")]
    [InlineData(2015, "2015-02-19")]
    [InlineData(2016, "2016-02-08")]
    [InlineData(2017, "2017-01-28")]
    [InlineData(2018, "2018-02-16")]
    [InlineData(2019, "2019-02-05")]
    public void Tet_of_earlier_years(int lunarYear, string gregorian)
    {
        Assert.Equal(DateOnly.Parse(gregorian), VietnameseLunarCalendar.NewYear(lunarYear));
    }

    [Fact]
    public void Months_have_29_or_30_days_and_years_12_or_13_months()
    {
        var previous = VietnameseLunarCalendar.ToLunar(new DateOnly(1980, 1, 1));
        var monthsInYear = 0;
        for (var date = new DateOnly(1980, 1, 2); date <= new DateOnly(2050, 12, 31); date = date.AddDays(1))
        {
            var lunar = VietnameseLunarCalendar.ToLunar(date);
            if (lunar.Day != previous.Day + 1)
            {
                Assert.Equal(1, lunar.Day);
                Assert.InRange(previous.Day, 29, 30);
                monthsInYear++;
                if (lunar.Month == 1 && !lunar.IsLeapMonth)
                {
                    Assert.Equal(previous.Year + 1, lunar.Year);
                    if (lunar.Year > 1981)
                    {
                        Assert.InRange(monthsInYear, 12, 13);
                        Assert.Equal(monthsInYear == 13, VietnameseLunarCalendar.LeapMonthOf(previous.Year) is not null);
                    }
                    monthsInYear = 0;
                }
            }
            previous = lunar;
        }
    }

    [Theory]
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    public void Hung_Kings_day_is_10_3_lunar(int lunarYear, string gregorian)
    {
        Assert.Equal(DateOnly.Parse(gregorian), VietnameseLunarCalendar.ToGregorian(new LunarDate(lunarYear, 3, 10)));
    }

    [Fact]
    public void Year_2023_has_leap_month_2()
    {
        Assert.Equal(2, VietnameseLunarCalendar.LeapMonthOf(2023));

        // Month 2 starts 20/02/2023, the leap month 2 on 22/03/2023 (new moon 21/03 17:23 UTC = 00:23 on the 22nd
        // in Vietnam), month 3 on 20/04/2023.
        Assert.Equal(new DateOnly(2023, 2, 20), VietnameseLunarCalendar.ToGregorian(new LunarDate(2023, 2, 1)));
        Assert.Equal(new DateOnly(2023, 3, 22), VietnameseLunarCalendar.ToGregorian(new LunarDate(2023, 2, 1, IsLeapMonth: true)));
        Assert.Equal(new DateOnly(2023, 4, 20), VietnameseLunarCalendar.ToGregorian(new LunarDate(2023, 3, 1)));
        Assert.Equal(new LunarDate(2023, 2, 1, true), VietnameseLunarCalendar.ToLunar(new DateOnly(2023, 3, 22)));
        Assert.Equal(new LunarDate(2023, 2, 30, false), VietnameseLunarCalendar.ToLunar(new DateOnly(2023, 3, 21)));
    }

    [Theory]
    [InlineData(2024, null)]
    [InlineData(2020, 4)] // from memory [M]: "tháng 4 nhuận" of Canh Tý
    [InlineData(2025, 6)] // from memory [M]: "tháng 6 nhuận" of Ất Tỵ
    public void Leap_months_of_other_years(int lunarYear, int? leapMonth)
    {
        Assert.Equal(leapMonth, VietnameseLunarCalendar.LeapMonthOf(lunarYear));
    }

    [Fact]
    public void A_leap_month_that_does_not_exist_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => VietnameseLunarCalendar.ToGregorian(new LunarDate(2023, 3, 1, IsLeapMonth: true)));
        Assert.Throws<ArgumentException>(() => VietnameseLunarCalendar.ToGregorian(new LunarDate(2024, 2, 1, IsLeapMonth: true)));
    }

    [Fact]
    public void Day_30_of_a_29_day_month_is_rejected()
    {
        // Tháng Chạp of Giáp Thìn ends on 28/01/2025 (29 Tết), the eve of Tết Ất Tỵ.
        Assert.Equal(new LunarDate(2024, 12, 29), VietnameseLunarCalendar.ToLunar(new DateOnly(2025, 1, 28)));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToGregorian(new LunarDate(2024, 12, 30)));
    }

    [Theory]
    // The lunar dates quoted in the official announcements of the Tết breaks.
    [InlineData("2025-01-25", 2024, 12, 26)]
    [InlineData("2025-01-27", 2024, 12, 28)]
    [InlineData("2025-02-02", 2025, 1, 5)]
    [InlineData("2026-02-14", 2025, 12, 27)]
    [InlineData("2026-02-16", 2025, 12, 29)]
    [InlineData("2026-02-20", 2026, 1, 4)]
    [InlineData("2026-02-22", 2026, 1, 6)]
    public void Lunar_dates_quoted_in_the_Tet_announcements(string gregorian, int year, int month, int day)
    {
        Assert.Equal(new LunarDate(year, month, day), VietnameseLunarCalendar.ToLunar(DateOnly.Parse(gregorian)));
    }

    [Theory]
    [InlineData(1985, "1985-01-21", "1985-02-20")]
    [InlineData(2007, "2007-02-17", "2007-02-18")] // new moon 17/02/2007 16:14 UTC: 23:14 in Hanoi, 00:14 in Beijing
    public void The_time_zone_makes_Vietnamese_Tet_differ_from_Chinese_New_Year(int year, string vietnam, string china)
    {
        var chinese = new LunisolarCalculator(utcOffsetHours: 8);

        Assert.Equal(DateOnly.Parse(vietnam), VietnameseLunarCalendar.NewYear(year));
        Assert.Equal(DateOnly.Parse(china), chinese.ToGregorian(new LunarDate(year, 1, 1)));
    }

    [Fact]
    public void Conversion_round_trips_every_day_from_1980_to_2050()
    {
        for (var date = new DateOnly(1980, 1, 1); date <= new DateOnly(2050, 12, 31); date = date.AddDays(1))
        {
            var lunar = VietnameseLunarCalendar.ToLunar(date);
            Assert.Equal(date, VietnameseLunarCalendar.ToGregorian(lunar));
        }
    }

    [Fact]
    public void Dates_outside_the_supported_range_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToLunar(new DateOnly(1900, 6, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToLunar(new DateOnly(2200, 6, 1)));
    }
}
