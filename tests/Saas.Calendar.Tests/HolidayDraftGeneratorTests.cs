namespace Saas.Calendar.Tests;

public class HolidayDraftGeneratorTests
{
    private static readonly HolidayDraftGenerator Generator = new();

    [Fact]
    public void Hung_Kings_day_2026_is_on_Sunday_26_04_with_compensatory_Monday_27_04()
    {
        var days = Generator.Generate(2026);

        var hungKings = Assert.Single(days, d => d.Date == new DateOnly(2026, 4, 26));
        Assert.Equal(CalendarDayKind.Holiday, hungKings.Kind);
        Assert.Equal(DayOfWeek.Sunday, hungKings.Date.DayOfWeek);
        Assert.Contains("Giỗ Tổ Hùng Vương", hungKings.Name);

        var compensatory = Assert.Single(days, d => d.Kind == CalendarDayKind.CompensatoryDayOff);
        Assert.Equal(new DateOnly(2026, 4, 27), compensatory.Date);
        Assert.Equal(DayOfWeek.Monday, compensatory.Date.DayOfWeek);
    }

    [Fact]
    public void Every_generated_day_is_a_draft_with_a_note()
    {
        var days = Generator.Generate(2026);

        Assert.All(days, d =>
        {
            Assert.True(d.IsDraft);
            Assert.False(string.IsNullOrWhiteSpace(d.Note));
            Assert.Contains("proposal", d.Source);
        });
        Assert.All(
            days.Where(d => d.Name.StartsWith("Tết Âm lịch", StringComparison.Ordinal)),
            d => Assert.Contains("Thủ tướng", d.Note));
    }

    [Fact]
    public void The_2026_proposal_matches_the_announced_2026_days_off_except_the_swaps()
    {
        // Eleven Labour-Code days + the compensatory Monday; the Prime Minister's swaps (02/01, 31/08) are not predictable.
        var generated = Generator.Generate(2026).Select(d => (d.Date, d.Kind)).ToHashSet();
        var announced = OfficialCalendar.Years.Single(y => y.Year == 2026).Days
            .Where(d => d.Kind is CalendarDayKind.Holiday or CalendarDayKind.CompensatoryDayOff)
            .Select(d => (d.Date, d.Kind))
            .ToHashSet();

        Assert.Equal(11, generated.Count(d => d.Kind == CalendarDayKind.Holiday));
        Assert.Equal(announced, generated);
    }

    [Fact]
    public void Tet_proposal_is_the_last_day_of_the_lunar_year_and_the_first_four_days()
    {
        var tet = Generator.Generate(2025).Where(d => d.Name.StartsWith("Tết Âm lịch", StringComparison.Ordinal)).ToList();

        // Tết Ất Tỵ = 29/01/2025; the proposal is 28/01 (29 tháng Chạp) – 01/02. The Prime Minister chose 27–31/01.
        Assert.Equal(
            [new(2025, 1, 28), new(2025, 1, 29), new(2025, 1, 30), new(2025, 1, 31), new(2025, 2, 1)],
            tet.Select(d => d.Date).ToArray());
        Assert.Equal("Tết Âm lịch (29 tháng Chạp)", tet[0].Name);
    }

    [Fact]
    public void A_holiday_on_Saturday_gets_its_compensatory_day_after_the_whole_block()
    {
        // 2025 proposal: mùng 4 Tết falls on Saturday 01/02 → compensatory day Monday 03/02.
        var compensatory = Assert.Single(Generator.Generate(2025), d => d.Kind == CalendarDayKind.CompensatoryDayOff);

        Assert.Equal(new DateOnly(2025, 2, 3), compensatory.Date);
    }

    [Theory]
    [InlineData(2024, "2024-09-03")] // 2/9 Monday → 3/9 (as announced: 02–03/09/2024)
    [InlineData(2025, "2025-09-01")] // Tuesday → 1/9 (as announced)
    [InlineData(2026, "2026-09-01")] // Wednesday → 1/9 (as announced)
    public void National_day_adjacent_day_follows_recent_practice(int year, string adjacent)
    {
        var nationalDays = Generator.Generate(year)
            .Where(d => d.Kind == CalendarDayKind.Holiday && d.Name.StartsWith("Quốc khánh", StringComparison.Ordinal))
            .Select(d => d.Date)
            .ToList();

        Assert.Equal(2, nationalDays.Count);
        Assert.Contains(new DateOnly(year, 9, 2), nationalDays);
        Assert.Contains(DateOnly.Parse(adjacent), nationalDays);
    }
}
