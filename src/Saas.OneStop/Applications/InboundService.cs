using Microsoft.EntityFrameworkCore;
using Saas.OneStop.Delivery;
using Saas.OneStop.Notifications;
using Saas.OneStop.Processing;
using Saas.Platform.Auditing;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;
using Saas.Platform.Text;

namespace Saas.OneStop.Applications;

/// <summary>
/// The receiving side of inter-tenant routing, called by the dispatcher in the target tenant's own scope. Every
/// handler is idempotent: a message redelivered after a crash between the two commits changes nothing twice.
/// </summary>
public sealed class InboundService(
    TenantDbContextFactory<OneStopDbContext> contexts,
    ICurrentTenant tenant,
    DeadlineService deadlines,
    ProcessingService processing,
    CitizenNotifier notifier,
    IAuditTrail audit,
    TimeProvider clock)
{
    private const string System = "Hệ thống liên thông";

    /// <summary>A step of this tenant starts: its own copy of the application, with only its part of the history.</summary>
    public async Task HandoverAsync(Guid senderTenantId, HandoverPayload p, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var now = clock.GetUtcNow();
        var app = await db.Applications.Include(a => a.Handovers).Include(a => a.Pauses)
            .FirstOrDefaultAsync(a => a.OriginApplicationId == p.OriginApplicationId, ct);
        if (app is not null && app.Holder == "here" && app.CurrentStep == p.Step)
        {
            return; // redelivery
        }
        if (app is null)
        {
            app = new Application
            {
                TenantId = tenant.Id!.Value,
                Id = Guid.CreateVersion7(),
                Code = p.Code,
                OriginTenantId = p.OriginTenantId,
                OriginApplicationId = p.OriginApplicationId,
                ProcedureCode = p.ProcedureCode,
                ProcedureName = p.ProcedureName,
                Channel = p.Channel,
                ApplicantName = p.ApplicantName,
                ApplicantIdNumber = p.ApplicantIdNumber,
                ApplicantPhone = p.ApplicantPhone,
                ApplicantAddress = p.ApplicantAddress,
                Content = p.Content,
                SubmittedAt = p.ReceivedAt ?? now,
                ReceivedAt = p.ReceivedAt,
                CreatedAt = now,
            };
            app.SearchText = VietnameseText.Fold($"{app.Code} {app.ApplicantName} {app.ProcedureName} {app.ApplicantIdNumber} {app.ApplicantPhone}");
            db.Applications.Add(app);
        }
        app.Route = p.Route;
        app.TotalHours = p.TotalHours;
        app.AppointmentAt = p.AppointmentAt;
        app.SupplementCount = p.SupplementCount;
        app.Status = ApplicationStatus.Processing;
        app.Holder = "here";
        app.HolderTenantId = null;
        app.CurrentStep = p.Step;
        app.StepStartedAt = now;
        app.StepDueAt = await deadlines.StepDueAsync(now, p.Route[p.Step], p.TotalHours, p.AppointmentAt, ct);
        app.AssigneeId = null;
        app.AssigneeName = null;
        app.UpdatedAt = now;
        var known = await db.Files.Where(f => f.ApplicationId == app.Id).Select(f => f.Sha256).ToListAsync(ct);
        foreach (var f in p.Files.Where(f => !known.Contains(f.Sha256)))
        {
            ApplicationJournal.File(db, app, f.Purpose, f.PaperCode, f.Sha256, f.FileName, f.MediaType, f.SizeBytes, p.SenderName, now);
        }
        ApplicationJournal.Handover(db, app, now, p.SenderName, p.SenderPerson, tenant.Tenant!.Name, null, p.Note ?? "Nhận hồ sơ liên thông");
        ApplicationJournal.Event(db, app, now, System, "arrived", $"Nhận từ {p.SenderName}: {p.Route[p.Step].Name}");
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("onestop.handover-received", "application", app.Id.ToString(), null, ApplicationJournal.Snapshot(app), ct: ct);
    }

    /// <summary>The result comes back to the receiving tenant: status 9, ready to return to the citizen.</summary>
    public async Task HandbackAsync(HandbackPayload p, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var app = await ReceptionService.LoadAsync(db, p.OriginApplicationId, ct)
            ?? throw new InvalidOperationException($"Application {p.OriginApplicationId} not found");
        if (app.Holder == "here")
        {
            return; // redelivery, or the receiving tenant already closed it (withdrawn, stopped)
        }
        var now = clock.GetUtcNow();
        var known = await db.Files.Where(f => f.ApplicationId == app.Id).Select(f => f.Sha256).ToListAsync(ct);
        foreach (var f in p.Results.Where(f => !known.Contains(f.Sha256)))
        {
            ApplicationJournal.File(db, app, "result", null, f.Sha256, f.FileName, f.MediaType, f.SizeBytes, p.SenderName, now);
        }
        var stepDue = app.StepDueAt;
        app.Holder = "here";
        app.HolderTenantId = null;
        app.Status = ApplicationStatus.Done;
        app.FinishedAt = p.FinishedAt;
        app.ResultNote = p.Note;
        app.Timeliness = app.SupplementCount > 1 ? Timeliness.Late
            : app.EffectiveAppointment is { } due ? Timeliness.Of(p.FinishedAt, due) : Timeliness.OnTime;
        app.CurrentStep = app.Route.Count - 1;
        app.StepStartedAt = now;
        app.StepDueAt = app.EffectiveAppointment;
        app.UpdatedAt = now;
        ApplicationJournal.Handover(db, app, now, p.SenderName, p.SenderPerson, "Bộ phận một cửa (trả kết quả)", stepDue, p.Note ?? "Chuyển trả kết quả");
        ApplicationJournal.Event(db, app, now, System, "done", $"{p.SenderName} đã giải quyết xong, chờ trả kết quả");
        notifier.Notify(db, app, "Hồ sơ đã có kết quả. Mời ông/bà đến nhận kết quả.");
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("onestop.handback-received", "application", app.Id.ToString(), null, ApplicationJournal.Snapshot(app), ct: ct);
    }

    /// <summary>A status change from a tenant down the route (supplement request), or from the receiving tenant (withdrawn, stopped).</summary>
    public async Task StatusAsync(StatusPayload p, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var app = await db.Applications.Include(a => a.Pauses).Include(a => a.Handovers)
            .FirstOrDefaultAsync(a => a.Id == p.OriginApplicationId || a.OriginApplicationId == p.OriginApplicationId, ct)
            ?? throw new InvalidOperationException($"Application {p.OriginApplicationId} not found");
        if (app.Status == (ApplicationStatus)p.Status && app.UpdatedAt >= p.At)
        {
            return;
        }
        var now = clock.GetUtcNow();
        app.Status = (ApplicationStatus)p.Status;
        app.UpdatedAt = now;
        if ((ApplicationStatus)p.Status == ApplicationStatus.SupplementRequested)
        {
            app.SupplementCount++;
            app.PausedSince = p.At;
            app.Reason = p.Note;
            var pause = new Pause
            {
                TenantId = app.TenantId,
                ApplicationId = app.Id,
                Seq = app.Pauses.Count + 1,
                Kind = "supplement",
                Reason = p.Note ?? "",
                RequestedAt = p.At,
                RequestedBy = p.SenderName,
            };
            app.Pauses.Add(pause);
            db.Pauses.Add(pause);
            if (app.IsOriginal)
            {
                notifier.Notify(db, app, $"Hồ sơ cần bổ sung: {p.Note}");
            }
        }
        else
        {
            app.Reason = p.Note;
            app.FinishedAt = p.At;
            app.Holder = "here"; // closed by the receiving tenant: nothing more to hand back
        }
        ApplicationJournal.Event(db, app, now, p.SenderName, "status", $"{((ApplicationStatus)p.Status).VietnameseName()}: {p.Note}");
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("onestop.status-received", "application", app.Id.ToString(), null, ApplicationJournal.Snapshot(app), ct: ct);
    }

    /// <summary>The citizen completed the papers at the receiving tenant: this tenant's clock runs again.</summary>
    public async Task SupplementedAsync(Guid senderTenantId, SupplementedPayload p, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var app = await db.Applications.Include(a => a.Pauses).Include(a => a.Handovers)
            .FirstOrDefaultAsync(a => a.OriginApplicationId == p.OriginApplicationId, ct)
            ?? throw new InvalidOperationException($"Application copy of {p.OriginApplicationId} not found");
        if (app.Status != ApplicationStatus.SupplementRequested)
        {
            return;
        }
        var now = clock.GetUtcNow();
        foreach (var f in p.Files)
        {
            ApplicationJournal.File(db, app, "supplement", f.PaperCode, f.Sha256, f.FileName, f.MediaType, f.SizeBytes, System, now);
        }
        await processing.ResumeAsync(db, app, p.CompletedAt, ct);
        app.AppointmentAt = p.AppointmentAt ?? app.AppointmentAt;
        app.UpdatedAt = now;
        ApplicationJournal.Event(db, app, now, System, "supplemented", "Công dân đã bổ sung hồ sơ tại đơn vị tiếp nhận");
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("onestop.supplement-received", "application", app.Id.ToString(), null, ApplicationJournal.Snapshot(app), ct: ct);
    }
}
