namespace Saas.Calendar.Tests;

public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = OfficialCalendar.ThanhHoa;

    [Fact]
    public void Weekends_are_skipped()
    {
        var friday = new DateOnly(2025, 6, 6);

        Assert.False(Calendar.IsWorkingDay(new DateOnly(2025, 6, 7)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2025, 6, 8)));
        Assert.Equal(new DateOnly(2025, 6, 9), Calendar.NextWorkingDay(friday));
        Assert.Equal(new DateOnly(2025, 6, 11), Calendar.AddWorkingDays(friday, 3));
        Assert.Equal(new DateOnly(2025, 6, 3), Calendar.AddWorkingDays(friday, -3));
        Assert.Equal(friday, Calendar.AddWorkingDays(friday, 0));
        Assert.Equal(10, Calendar.CountWorkingDays(new DateOnly(2025, 6, 2), new DateOnly(2025, 6, 15)));
        Assert.Equal(-10, Calendar.CountWorkingDays(new DateOnly(2025, 6, 15), new DateOnly(2025, 6, 2)));
    }

    [Fact]
    public void Tet_2025_is_one_block_of_days_off()
    {
        for (var day = new DateOnly(2025, 1, 25); day <= new DateOnly(2025, 2, 2); day = day.AddDays(1))
        {
            Assert.False(Calendar.IsWorkingDay(day), $"{day} should be off");
        }
        Assert.Equal(new DateOnly(2025, 2, 3), Calendar.NextWorkingDay(new DateOnly(2025, 1, 24)));
        // January 2025: 23 weekdays, minus 01/01 and 27–31/01 = 17.
        Assert.Equal(17, Calendar.CountWorkingDays(new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31)));
    }

    [Fact]
    public void Make_up_Saturday_26_04_2025_is_a_working_day_and_swapped_Friday_02_05_is_not()
    {
        var makeUp = new DateOnly(2025, 4, 26);

        Assert.Equal(DayOfWeek.Saturday, makeUp.DayOfWeek);
        Assert.True(Calendar.IsWorkingDay(makeUp));
        Assert.Equal(CalendarDayKind.MakeUpWorkingDay, Calendar.Find(makeUp)?.Kind);
        Assert.Equal(makeUp, Calendar.NextWorkingDay(new DateOnly(2025, 4, 25)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2025, 5, 2)));
        // Tue 29/04 → 30/04, 01/05 holidays, 02/05 swapped, 03–04/05 weekend → Mon 05/05.
        Assert.Equal(new DateOnly(2025, 5, 5), Calendar.AddWorkingDays(new DateOnly(2025, 4, 29), 1));
        // Week of 21–27/04/2025 has six working days because of the make-up Saturday.
        Assert.Equal(6, Calendar.CountWorkingDays(new DateOnly(2025, 4, 21), new DateOnly(2025, 4, 27)));
    }

    [Fact]
    public void New_Year_2026_swap_and_Hung_Kings_compensatory_day()
    {
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2026, 1, 2)));
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2026, 1, 10)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2026, 4, 27)));
        Assert.Equal(new DateOnly(2026, 4, 28), Calendar.NextWorkingDay(new DateOnly(2026, 4, 24)));
    }

    [Fact]
    public void Tenant_days_are_added_and_override_national_ones()
    {
        var national = new[] { new CalendarDay(new DateOnly(2025, 9, 2), CalendarDayKind.Holiday, "Quốc khánh") };
        var local = new[]
        {
            new CalendarDay(new DateOnly(2025, 9, 3), CalendarDayKind.Holiday, "Ngày nghỉ địa phương (ví dụ)"),
            new CalendarDay(new DateOnly(2025, 9, 2), CalendarDayKind.Holiday, "Quốc khánh (tên địa phương)"),
        };

        var calendar = new WorkingDayCalendar(national, local);

        Assert.False(calendar.IsWorkingDay(new DateOnly(2025, 9, 3)));
        Assert.Equal("Quốc khánh (tên địa phương)", calendar.Find(new DateOnly(2025, 9, 2))?.Name);
    }

    [Fact]
    public void Two_entries_for_one_date_in_one_list_are_rejected()
    {
        var day = new DateOnly(2025, 9, 2);
        var days = new[]
        {
            new CalendarDay(day, CalendarDayKind.Holiday, "A"),
            new CalendarDay(day, CalendarDayKind.SwappedDayOff, "B"),
        };

        Assert.Throws<ArgumentException>(() => new WorkingDayCalendar(days));
    }

    [Fact]
    public void A_week_without_working_days_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new WorkingDayCalendar([], weeklyRestDays: Enum.GetValues<DayOfWeek>()));
    }

    [Fact]
    public void Day_kinds_have_Vietnamese_names()
    {
        Assert.Equal("Ngày lễ, tết", CalendarDayKind.Holiday.VietnameseName());
        Assert.Equal("Nghỉ bù", CalendarDayKind.CompensatoryDayOff.VietnameseName());
        Assert.Equal("Ngày nghỉ do hoán đổi", CalendarDayKind.SwappedDayOff.VietnameseName());
        Assert.Equal("Ngày làm bù", CalendarDayKind.MakeUpWorkingDay.VietnameseName());
    }
}
