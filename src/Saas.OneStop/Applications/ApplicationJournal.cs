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

    /// <summary>A paper, supplement or result file of the application (bytes already in the content-addressed store).</summary>
    public static void File(
        OneStopDbContext db, Application app, string purpose, string? paperCode, string sha256, string fileName, string mediaType, long sizeBytes,
        string uploadedBy, DateTimeOffset at) =>
        db.Files.Add(new ApplicationFile
        {
            TenantId = app.TenantId,
            Id = Guid.CreateVersion7(),
            ApplicationId = app.Id,
            Purpose = purpose,
            PaperCode = paperCode,
            Sha256 = sha256,
            FileName = fileName,
            MediaType = mediaType,
            SizeBytes = sizeBytes,
            UploadedBy = uploadedBy,
            UploadedAt = at,
        });

    public static object Snapshot(Application a) => new { a.Code, Status = (short)a.Status, a.CurrentStep, a.Holder, a.AppointmentAt, a.ExtendedAppointmentAt, a.SupplementCount, a.Timeliness };
}
