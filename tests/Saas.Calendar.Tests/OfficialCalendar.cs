namespace Saas.Calendar.Tests;

/// <summary>The Thanh Hóa calendar files 2025–2026 as shipped in tenants/thanh-hoa/calendar.</summary>
internal static class OfficialCalendar
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "calendar");

    public static IReadOnlyList<CalendarYear> Years { get; } = CalendarYamlLoader.LoadDirectory(Directory);

    public static WorkingDayCalendar ThanhHoa { get; } = new(Years.SelectMany(y => y.Days));
}
