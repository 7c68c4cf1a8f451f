using Saas.Platform.MultiTenancy;

namespace Saas.OneStop.Calendar;

/// <summary>A year of the province calendar: a draft until a platform admin confirms it.</summary>
public sealed class CalendarYearRow
{
    public int Year { get; set; }

    /// <summary>draft | confirmed.</summary>
    public string Status { get; set; } = "draft";

    /// <summary>yaml | generated | admin.</summary>
    public string Source { get; set; } = "";

    public string? ConfirmedBy { get; set; }

    public DateTimeOffset? ConfirmedAt { get; set; }
}

/// <summary>One dated exception of the province calendar (holiday, compensatory day, swap, make-up Saturday).</summary>
public sealed class CalendarDayRow
{
    public DateOnly Date { get; set; }

    public int Year { get; set; }

    public string Kind { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Source { get; set; }

    public bool Draft { get; set; }

    public string? Note { get; set; }
}

/// <summary>A tenant's own day, applied over the province calendar.</summary>
public sealed class LocalCalendarDay : ITenantOwned
{
    public Guid TenantId { get; set; }

    public DateOnly Date { get; set; }

    public string Kind { get; set; } = "";

    public string Name { get; set; } = "";
}
