using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Saas.Files.Storage;
using Saas.Identity.Authorization;
using Saas.OneStop;
using Saas.OneStop.Applications;
using Saas.OneStop.Processing;
using Saas.OneStop.Web.Forms;
using Saas.OneStop.Web.Intake;
using Saas.OneStop.Web.Pages;

namespace Saas.OneStop.Web.Pages.OneStop;

/// <summary>
/// One application as this tenant holds it: applicant, papers, route, the tracking sheet (form 06), pauses, history,
/// printable forms, and the actions its status and the officer's roles allow. The services enforce the same rules;
/// the page only hides what they would refuse.
/// </summary>
[Authorize(Policy = Policies.TenantMember)]
[Saas.Web.Pages.GuardsRowVersion("application")]
public sealed class DetailsModel(
    ApplicationQueries queries, ReceptionService reception, ProcessingService processing, ApplicationIntake intake,
    IOneStopUser user, IFileStore store, OneStopForms forms, TimeProvider clock) : OneStopPageModel
{
    public Application App { get; private set; } = null!;

    public DateTimeOffset Now { get; private set; }

    public bool IsCounter => user.HasRole(OneStopRoles.Counter);

    public bool IsLeader => user.HasRole(OneStopRoles.Leader);

    public bool Here => App.IsHere;

    public bool MayActOnStep => App.Step is { } s && (user.HasRole(s.Role) || IsLeader && s.Role != OneStopRoles.Counter);

    public bool AtLastProcessingStep => App.AtLastProcessingStep;

    // The state half of each flag is the application's own rule (Application.WhyNot); the roles are the services'.
    public bool CanAccept => IsCounter && App.Allows(ApplicationStep.Accept);

    public bool CanForward => MayActOnStep && App.Allows(ApplicationStep.Forward);

    public bool CanComplete => App.Allows(ApplicationStep.Complete) && (MayActOnStep && AtLastProcessingStep || IsLeader);

    public bool CanRequestSupplement => App.Allows(ApplicationStep.RequestSupplement) && (MayActOnStep || IsCounter);

    public bool CanCompleteSupplement => IsCounter && App.Allows(ApplicationStep.CompleteSupplement);

    public bool CanRequestFinancial => MayActOnStep && App.Allows(ApplicationStep.RequestFinancial);

    public bool CanConfirmPaid => App.Allows(ApplicationStep.ConfirmPaid) && (IsCounter || MayActOnStep);

    public bool CanReturn => IsCounter && App.Allows(ApplicationStep.Return);

    public bool CanWithdraw => IsCounter && App.Allows(ApplicationStep.Close);

    public bool CanStop => IsLeader && App.Allows(ApplicationStep.Close);

    public bool CanApologize => (IsCounter || IsLeader) && App.Allows(ApplicationStep.Apologize);

    /// <summary>Printable forms that exist for this application's history.</summary>
    public IEnumerable<string> Forms
    {
        get
        {
            if (App.ReceivedAt is not null)
            {
                yield return "01";
            }
            if (App.Pauses.Any(p => p.Kind == "supplement"))
            {
                yield return "02";
            }
            if (App.Status == ApplicationStatus.NotReceived)
            {
                yield return "03";
            }
            if (App.ExtendedAppointmentAt is not null)
            {
                yield return "04";
            }
            if (App.Status == ApplicationStatus.Stopped)
            {
                yield return "05";
            }
            yield return "06";
        }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>Papers and results, only through an application this tenant holds (row-level security decides the rest).</summary>
    public async Task<IActionResult> OnGetDownloadAsync(Guid id, Guid fileId, CancellationToken ct)
    {
        if (await queries.DetailsAsync(id, ct) is not { } app || app.Files.FirstOrDefault(f => f.Id == fileId) is not { } file
            || await store.OpenReadAsync(file.Sha256, ct) is not { } stream)
        {
            return NotFound();
        }
        return new FileStreamResult(stream, file.MediaType) { FileDownloadName = file.FileName };
    }

    /// <summary>Printable forms 01–06 as HTML for the browser's print dialog.</summary>
    public async Task<IActionResult> OnGetFormAsync(Guid id, string form, string? format, CancellationToken ct)
    {
        if (await queries.DetailsAsync(id, ct) is not { } app || OneStopForms.Content(form, app) is null)
        {
            return NotFound();
        }
        return format == "pdf"
            ? File(forms.Pdf(form, app)!, "application/pdf", $"mau-{form}-{app.Code}.pdf")
            : Content(forms.Render(form, app)!, "text/html; charset=utf-8");
    }

    public Task<IActionResult> OnPostAcceptAsync(Guid id, CancellationToken ct) => After(id, reception.AcceptOnlineAsync(id, ct), "accept", ct);

    public Task<IActionResult> OnPostRefuseAsync(Guid id, string? reason, CancellationToken ct) => After(id, reception.RefuseOnlineAsync(id, reason, ct), "refuse", ct);

    public Task<IActionResult> OnPostForwardAsync(Guid id, string? note, CancellationToken ct) => After(id, processing.ForwardAsync(id, new ForwardInput(note, null, null), ct), "forward", ct);

    public async Task<IActionResult> OnPostCompleteAsync(Guid id, CancellationToken ct)
    {
        var form = await Request.ReadFormAsync(ct);
        return await After(id, intake.WithFilesAsync(form, papers => processing.CompleteAsync(id, form["note"].ToString(), papers, ct), ct), "complete", ct);
    }

    public Task<IActionResult> OnPostSupplementRequestAsync(Guid id, string? reason, CancellationToken ct) =>
        After(id, processing.RequestSupplementAsync(id, reason, ct), "supplement-request", ct);

    public async Task<IActionResult> OnPostSupplementCompleteAsync(Guid id, CancellationToken ct)
    {
        var form = await Request.ReadFormAsync(ct);
        var note = form["note"].ToString() is { Length: > 0 } n ? n : null;
        return await After(id, intake.WithFilesAsync(form, papers => processing.CompleteSupplementAsync(id, note, papers, ct), ct), "supplement-complete", ct);
    }

    public Task<IActionResult> OnPostFinancialRequestAsync(Guid id, string? note, CancellationToken ct) => After(id, processing.RequestFinancialAsync(id, note, ct), "financial-request", ct);

    public Task<IActionResult> OnPostFinancialPaidAsync(Guid id, string? note, CancellationToken ct) => After(id, processing.FinancialPaidAsync(id, note, ct), "financial-paid", ct);

    public Task<IActionResult> OnPostReturnAsync(Guid id, string? receivedBy, string? note, CancellationToken ct) =>
        After(id, processing.ReturnAsync(id, new ReturnInput(receivedBy, note), ct), "return", ct);

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, string? reason, CancellationToken ct) => After(id, processing.WithdrawAsync(id, reason, ct), "withdraw", ct);

    public Task<IActionResult> OnPostStopAsync(Guid id, string? reason, CancellationToken ct) => After(id, processing.StopAsync(id, reason, ct), "stop", ct);

    public Task<IActionResult> OnPostApologyAsync(Guid id, string? newDate, string? reason, CancellationToken ct)
    {
        var date = PageFormat.ParseDate(newDate);
        if (date is null && !string.IsNullOrWhiteSpace(newDate))
        {
            return After(id, Task.FromResult(Outcome<Application>.Invalid("newDate", "onestop.web.date_format")), "apology", ct);
        }
        return After(id, processing.ApologyAsync(id, new ApologyInput(date, reason), ct), "apology", ct);
    }

    /// <summary>Post/redirect/get on success; on refusal the page again with the errors under the action's form.</summary>
    private async Task<IActionResult> After(Guid id, Task<Outcome<Application>> operation, string action, CancellationToken ct)
    {
        var outcome = await operation;
        if (outcome.Succeeded)
        {
            return Redirect($"{Request.PathBase}/onestop/applications/{id}");
        }
        Fail(outcome, action);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Now = clock.GetUtcNow();
        if (await queries.DetailsAsync(id, ct) is not { } app)
        {
            return false;
        }
        App = app;
        return true;
    }
}
