namespace Saas.Calendar;

/// <summary>The content of one <c>tenants/&lt;province&gt;/calendar/&lt;year&gt;.yaml</c> file.</summary>
public sealed record CalendarYear(int Year, string Province, IReadOnlyList<CalendarDay> Days);
