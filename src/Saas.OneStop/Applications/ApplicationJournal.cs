namespace Saas.OneStop.Applications;

/// <summary>History entries and tracking-sheet rows (form 06) of an application.</summary>
internal static class ApplicationJournal
{
    public static void Event(OneStopDbContext db, Application app, DateTimeOffset at, string actor, string kind, string? note, bool isPublic = true) =>
        db.Events.Add(new ApplicationEvent
        {
            TenantId = app.TenantId,
            ApplicationId = app.Id,
            At = at,
            ActorName = actor,
            Kind = kind,
            Status = app.Status,
            Note = note,
            Public = isPublic,
        });

    public static void Handover(OneStopDbContext db, Application app, DateTimeOffset at, string unit, string from, string to, DateTimeOffset? stepDue, string? note)
    {
        var seq = app.Handovers.Count == 0 ? 1 : app.Handovers.Max(h => h.Seq) + 1;
        var row = new Handover
        {
            TenantId = app.TenantId,
            ApplicationId = app.Id,
            Seq = seq,
            UnitName = unit,
            FromName = from,
            ToName = to,
            HandedAt = at,
            StepDueAt = stepDue,
            Timeliness = stepDue is { } due ? Timeliness.Of(at, due) : null,
            Note = note,
        };
        app.Handovers.Add(row);
        db.Handovers.Add(row);
    }

    public static object Snapshot(Application a) => new { a.Code, a.Status, a.CurrentStep, a.Holder, a.AppointmentAt, a.ExtendedAppointmentAt, a.SupplementCount, a.Timeliness };
}
