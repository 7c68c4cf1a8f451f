namespace Saas.Calendar;

/// <summary>
/// Proposes a year's official calendar from the rules of the Labour Code 2019 (Art. 112: the 11 paid holidays;
/// Art. 111.3: a holiday on the weekly rest day gives a compensatory day off on the next working day). Every day is a
/// draft (<see cref="CalendarDay.IsDraft"/>) for an administrator to confirm against the yearly announcement: the
/// Prime Minister fixes the exact Tết days and the day next to 2/9, and decides swaps with make-up Saturdays, which
/// the rules cannot predict and which this generator therefore never proposes.
/// </summary>
/// <remarks>
/// Not included: "Ngày Văn hóa Việt Nam" (24/11). As of early 2026 it is only a policy decision and a Government task
/// to amend Art. 112.1 (Resolution 30/NQ-CP); add it here once the amended Labour Code is in force.
/// </remarks>
public sealed class HolidayDraftGenerator(IEnumerable<DayOfWeek>? weeklyRestDays = null)
{
    private const string LabourCode = "Bộ luật Lao động 2019, Điều 112";
    private const string CompensatorySource = "Bộ luật Lao động 2019, Điều 111 khoản 3";
    private const string DraftNote = "Đề xuất tự động theo quy định; chờ quản trị viên xác nhận.";
    private const string PrimeMinisterNote = "Đề xuất: Thủ tướng Chính phủ quyết định ngày nghỉ cụ thể hằng năm; chờ quản trị viên xác nhận.";

    private readonly HashSet<DayOfWeek> restDays = [.. weeklyRestDays ?? [DayOfWeek.Saturday, DayOfWeek.Sunday]];

    public IReadOnlyList<CalendarDay> Generate(int year)
    {
        var holidays = new List<CalendarDay>
        {
            Fixed(new DateOnly(year, 1, 1), "Tết Dương lịch"),
        };
        holidays.AddRange(LunarNewYear(year));
        holidays.Add(Holiday(
            VietnameseLunarCalendar.ToGregorian(new LunarDate(year, 3, 10)),
            "Giỗ Tổ Hùng Vương (10/3 Âm lịch)",
            DraftNote));
        holidays.Add(Fixed(new DateOnly(year, 4, 30), "Ngày Chiến thắng"));
        holidays.Add(Fixed(new DateOnly(year, 5, 1), "Ngày Quốc tế Lao động"));
        holidays.AddRange(NationalDay(year));

        holidays.Sort((a, b) => a.Date.CompareTo(b.Date));
        return [.. holidays.Concat(CompensatoryDays(holidays).ToList()).OrderBy(d => d.Date)];
    }

    /// <summary>
    /// Five days: the last day of the old lunar year and mùng 1–4. This is the split of 2026 (16–20/02/2026); the
    /// Prime Minister chooses it each year (2025 was 28 Chạp – mùng 3), so it is only a proposal.
    /// </summary>
    private static IEnumerable<CalendarDay> LunarNewYear(int year)
    {
        var newYear = VietnameseLunarCalendar.NewYear(year);
        var lastDay = VietnameseLunarCalendar.ToLunar(newYear.AddDays(-1));
        yield return Holiday(newYear.AddDays(-1), $"Tết Âm lịch ({lastDay.Day} tháng Chạp)", PrimeMinisterNote);
        for (var i = 0; i < 4; i++)
        {
            yield return Holiday(newYear.AddDays(i), $"Tết Âm lịch (mùng {i + 1} tháng Giêng)", PrimeMinisterNote);
        }
    }

    /// <summary>
    /// 2/9 plus the day before or after it (Art. 112.1.đ). The adjacent day is chosen to join a weekend, as in recent
    /// announcements: 2/9 on Monday → 3/9 (2024: 02–03/09); Tuesday or Wednesday → 1/9 (2025, 2026); Thursday →
    /// 3/9 (2021); Friday or Saturday → 1/9 (2022, 2023); Sunday → 3/9. Only 2024–2026 were checked against
    /// announcements; 2021–2023 are from memory and Sunday has no precedent since the second day was added in 2021.
    /// </summary>
    private static IEnumerable<CalendarDay> NationalDay(int year)
    {
        var nationalDay = new DateOnly(year, 9, 2);
        var adjacent = nationalDay.DayOfWeek switch
        {
            DayOfWeek.Monday or DayOfWeek.Thursday or DayOfWeek.Sunday => nationalDay.AddDays(1),
            _ => nationalDay.AddDays(-1),
        };
        yield return Holiday(nationalDay, "Quốc khánh (2/9)", DraftNote);
        yield return Holiday(adjacent, $"Quốc khánh (ngày liền kề {adjacent:d/M})", PrimeMinisterNote);
    }

    /// <summary>Art. 111.3: each holiday on a weekly rest day moves to the next day that is neither rest, holiday nor already a compensatory day.</summary>
    private IEnumerable<CalendarDay> CompensatoryDays(IReadOnlyList<CalendarDay> holidays)
    {
        var taken = holidays.Select(h => h.Date).ToHashSet();
        foreach (var holiday in holidays.Where(h => restDays.Contains(h.Date.DayOfWeek)))
        {
            var day = holiday.Date.AddDays(1);
            while (restDays.Contains(day.DayOfWeek) || taken.Contains(day))
            {
                day = day.AddDays(1);
            }
            taken.Add(day);
            yield return new CalendarDay(
                day,
                CalendarDayKind.CompensatoryDayOff,
                $"Nghỉ bù {holiday.Name}",
                CompensatorySource + " (proposal, unconfirmed)",
                IsDraft: true,
                Note: $"{holiday.Name} ({holiday.Date:dd/MM/yyyy}) trùng ngày nghỉ hằng tuần. {DraftNote}");
        }
    }

    private static CalendarDay Fixed(DateOnly date, string name) => Holiday(date, name, DraftNote);

    private static CalendarDay Holiday(DateOnly date, string name, string note) =>
        new(date, CalendarDayKind.Holiday, name, LabourCode + " (proposal, unconfirmed)", IsDraft: true, Note: note);
}
