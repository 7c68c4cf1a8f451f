using System.Text.RegularExpressions;

namespace Saas.Calendar.Tests;

public partial class CalendarYamlLoaderTests
{
    [Fact]
    public void Loads_the_Thanh_Hoa_files_2025_and_2026()
    {
        var years = OfficialCalendar.Years;

        Assert.Equal([2025, 2026], years.Select(y => y.Year).ToArray());
        Assert.All(years, y => Assert.Equal("thanh-hoa", y.Province));
        Assert.Equal(13, years[0].Days.Count);
        Assert.Equal(16, years[1].Days.Count);
        Assert.All(years.SelectMany(y => y.Days), d => Assert.False(string.IsNullOrWhiteSpace(d.Source)));
        Assert.All(years, y => Assert.Equal(11, y.Days.Count(d => d.Kind == CalendarDayKind.Holiday)));
    }

    [Fact]
    public void Every_make_up_day_repays_a_swapped_day()
    {
        foreach (var year in OfficialCalendar.Years)
        {
            Assert.Equal(
                year.Days.Count(d => d.Kind == CalendarDayKind.SwappedDayOff),
                year.Days.Count(d => d.Kind == CalendarDayKind.MakeUpWorkingDay));
            Assert.All(year.Days.Where(d => d.Kind == CalendarDayKind.MakeUpWorkingDay), d => Assert.Equal(DayOfWeek.Saturday, d.Date.DayOfWeek));
        }
    }

    [Fact]
    public void Tet_names_agree_with_the_lunar_calendar()
    {
        var tetDays = OfficialCalendar.Years.SelectMany(y => y.Days).Where(d => d.Name.StartsWith("Tết Âm lịch", StringComparison.Ordinal)).ToList();

        Assert.Equal(10, tetDays.Count);
        foreach (var day in tetDays)
        {
            var match = TetName().Match(day.Name);
            Assert.True(match.Success, day.Name);
            var lunar = VietnameseLunarCalendar.ToLunar(day.Date);
            Assert.Equal(int.Parse(match.Groups["day"].Value), lunar.Day);
            Assert.Equal(match.Groups["month"].Value == "Chạp" ? 12 : 1, lunar.Month);
        }
    }

    [Fact]
    public void Invalid_entries_are_reported_with_file_and_line()
    {
        const string yaml = """
            year: 2025
            province: thanh-hoa
            days:
              - date: 2025-01-01
                kind: holiday
                name: Tết Dương lịch
              - date: 2025-13-01
                kind: holiday
                name: Bad date
              - date: 2025-04-30
                kind: festival
                name: Bad kind
              - date: 2025-05-01
                kind: holiday
              - date: 2025-01-01
                kind: holiday
                name: Duplicate
              - date: 2025-09-02
                kind: holiday
                name: Typo
                sorce: x
            """;

        var error = Assert.Throws<CalendarYamlException>(() => CalendarYamlLoader.Parse(yaml, "2025.yaml"));

        Assert.Collection(
            error.Errors,
            e => Assert.Equal((7L, "date '2025-13-01'"), (e.Line, e.Message[..17])),
            e => Assert.Equal((11L, "kind 'festival'"), (e.Line, e.Message[..15])),
            e => Assert.Equal((13L, "Missing key 'name'."), (e.Line, e.Message)),
            e => Assert.Equal((15L, "2025-01-01 is already listed on line 4."), (e.Line, e.Message)),
            e => Assert.Equal((21L, "Unknown key 'sorce'"), (e.Line, e.Message[..19])));
        Assert.All(error.Errors, e => Assert.Equal("2025.yaml", e.File));
        Assert.Contains("2025.yaml(11,", error.Message);
    }

    [Fact]
    public void Malformed_yaml_and_missing_keys_are_reported()
    {
        var syntax = Assert.Throws<CalendarYamlException>(() => CalendarYamlLoader.Parse("year: [2025\n", "x.yaml"));
        Assert.Single(syntax.Errors);

        var missing = Assert.Throws<CalendarYamlException>(() => CalendarYamlLoader.Parse("year: abc\n", "x.yaml"));
        Assert.Contains(missing.Errors, e => e.Message.Contains("not a number"));
        Assert.Contains(missing.Errors, e => e.Message == "Missing key 'province'.");
        Assert.Contains(missing.Errors, e => e.Message == "Missing key 'days'.");
    }

    [Fact]
    public void Optional_draft_and_note_are_read()
    {
        const string yaml = """
            year: 2027
            province: thanh-hoa
            days:
              - date: 2027-02-05
                kind: holiday
                name: Tết Âm lịch
                source: proposal, unconfirmed
                draft: true
                note: Chờ quyết định của Thủ tướng
            """;

        var day = Assert.Single(CalendarYamlLoader.Parse(yaml, "2027.yaml").Days);

        Assert.True(day.IsDraft);
        Assert.Equal("Chờ quyết định của Thủ tướng", day.Note);
        Assert.Equal("proposal, unconfirmed", day.Source);
    }

    [GeneratedRegex(@"\((?:mùng )?(?<day>\d+) tháng (?<month>Chạp|Giêng)\)")]
    private static partial Regex TetName();
}
