using Microsoft.EntityFrameworkCore;
using Saas.OneStop.Catalogue;
using Saas.OneStop.Notifications;
using Saas.Platform.Auditing;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;
using Saas.Platform.Text;

namespace Saas.OneStop.Applications;

/// <summary>
/// Tiếp nhận hồ sơ: at the counter (or by post) the officer checks the papers against the procedure and receives
/// (form 01, code and appointment) or refuses (form 03); online the citizen submits (status 1, code issued) and the
/// counter later accepts or refuses. Nothing is stored when the input is invalid.
/// </summary>
public sealed class ReceptionService(
    TenantDbContextFactory<OneStopDbContext> contexts,
    TenantDataSession session,
    ICurrentTenant tenant,
    IOneStopUser user,
    ApplicationCodeAllocator codes,
    DeadlineService deadlines,
    CitizenNotifier notifier,
    IAuditTrail audit,
    TimeProvider clock)
{
    public async Task<(FieldErrors Errors, Procedure? Procedure)> ValidateAsync(ApplicantInput applicant, CancellationToken ct)
    {
        var errors = new FieldErrors();
        ApplicantValidator.Validate(applicant, errors);
        Procedure? procedure = null;
        if (!string.IsNullOrWhiteSpace(applicant.ProcedureCode))
        {
            await using var db = await contexts.CreateAsync(ct);
            procedure = await db.Procedures.AsNoTracking().FirstOrDefaultAsync(p => p.Code == applicant.ProcedureCode && p.Active, ct);
            if (procedure is null)
            {
                errors.Add("procedureCode", "Thủ tục không có trong danh mục của đơn vị / Unknown procedure");
            }
        }
        return (errors, procedure);
    }

    /// <summary>Papers marked required but neither ticked by the officer nor uploaded.</summary>
    public static IReadOnlyList<RequiredPaper> MissingPapers(Procedure procedure, IEnumerable<string> ticked, IEnumerable<StagedPaper> files)
    {
        var present = ticked.Concat(files.Select(f => f.PaperCode).OfType<string>()).ToHashSet(StringComparer.Ordinal);
        return [.. procedure.Papers.Where(p => p.Required && !present.Contains(p.Code))];
    }

    public async Task<Outcome<Application>> ReceiveAtCounterAsync(ReceptionInput input, IReadOnlyList<StagedPaper> files, CancellationToken ct)
    {
        if (!user.HasRole(OneStopRoles.Counter))
        {
            return Outcome<Application>.Forbidden("Chỉ cán bộ một cửa tiếp nhận hồ sơ / Only counter officers receive applications");
        }
        var (errors, procedure) = await ValidateAsync(input.Applicant, ct);
        var decision = input.Decision ?? "receive";
        if (decision is not ("receive" or "refuse"))
        {
            errors.Add("decision", "receive | refuse");
        }
        if (input.Channel is not (Channels.Counter or Channels.Post))
        {
            errors.Add("channel", "Kênh 1 (trực tiếp) hoặc 3 (bưu chính) / Channel 1 (counter) or 3 (post)");
        }
        if (decision == "refuse" && string.IsNullOrWhiteSpace(input.Reason))
        {
            errors.Add("reason", "Nêu lý do từ chối (mẫu 03) / Give the reason for refusing (form 03)");
        }
        if (procedure is not null && decision == "receive" && MissingPapers(procedure, input.PapersChecked, files) is { Count: > 0 } missing)
        {
            errors.Add("papers", "Thiếu giấy tờ, hướng dẫn bổ sung (mẫu 02) / Papers missing: " + string.Join("; ", missing.Select(m => m.Name)));
        }
        if (errors.Any)
        {
            return Outcome<Application>.Invalid(errors.ToDictionary());
        }
        await using var db = await contexts.CreateAsync(ct);
        var now = clock.GetUtcNow();
        var app = await NewAsync(db, procedure!, input.Applicant, input.Channel, files, now, ct);
        if (decision == "refuse")
        {
            app.Status = ApplicationStatus.NotReceived;
            app.Reason = input.Reason!.Trim();
            app.FinishedAt = now;
            ApplicationJournal.Event(db, app, now, user.Name, "refused", app.Reason);
        }
        else
        {
            await MarkReceivedAsync(db, app, procedure!, now, ct);
        }
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(decision == "refuse" ? "onestop.refused" : "onestop.received", "application", app.Id.ToString(), null, ApplicationJournal.Snapshot(app), ct: ct);
        await session.CommitAsync(ct);
        return Outcome<Application>.Ok(app);
    }

    /// <summary>The citizen's online submission: status 1 with a code, waiting for the counter to check it.</summary>
    public async Task<Outcome<Application>> SubmitOnlineAsync(ApplicantInput applicant, IReadOnlyList<StagedPaper> files, CancellationToken ct)
    {
        var (errors, procedure) = await ValidateAsync(applicant, ct);
        if (procedure is not null && MissingPapers(procedure, [], files) is { Count: > 0 } missing)
        {
            errors.Add("files", "Thiếu giấy tờ bắt buộc / Required papers missing: " + string.Join("; ", missing.Select(m => m.Name)));
        }
        if (errors.Any)
        {
            return Outcome<Application>.Invalid(errors.ToDictionary());
        }
        await using var db = await contexts.CreateAsync(ct);
        var now = clock.GetUtcNow();
        var app = await NewAsync(db, procedure!, applicant, Channels.Online, files, now, ct);
        notifier.Notify(db, app, $"Hồ sơ {procedure!.Name} đã được đăng ký trực tuyến, đang chờ cán bộ một cửa kiểm tra.");
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("onestop.submitted-online", "application", app.Id.ToString(), null, ApplicationJournal.Snapshot(app), ct: ct);
        await session.CommitAsync(ct);
        return Outcome<Application>.Ok(app);
    }

    /// <summary>The counter accepts an online application after checking its papers (status 1 → 2).</summary>
    public async Task<Outcome<Application>> AcceptOnlineAsync(Guid id, CancellationToken ct)
    {
        if (!user.HasRole(OneStopRoles.Counter))
        {
            return Outcome<Application>.Forbidden("Chỉ cán bộ một cửa tiếp nhận hồ sơ / Only counter officers receive applications");
        }
        await using var db = await contexts.CreateAsync(ct);
        var app = await LoadAsync(db, id, ct);
        if (app is null)
        {
            return Outcome<Application>.NotFound();
        }
        if (app.Status != ApplicationStatus.New)
        {
            return Outcome<Application>.Conflict("Hồ sơ không ở trạng thái Mới đăng ký / The application is not new");
        }
        var procedure = await db.Procedures.AsNoTracking().FirstOrDefaultAsync(p => p.Code == app.ProcedureCode, ct);
        if (procedure is null)
        {
            return Outcome<Application>.Conflict("Thủ tục không còn trong danh mục / The procedure is no longer in the catalogue");
        }
        var now = clock.GetUtcNow();
        var before = ApplicationJournal.Snapshot(app);
        await MarkReceivedAsync(db, app, procedure, now, ct);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("onestop.received", "application", app.Id.ToString(), before, ApplicationJournal.Snapshot(app), ct: ct);
        await session.CommitAsync(ct);
        return Outcome<Application>.Ok(app);
    }

    /// <summary>Refuses an online application (form 03, status 3) with the reason.</summary>
    public async Task<Outcome<Application>> RefuseOnlineAsync(Guid id, string? reason, CancellationToken ct)
    {
        if (!user.HasRole(OneStopRoles.Counter))
        {
            return Outcome<Application>.Forbidden("Chỉ cán bộ một cửa / Counter officers only");
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Outcome<Application>.Invalid("reason", "Nêu lý do từ chối (mẫu 03) / Give the reason (form 03)");
        }
        await using var db = await contexts.CreateAsync(ct);
        var app = await LoadAsync(db, id, ct);
        if (app is null)
        {
            return Outcome<Application>.NotFound();
        }
        if (app.Status != ApplicationStatus.New)
        {
            return Outcome<Application>.Conflict("Hồ sơ không ở trạng thái Mới đăng ký / The application is not new");
        }
        var now = clock.GetUtcNow();
        app.Status = ApplicationStatus.NotReceived;
        app.Reason = reason.Trim();
        app.FinishedAt = now;
        app.UpdatedAt = now;
        ApplicationJournal.Event(db, app, now, user.Name, "refused", app.Reason);
        notifier.Notify(db, app, $"Hồ sơ không được tiếp nhận. Lý do: {app.Reason}");
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("onestop.refused", "application", app.Id.ToString(), null, ApplicationJournal.Snapshot(app), ct: ct);
        await session.CommitAsync(ct);
        return Outcome<Application>.Ok(app);
    }

    private async Task<Application> NewAsync(OneStopDbContext db, Procedure procedure, ApplicantInput a, short channel, IReadOnlyList<StagedPaper> files, DateTimeOffset now, CancellationToken ct)
    {
        var app = new Application
        {
            TenantId = tenant.Id!.Value,
            Id = Guid.CreateVersion7(),
            Code = await codes.NextAsync(now, ct),
            ProcedureCode = procedure.Code,
            ProcedureName = procedure.Name,
            Channel = channel,
            Status = ApplicationStatus.New,
            ApplicantName = a.Name!.Trim(),
            ApplicantIdNumber = ApplicantValidator.NormalizeId(a.IdNumber),
            ApplicantPhone = ApplicantValidator.NormalizePhone(a.Phone),
            ApplicantEmail = string.IsNullOrWhiteSpace(a.Email) ? null : a.Email.Trim(),
            ApplicantAddress = a.Address?.Trim(),
            Content = a.Content?.Trim(),
            SubmittedAt = now,
            Route = procedure.Route,
            TotalHours = DeadlineService.TotalWorkingHours(procedure),
            CreatedAt = now,
            UpdatedAt = now,
        };
        app.SearchText = VietnameseText.Fold($"{app.Code} {app.ApplicantName} {app.ProcedureName} {app.ApplicantIdNumber} {app.ApplicantPhone}");
        db.Applications.Add(app);
        foreach (var f in files)
        {
            ApplicationJournal.File(db, app, "paper", f.PaperCode, f.Sha256, f.FileName, f.MediaType, f.SizeBytes, user.Name, now);
        }
        ApplicationJournal.Event(db, app, now, user.Name, "submitted", $"{Channels.Name(channel)}: {procedure.Name}");
        return app;
    }

    /// <summary>Status 2, appointment from the working-day calendar, the reception row of the tracking sheet.</summary>
    private async Task MarkReceivedAsync(OneStopDbContext db, Application app, Procedure procedure, DateTimeOffset now, CancellationToken ct)
    {
        var deadline = await deadlines.AppointmentAsync(now, procedure.DeadlineRule(), [], ct);
        app.Status = ApplicationStatus.Received;
        app.ReceivedAt = now;
        app.ReceivedBy = user.Id;
        app.ReceivedByName = user.Name;
        app.AppointmentAt = deadline.AppointmentAt;
        app.CountingStartsAt = deadline.CountingStartsAt;
        app.CurrentStep = 0;
        app.StepStartedAt = now;
        app.StepDueAt = await deadlines.StepDueAsync(now, app.Route[0], app.TotalHours, app.AppointmentAt, ct);
        app.AssigneeId = user.Id;
        app.AssigneeName = user.Name;
        app.UpdatedAt = now;
        ApplicationJournal.Handover(db, app, now, tenant.Tenant!.Name, app.ApplicantName, user.Name, null, "Tiếp nhận hồ sơ");
        ApplicationJournal.Event(db, app, now, user.Name, "received",
            $"Tiếp nhận, hẹn trả kết quả {Saas.Calendar.VietnamTime.ToLocal(deadline.AppointmentAt):HH:mm dd/MM/yyyy}");
        notifier.Notify(db, app, $"Hồ sơ đã được tiếp nhận, hẹn trả kết quả lúc {Saas.Calendar.VietnamTime.ToLocal(deadline.AppointmentAt):HH:mm dd/MM/yyyy}.");
    }

    internal static Task<Application?> LoadAsync(OneStopDbContext db, Guid id, CancellationToken ct) =>
        db.Applications.Include(a => a.Handovers).Include(a => a.Pauses).FirstOrDefaultAsync(a => a.Id == id, ct);
}
