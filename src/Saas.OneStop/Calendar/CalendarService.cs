using Microsoft.EntityFrameworkCore;
using Saas.Calendar;
using Saas.Platform.Auditing;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;

namespace Saas.OneStop.Calendar;

/// <summary>
/// The working-day calendar kept in the database: the province's days (set by platform admins, seeded from
/// <c>tenants/&lt;province&gt;/calendar/*.yaml</c>) under the current tenant's local days. Draft years count too,
/// flagged, because an application received in January needs next year's days before anyone confirms them.
/// </summary>
public sealed class CalendarService(
    TenantDbContextFactory<OneStopDbContext> contexts,
    ICurrentTenant tenant,
    ITenantDirectory directory,
    IAuditTrail audit)
{
    public async Task<WorkingDayCalendar> LoadAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var province = await db.CalendarDays.AsNoTracking().ToListAsync(ct);
        var local = tenant.Id is { } id
            ? await db.LocalDays.AsNoTracking().Where(d => d.TenantId == id).ToListAsync(ct)
            : [];
        return new WorkingDayCalendar(province.Select(ToDay), local.Select(l => new CalendarDay(l.Date, Parse(l.Kind), l.Name)));
    }

    public async Task<DeadlineCalculator> CalculatorAsync(CancellationToken ct) => new(await LoadAsync(ct));

    public async Task<(CalendarYearRow? Year, IReadOnlyList<CalendarDayRow> Days)> YearAsync(int year, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var row = await db.CalendarYears.AsNoTracking().FirstOrDefaultAsync(y => y.Year == year, ct);
        var days = await db.CalendarDays.AsNoTracking().Where(d => d.Year == year).OrderBy(d => d.Date).ToListAsync(ct);
        return (row, days);
    }

    /// <summary>Adds the years of the YAML files that the database does not have yet; never overwrites an admin's edits.</summary>
    public async Task<IReadOnlyList<ApplyChange>> SeedAsync(IEnumerable<CalendarYear> years, CancellationToken ct)
    {
        var changes = new List<ApplyChange>();
        await using var db = await contexts.CreateAsync(ct);
        var known = await db.CalendarYears.Select(y => y.Year).ToListAsync(ct);
        foreach (var year in years.Where(y => !known.Contains(y.Year)))
        {
            db.CalendarYears.Add(new CalendarYearRow { Year = year.Year, Status = "confirmed", Source = "yaml" });
            foreach (var day in year.Days)
            {
                db.CalendarDays.Add(ToRow(day, year.Year));
            }
            changes.Add(new ApplyChange("calendar-year", year.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), ApplyChange.Created));
        }
        await db.SaveChangesAsync(ct);
        return changes;
    }

    /// <summary>Proposes a year from the lunar calendar (Tết, Giỗ Tổ 10/3) and the Labour Code; refused once confirmed.</summary>
    public async Task<Outcome<IReadOnlyList<CalendarDayRow>>> GenerateDraftAsync(int year, CancellationToken ct)
    {
        if (year is < 2000 or > 2100)
        {
            return Outcome<IReadOnlyList<CalendarDayRow>>.Invalid("year", "onestop.calendar.invalid_year");
        }
        await using var db = await contexts.CreateAsync(ct);
        var row = await db.CalendarYears.FirstOrDefaultAsync(y => y.Year == year, ct);
        if (row is { Status: "confirmed" })
        {
            return Outcome<IReadOnlyList<CalendarDayRow>>.Conflict("onestop.calendar.year_confirmed");
        }
        if (row is null)
        {
            db.CalendarYears.Add(row = new CalendarYearRow { Year = year, Status = "draft", Source = "generated" });
        }
        db.CalendarDays.RemoveRange(await db.CalendarDays.Where(d => d.Year == year).ToListAsync(ct));
        var days = new HolidayDraftGenerator().Generate(year).Select(d => ToRow(d, year)).ToList();
        db.CalendarDays.AddRange(days);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("onestop.calendar.draft-generated", "calendar-year", year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            null, days.Select(d => $"{d.Date:yyyy-MM-dd} {d.Kind} {d.Name}"), await ProvinceTenantAsync(ct), ct);
        return Outcome<IReadOnlyList<CalendarDayRow>>.Ok(days);
    }

    /// <summary>Adds or changes one day of a province year (e.g. the Prime Minister's swap with a make-up Saturday).</summary>
    public async Task<Outcome<CalendarDayRow>> SetDayAsync(DateOnly date, string kind, string name, string? source, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (!CalendarDayKindNames.TryParseYamlKey(kind, out _))
        {
            errors.Add("kind", "onestop.calendar.unknown_kind");
        }
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add("name", "onestop.calendar.name_required");
        }
        if (errors.Any)
        {
            return Outcome<CalendarDayRow>.Invalid(errors.ToDictionary());
        }
        await using var db = await contexts.CreateAsync(ct);
        if (!await db.CalendarYears.AnyAsync(y => y.Year == date.Year, ct))
        {
            db.CalendarYears.Add(new CalendarYearRow { Year = date.Year, Status = "draft", Source = "admin" });
        }
        var row = await db.CalendarDays.FirstOrDefaultAsync(d => d.Date == date, ct);
        var before = row is null ? null : new { row.Kind, row.Name };
        if (row is null)
        {
            db.CalendarDays.Add(row = new CalendarDayRow { Date = date, Year = date.Year });
        }
        row.Kind = kind;
        row.Name = name.Trim();
        row.Source = source?.Trim();
        row.Draft = false;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("onestop.calendar.day-set", "calendar-day", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            before, new { row.Kind, row.Name, row.Source }, await ProvinceTenantAsync(ct), ct);
        return Outcome<CalendarDayRow>.Ok(row);
    }

    public async Task<Outcome<CalendarYearRow>> ConfirmAsync(int year, string actor, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var row = await db.CalendarYears.FirstOrDefaultAsync(y => y.Year == year, ct);
        if (row is null)
        {
            return Outcome<CalendarYearRow>.NotFound();
        }
        row.Status = "confirmed";
        row.ConfirmedBy = actor;
        row.ConfirmedAt = DateTimeOffset.UtcNow;
        foreach (var day in await db.CalendarDays.Where(d => d.Year == year).ToListAsync(ct))
        {
            day.Draft = false;
        }
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("onestop.calendar.confirmed", "calendar-year", year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            null, new { row.Status, row.ConfirmedBy }, await ProvinceTenantAsync(ct), ct);
        return Outcome<CalendarYearRow>.Ok(row);
    }

    /// <summary>The current tenant's own days of a year, for its admin to review next to the province's.</summary>
    public async Task<IReadOnlyList<LocalCalendarDay>> LocalDaysAsync(int year, CancellationToken ct)
    {
        if (tenant.Id is not { } id)
        {
            return [];
        }
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        await using var db = await contexts.CreateAsync(ct);
        return await db.LocalDays.AsNoTracking().Where(d => d.TenantId == id && d.Date >= from && d.Date <= to).OrderBy(d => d.Date).ToListAsync(ct);
    }

    /// <summary>A tenant's own day off (or make-up day), over the province calendar.</summary>
    public async Task<Outcome<LocalCalendarDay>> SetLocalDayAsync(DateOnly date, string kind, string name, CancellationToken ct)
    {
        if (!CalendarDayKindNames.TryParseYamlKey(kind, out _) || string.IsNullOrWhiteSpace(name))
        {
            return Outcome<LocalCalendarDay>.Invalid("kind", "onestop.calendar.invalid_local_day");
        }
        await using var db = await contexts.CreateAsync(ct);
        var row = await db.LocalDays.FirstOrDefaultAsync(d => d.Date == date, ct);
        if (row is null)
        {
            db.LocalDays.Add(row = new LocalCalendarDay { TenantId = tenant.Id!.Value, Date = date });
        }
        row.Kind = kind;
        row.Name = name.Trim();
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("onestop.calendar.local-day-set", "local-calendar-day", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            null, new { row.Kind, row.Name }, ct: ct);
        return Outcome<LocalCalendarDay>.Ok(row);
    }

    /// <summary>Province-calendar changes are recorded in the audit chain of the province tenant (UBND tỉnh).</summary>
    private async Task<Guid> ProvinceTenantAsync(CancellationToken ct) =>
        (await directory.ActiveAsync(ct)).FirstOrDefault(t => t.Level == TenantLevels.Province)?.Id
        ?? tenant.Id ?? throw new InvalidOperationException("No province tenant to audit the calendar change.");

    private static CalendarDay ToDay(CalendarDayRow r) => new(r.Date, Parse(r.Kind), r.Name, r.Source, r.Draft, r.Note);

    private static CalendarDayRow ToRow(CalendarDay d, int year) => new()
    {
        Date = d.Date,
        Year = year,
        Kind = d.Kind.YamlKey(),
        Name = d.Name,
        Source = d.Source,
        Draft = d.IsDraft,
        Note = d.Note,
    };

    private static CalendarDayKind Parse(string kind) =>
        CalendarDayKindNames.TryParseYamlKey(kind, out var k) ? k : CalendarDayKind.Holiday;
}
