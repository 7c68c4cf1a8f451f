using Microsoft.EntityFrameworkCore;
using Saas.OneStop.Applications;
using Saas.OneStop.Catalogue;
using Saas.OneStop.Delivery;
using Saas.OneStop.Notifications;
using Saas.Platform.Auditing;
using Saas.Platform.Data;
using Saas.Platform.Messaging;
using Saas.Platform.MultiTenancy;
using Saas.Platform.Text;

namespace Saas.OneStop.Processing;

/// <summary>
/// Giải quyết hồ sơ: hand-over along the route (recorded in the tracking sheet, form 06, with each step early, on time
/// or late), supplement requests that stop the clock, financial obligations, withdrawal, stopping (form 05), the
/// apology letter with a new date (form 04), done (9) and returned (10). A step of another tenant goes through the
/// outbox; that tenant works on its own copy and sends the result back.
/// </summary>
public sealed class ProcessingService(
    TenantDbContextFactory<OneStopDbContext> contexts,
    ICurrentTenant tenant,
    ITenantDirectory directory,
    IOneStopUser user,
    DeadlineService deadlines,
    Outbox<OneStopDbContext> outbox,
    CitizenNotifier notifier,
    IAuditTrail audit,
    Saas.Platform.Organization.ITenantStaff staff,
    TimeProvider clock)
{
    private delegate Task<Outcome<Application>?> Change(OneStopDbContext db, Application app, DateTimeOffset now);

    public Task<Outcome<Application>> ForwardAsync(Guid id, ForwardInput input, CancellationToken ct) => RunAsync(id, "onestop.forwarded", async (db, app, now) =>
    {
        if (app.WhyNot(ApplicationStep.Forward) is { } refused)
        {
            return refused;
        }
        if (!MayActOnStep(app))
        {
            return StepOfAnotherRole(app);
        }
        var next = app.Route[app.CurrentStep + 1];
        var target = await UnitTenantAsync(app, next, ct);
        if (target is null)
        {
            return Outcome<Application>.Conflict(Texts.With("onestop.processing.unknown_unit", next.Unit, next.Name));
        }
        if (target.Id == tenant.Id && !string.IsNullOrWhiteSpace(input.AssigneeId) && !await staff.IsStaffAsync(input.AssigneeId, ct))
        {
            return Outcome<Application>.Invalid("assigneeId", Saas.Platform.Organization.Assignees.NotStaff);
        }
        var stepDue = app.StepDueAt;
        var forwarded = app.Forward(now, await deadlines.StepDueAsync(now, next, app.TotalHours, app.EffectiveAppointment, ct),
            target.Id == tenant.Id ? null : target.Id, input.AssigneeId, input.AssigneeName);
        if (!forwarded.Succeeded)
        {
            return forwarded;
        }
        if (target.Id == tenant.Id)
        {
            ApplicationJournal.Handover(db, app, now, tenant.Tenant!.Name, user.Name, input.AssigneeName ?? $"{next.Name} ({next.Role})", stepDue, input.Note);
            ApplicationJournal.Event(db, app, now, user.Name, "forwarded", $"Chuyển bước: {next.Name}", isPublic: false);
        }
        else
        {
            ApplicationJournal.Handover(db, app, now, tenant.Tenant!.Name, user.Name, target.Name, stepDue, input.Note);
            ApplicationJournal.Event(db, app, now, user.Name, "handed-over", $"Chuyển {target.Name} giải quyết ({next.Name})");
            var files = await db.Files.Where(f => f.ApplicationId == app.Id).ToListAsync(ct);
            outbox.Enqueue(db, "handover", target.Id, new HandoverPayload(
                app.OriginTenantId ?? app.TenantId, app.OriginApplicationId ?? app.Id, tenant.Id!.Value, tenant.Tenant.Name, user.Name, app.Code,
                app.ProcedureCode, app.ProcedureName, app.Channel, app.ApplicantName, app.ApplicantIdNumber, app.ApplicantPhone, app.ApplicantAddress,
                app.Content, app.ReceivedAt, app.EffectiveAppointment, app.Route, app.CurrentStep, app.TotalHours, app.SupplementCount, input.Note,
                [.. files.Select(Ref)]));
        }
        return null;
    });

    /// <summary>Đã xử lý xong (9): the result is ready. A tenant down the route sends it back to the receiving tenant.</summary>
    public Task<Outcome<Application>> CompleteAsync(Guid id, string? note, IReadOnlyList<StagedPaper> results, CancellationToken ct) => RunAsync(id, "onestop.completed", async (db, app, now) =>
    {
        if (app.WhyNot(ApplicationStep.Complete) is { } refused)
        {
            return refused;
        }
        if (!MayActOnStep(app) && !user.HasRole(OneStopRoles.Leader))
        {
            return StepOfAnotherRole(app);
        }
        foreach (var f in results)
        {
            ApplicationJournal.File(db, app, "result", null, f.Sha256, f.FileName, f.MediaType, f.SizeBytes, user.Name, now);
        }
        var stepDue = app.StepDueAt;
        if (app.Complete(note, now) is { Succeeded: false } failed)
        {
            return failed;
        }
        if (app.IsOriginal)
        {
            ApplicationJournal.Handover(db, app, now, tenant.Tenant!.Name, user.Name, "Bộ phận một cửa (trả kết quả)", stepDue, note);
            ApplicationJournal.Event(db, app, now, user.Name, "done", "Đã có kết quả, chờ trả");
            notifier.Notify(db, app, "Hồ sơ đã có kết quả. Mời ông/bà đến nhận kết quả.");
        }
        else
        {
            var origin = await directory.FindByIdAsync(app.OriginTenantId!.Value, ct);
            ApplicationJournal.Handover(db, app, now, tenant.Tenant!.Name, user.Name, origin?.Name ?? "Đơn vị tiếp nhận", stepDue, note);
            ApplicationJournal.Event(db, app, now, user.Name, "handed-back", $"Chuyển kết quả về {origin?.Name}");
            var all = await db.Files.Where(f => f.ApplicationId == app.Id && f.Purpose == "result").ToListAsync(ct);
            var refs = all.Select(Ref).Concat(results.Select(r => new FileRef(r.Sha256, r.FileName, r.MediaType, r.SizeBytes, "result", null))).ToList();
            outbox.Enqueue(db, "handback", app.OriginTenantId!.Value, new HandbackPayload(app.OriginApplicationId!.Value, tenant.Tenant.Name, user.Name, now, note, refs));
        }
        return null;
    });

    /// <summary>Đã trả kết quả (10): recorded with who received the result.</summary>
    public Task<Outcome<Application>> ReturnAsync(Guid id, ReturnInput input, CancellationToken ct) => RunAsync(id, "onestop.returned", (db, app, now) =>
    {
        if (!user.HasRole(OneStopRoles.Counter))
        {
            return Task.FromResult<Outcome<Application>?>(Outcome<Application>.Forbidden("onestop.processing.counter_returns"));
        }
        if (app.ReturnResult(input.ReceivedBy, now) is { Succeeded: false } failed)
        {
            return Task.FromResult<Outcome<Application>?>(failed);
        }
        ApplicationJournal.Handover(db, app, now, tenant.Tenant!.Name, user.Name, app.ReturnedTo!, app.EffectiveAppointment, input.Note ?? "Trả kết quả");
        ApplicationJournal.Event(db, app, now, user.Name, "returned", $"Đã trả kết quả cho {app.ReturnedTo}");
        notifier.Notify(db, app, "Kết quả đã được trả. Mời ông/bà đánh giá mức độ hài lòng tại trang tra cứu.");
        return Task.FromResult<Outcome<Application>?>(null);
    });

    /// <summary>Yêu cầu bổ sung (form 02): the clock stops; more than one request makes the application late.</summary>
    public Task<Outcome<Application>> RequestSupplementAsync(Guid id, string? reason, CancellationToken ct) => RunAsync(id, "onestop.supplement-requested", async (db, app, now) =>
    {
        if (app.RequestSupplement(reason, user.Name, now) is { Succeeded: false } failed)
        {
            return failed;
        }
        db.Pauses.Add(app.Pauses[^1]);
        reason = app.Reason!;
        ApplicationJournal.Event(db, app, now, user.Name, "supplement-requested", reason);
        if (app.IsOriginal)
        {
            notifier.Notify(db, app, $"Hồ sơ cần bổ sung: {reason}");
        }
        else
        {
            outbox.Enqueue(db, "status", app.OriginTenantId!.Value, new StatusPayload(app.OriginApplicationId!.Value, (short)app.Status, tenant.Tenant!.Name, reason, now));
        }
        await Task.CompletedTask;
        return null;
    });

    /// <summary>The citizen brought the papers to the counter: the clock runs again and the appointment moves by the pause.</summary>
    public Task<Outcome<Application>> CompleteSupplementAsync(Guid id, string? note, IReadOnlyList<StagedPaper> files, CancellationToken ct) => RunAsync(id, "onestop.supplemented", async (db, app, now) =>
    {
        if (app.WhyNot(ApplicationStep.CompleteSupplement) is { } refused)
        {
            return refused;
        }
        if (!user.HasRole(OneStopRoles.Counter) && user is not CitizenUser)
        {
            return Outcome<Application>.Forbidden("onestop.processing.counter_supplements");
        }
        foreach (var f in files)
        {
            ApplicationJournal.File(db, app, "supplement", f.PaperCode, f.Sha256, f.FileName, f.MediaType, f.SizeBytes, user.Name, now);
        }
        app.CompleteSupplement(now);
        await MoveAppointmentAsync(db, app, ct);
        ApplicationJournal.Event(db, app, now, user.Name, "supplemented", note ?? "Đã bổ sung hồ sơ");
        if (app.Holder == "away" && app.HolderTenantId is { } holder)
        {
            outbox.Enqueue(db, "supplemented", holder, new SupplementedPayload(app.Id, now, app.EffectiveAppointment,
                [.. files.Select(f => new FileRef(f.Sha256, f.FileName, f.MediaType, f.SizeBytes, "supplement", f.PaperCode))]));
        }
        return null;
    });

    public Task<Outcome<Application>> RequestFinancialAsync(Guid id, string? note, CancellationToken ct) => RunAsync(id, "onestop.financial-requested", (db, app, now) =>
    {
        if (app.RequestFinancial() is { Succeeded: false } failed)
        {
            return Task.FromResult<Outcome<Application>?>(failed);
        }
        ApplicationJournal.Event(db, app, now, user.Name, "financial-requested", note ?? "Yêu cầu thực hiện nghĩa vụ tài chính");
        return Task.FromResult<Outcome<Application>?>(null);
    });

    public Task<Outcome<Application>> FinancialPaidAsync(Guid id, string? note, CancellationToken ct) => RunAsync(id, "onestop.financial-paid", (db, app, now) =>
    {
        if (app.ConfirmPaid() is { Succeeded: false } failed)
        {
            return Task.FromResult<Outcome<Application>?>(failed);
        }
        ApplicationJournal.Event(db, app, now, user.Name, "financial-paid", note ?? "Đã thực hiện nghĩa vụ tài chính");
        return Task.FromResult<Outcome<Application>?>(null);
    });

    /// <summary>The citizen asks to withdraw (7), recorded at the receiving tenant's counter.</summary>
    public Task<Outcome<Application>> WithdrawAsync(Guid id, string? reason, CancellationToken ct) => Close(id, ApplicationStatus.Withdrawn, "onestop.withdrawn", reason, OneStopRoles.Counter, ct);

    /// <summary>Dừng xử lý (8, form 05): decided by the leader.</summary>
    public Task<Outcome<Application>> StopAsync(Guid id, string? reason, CancellationToken ct) => Close(id, ApplicationStatus.Stopped, "onestop.stopped", reason, OneStopRoles.Leader, ct);

    /// <summary>Văn bản xin lỗi và hẹn lại ngày trả kết quả (form 04) with a new date; the citizen is told.</summary>
    public Task<Outcome<Application>> ApologyAsync(Guid id, ApologyInput input, CancellationToken ct) => RunAsync(id, "onestop.apology", (db, app, now) =>
    {
        if (app.Apologize(input.NewDate, input.Reason, now) is { Succeeded: false } failed)
        {
            return Task.FromResult<Outcome<Application>?>(failed);
        }
        ApplicationJournal.Event(db, app, now, user.Name, "apology", $"Xin lỗi, hẹn lại {input.NewDate:dd/MM/yyyy}: {input.Reason!.Trim()}");
        notifier.Notify(db, app, $"Cơ quan xin lỗi vì hồ sơ chậm so với hẹn. Ngày hẹn mới: {input.NewDate:dd/MM/yyyy}. Lý do: {input.Reason.Trim()}");
        return Task.FromResult<Outcome<Application>?>(null);
    });

    private Task<Outcome<Application>> Close(Guid id, ApplicationStatus status, string action, string? reason, string role, CancellationToken ct) => RunAsync(id, action, (db, app, now) =>
    {
        if (!user.HasRole(role))
        {
            return Task.FromResult<Outcome<Application>?>(Outcome<Application>.Forbidden(Texts.With("onestop.processing.role_required", "role." + role)));
        }
        if (app.Close(status, reason, now) is { Succeeded: false } failed)
        {
            return Task.FromResult<Outcome<Application>?>(failed);
        }
        ApplicationJournal.Event(db, app, now, user.Name, status == ApplicationStatus.Stopped ? "stopped" : "withdrawn", app.Reason);
        notifier.Notify(db, app, $"{status.VietnameseName()}: {app.Reason}");
        if (app.Holder == "away" && app.HolderTenantId is { } holder)
        {
            outbox.Enqueue(db, "status", holder, new StatusPayload(app.Id, (short)status, tenant.Tenant!.Name, app.Reason, now));
        }
        return Task.FromResult<Outcome<Application>?>(null);
    });

    private async Task<Outcome<Application>> RunAsync(Guid id, string action, Change change, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var app = await ReceptionService.LoadAsync(db, id, ct);
        if (app is null)
        {
            return Outcome<Application>.NotFound();
        }
        if (user is not CitizenUser && !user.HasRole([.. OneStopRoles.Processing]))
        {
            return Outcome<Application>.Forbidden("onestop.processing.no_role");
        }
        var before = ApplicationJournal.Snapshot(app);
        var now = clock.GetUtcNow();
        if (await change(db, app, now) is { } failed)
        {
            return failed;
        }
        app.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        // The request's unit of work commits (an outbox handler commits its own scope).
        await audit.RecordAsync(action, "application", app.Id.ToString(), before, ApplicationJournal.Snapshot(app), ct: ct);
        return Outcome<Application>.Ok(app);
    }

    internal async Task ResumeAsync(OneStopDbContext db, Application app, DateTimeOffset now, CancellationToken ct)
    {
        app.Resume(now);
        await MoveAppointmentAsync(db, app, ct);
    }

    /// <summary>After a pause the appointment moves by the paused working time.</summary>
    private async Task MoveAppointmentAsync(OneStopDbContext db, Application app, CancellationToken ct)
    {
        if (app.IsOriginal && app.ReceivedAt is { } received
            && await db.Procedures.AsNoTracking().FirstOrDefaultAsync(p => p.Code == app.ProcedureCode, ct) is { } procedure)
        {
            var moved = await deadlines.AppointmentAsync(received, procedure.DeadlineRule(), app.Pauses, ct);
            app.AppointmentAt = moved.AppointmentAt;
        }
    }

    private static Outcome<Application> StepOfAnotherRole(Application app) =>
        Outcome<Application>.Forbidden(Texts.With("onestop.processing.step_role", "role." + app.Step?.Role));

    private bool MayActOnStep(Application app) =>
        app.Step is { } step && (user.HasRole(step.Role) || user.HasRole(OneStopRoles.Leader) && step.Role != OneStopRoles.Counter);

    private async Task<TenantInfo?> UnitTenantAsync(Application app, RouteStep step, CancellationToken ct) =>
        step.IsSelf
            ? app.OriginTenantId is { } origin ? await directory.FindByIdAsync(origin, ct) : tenant.Tenant
            : await directory.FindBySlugAsync(step.Unit, ct);

    internal static FileRef Ref(ApplicationFile f) => new(f.Sha256, f.FileName, f.MediaType, f.SizeBytes, f.Purpose, f.PaperCode);
}
