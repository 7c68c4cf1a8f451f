namespace Saas.Calendar;

/// <summary>Display names and the YAML spelling of <see cref="CalendarDayKind"/>.</summary>
public static class CalendarDayKindNames
{
    public static string VietnameseName(this CalendarDayKind kind) => kind switch
    {
        CalendarDayKind.Holiday => "Ngày lễ, tết",
        CalendarDayKind.CompensatoryDayOff => "Nghỉ bù",
        CalendarDayKind.SwappedDayOff => "Ngày nghỉ do hoán đổi",
        CalendarDayKind.MakeUpWorkingDay => "Ngày làm bù",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The value used in <c>tenants/*/calendar/*.yaml</c> (<c>kind:</c>).</summary>
    public static string YamlKey(this CalendarDayKind kind) => kind switch
    {
        CalendarDayKind.Holiday => "holiday",
        CalendarDayKind.CompensatoryDayOff => "compensatory-day-off",
        CalendarDayKind.SwappedDayOff => "swapped-day-off",
        CalendarDayKind.MakeUpWorkingDay => "make-up-working-day",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParseYamlKey(string? value, out CalendarDayKind kind)
    {
        foreach (var candidate in Enum.GetValues<CalendarDayKind>())
        {
            if (string.Equals(candidate.YamlKey(), value, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }
        kind = default;
        return false;
    }

    /// <summary>True for every kind except <see cref="CalendarDayKind.MakeUpWorkingDay"/>.</summary>
    public static bool IsDayOff(this CalendarDayKind kind) => kind != CalendarDayKind.MakeUpWorkingDay;
}
