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
                errors.Add("procedureCode", "onestop.reception.unknown_procedure");
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
            return Outcome<Application>.Forbidden("onestop.reception.counter_only");
        }
        var (errors, procedure) = await ValidateAsync(input.Applicant, ct);
        var decision = input.Decision ?? "receive";
        if (decision is not ("receive" or "refuse"))
        {
            errors.Add("decision", "receive | refuse");
        }
        if (input.Channel is not (Channels.Counter or Channels.Post))
        {
            errors.Add("channel", "onestop.reception.channel");
        }
        if (decision == "refuse" && string.IsNullOrWhiteSpace(input.Reason))
        {
            errors.Add("reason", "onestop.reception.refusal_reason");
        }
        if (procedure is not null && decision == "receive" && MissingPapers(procedure, input.PapersChecked, files) is { Count: > 0 } missing)
        {
            errors.Add("papers", Texts.With("onestop.reception.papers_missing", string.Join("; ", missing.Select(m => m.Name))));
        }
        if (errors.Any)
        {
            return Outcome<Application>.Invalid(errors.ToDictionary());
        }
        await using var db = await contexts.CreateAsync(ct);
        var now = clock.GetUtcNow();
        var app = await NewAsync(db, procedure!, input.Applicant, input.Channel, files, now, ct);
        var decided = decision == "refuse" ? app.Refuse(input.Reason, now) : await MarkReceivedAsync(db, app, procedure!, now, ct);
        if (!decided.Succeeded)
        {
            return decided;
        }
        if (decision == "refuse")
        {
            ApplicationJournal.Event(db, app, now, user.Name, "refused", app.Reason);
        }
        await db.SaveChangesAsync(ct);
        // The request's unit of work commits; a citizen's submission commits the tenant scope it runs in.
        await audit.RecordAsync(decision == "refuse" ? "onestop.refused" : "onestop.received", "application", app.Id.ToString(), null, ApplicationJournal.Snapshot(app), ct: ct);
        return Outcome<Application>.Ok(app);
    }

    /// <summary>The citizen's online submission: status 1 with a code, waiting for the counter to check it.</summary>
    public async Task<Outcome<Application>> SubmitOnlineAsync(ApplicantInput applicant, IReadOnlyList<StagedPaper> files, CancellationToken ct)
    {
        var (errors, procedure) = await ValidateAsync(applicant, ct);
        if (procedure is not null && MissingPapers(procedure, [], files) is { Count: > 0 } missing)
        {
            errors.Add("files", Texts.With("onestop.reception.required_papers_missing", string.Join("; ", missing.Select(m => m.Name))));
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
        return Outcome<Application>.Ok(app);
    }

    /// <summary>The counter accepts an online application after checking its papers (status 1 → 2).</summary>
    public async Task<Outcome<Application>> AcceptOnlineAsync(Guid id, CancellationToken ct)
    {
        if (!user.HasRole(OneStopRoles.Counter))
        {
            return Outcome<Application>.Forbidden("onestop.reception.counter_only");
        }
        await using var db = await contexts.CreateAsync(ct);
        var app = await LoadAsync(db, id, ct);
        if (app is null)
        {
            return Outcome<Application>.NotFound();
        }
        if (app.WhyNot(ApplicationStep.Accept) is { } refused)
        {
            return refused;
        }
        var procedure = await db.Procedures.AsNoTracking().FirstOrDefaultAsync(p => p.Code == app.ProcedureCode, ct);
        if (procedure is null)
        {
            return Outcome<Application>.Conflict("onestop.reception.procedure_gone");
        }
        var now = clock.GetUtcNow();
        var before = ApplicationJournal.Snapshot(app);
        if (await MarkReceivedAsync(db, app, procedure, now, ct) is { Succeeded: false } failed)
        {
            return failed;
        }
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("onestop.received", "application", app.Id.ToString(), before, ApplicationJournal.Snapshot(app), ct: ct);
        return Outcome<Application>.Ok(app);
    }

    /// <summary>Refuses an online application (form 03, status 3) with the reason.</summary>
    public async Task<Outcome<Application>> RefuseOnlineAsync(Guid id, string? reason, CancellationToken ct)
    {
        if (!user.HasRole(OneStopRoles.Counter))
        {
            return Outcome<Application>.Forbidden("onestop.reception.counter_only");
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Outcome<Application>.Invalid("reason", "onestop.reception.refusal_reason");
        }
        await using var db = await contexts.CreateAsync(ct);
        var app = await LoadAsync(db, id, ct);
        if (app is null)
        {
            return Outcome<Application>.NotFound();
        }
        var now = clock.GetUtcNow();
        if (app.Refuse(reason, now) is { Succeeded: false } failed)
        {
            return failed;
        }
        ApplicationJournal.Event(db, app, now, user.Name, "refused", app.Reason);
        notifier.Notify(db, app, $"Hồ sơ không được tiếp nhận. Lý do: {app.Reason}");
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("onestop.refused", "application", app.Id.ToString(), null, ApplicationJournal.Snapshot(app), ct: ct);
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
        ApplicationJournal.Event(db, app, now, user.Name, "submitted", $"{Channels.VietnameseName(channel)}: {procedure.Name}");
        return app;
    }

    /// <summary>Status 2, appointment from the working-day calendar, the reception row of the tracking sheet.</summary>
    private async Task<Outcome<Application>> MarkReceivedAsync(OneStopDbContext db, Application app, Procedure procedure, DateTimeOffset now, CancellationToken ct)
    {
        var deadline = await deadlines.AppointmentAsync(now, procedure.DeadlineRule(), [], ct);
        var firstStepDue = await deadlines.StepDueAsync(now, app.Route[0], app.TotalHours, deadline.AppointmentAt, ct);
        if (app.Receive(now, user.Id, user.Name, deadline, firstStepDue) is { Succeeded: false } refused)
        {
            return refused;
        }
        ApplicationJournal.Handover(db, app, now, tenant.Tenant!.Name, app.ApplicantName, user.Name, null, "Tiếp nhận hồ sơ");
        ApplicationJournal.Event(db, app, now, user.Name, "received",
            $"Tiếp nhận, hẹn trả kết quả {Saas.Calendar.VietnamTime.ToLocal(deadline.AppointmentAt):HH:mm dd/MM/yyyy}");
        notifier.Notify(db, app, $"Hồ sơ đã được tiếp nhận, hẹn trả kết quả lúc {Saas.Calendar.VietnamTime.ToLocal(deadline.AppointmentAt):HH:mm dd/MM/yyyy}.");
        return Outcome<Application>.Ok(app);
    }

    internal static Task<Application?> LoadAsync(OneStopDbContext db, Guid id, CancellationToken ct) =>
        db.Applications.Include(a => a.Handovers).Include(a => a.Pauses).FirstOrDefaultAsync(a => a.Id == id, ct);
}
