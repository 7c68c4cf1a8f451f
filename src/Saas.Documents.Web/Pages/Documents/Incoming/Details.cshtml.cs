using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Saas.Documents;
using Saas.Documents.Configuration;
using Saas.Documents.Incoming;
using Saas.Documents.Search;
using Saas.Files.Storage;
using Saas.Identity.Staff;
using Saas.Platform.MultiTenancy;
using Saas.Platform.Text;

namespace Saas.Documents.Web.Pages.Documents.Incoming;

/// <summary>
/// One incoming document: every metadata field, files, assignments, history, and the actions its status and the
/// user's roles allow (the service enforces the same rules; the page only hides what would be refused).
/// </summary>
[Saas.Web.Pages.GuardsRowVersion("incoming")]
public sealed class DetailsModel(
    DocumentDetailsService details, IncomingDocumentService service, DocumentConfigurationService config, DocumentSearchService search,
    Saas.Web.Organization.AssignableStaff staffDirectory, IDocumentUser user, IFileStore store, TimeProvider clock) : DocumentPageModel
{
    public IncomingDetails Details { get; private set; } = null!;

    public IncomingDocument Doc => Details.Document;

    public IReadOnlyList<DocumentType> Types { get; private set; } = [];

    public IReadOnlyList<Register> FittingRegisters { get; private set; } = [];

    public string? RegisterName { get; private set; }

    public IReadOnlyList<StaffMember> Staff { get; private set; } = [];

    public string? StaffError { get; private set; }

    public IReadOnlyList<OutgoingListItem> ReplyCandidates { get; private set; } = [];

    /// <summary>The service's duplicate warning (Outcome Conflict carrying the document): shown with "Vẫn vào sổ".</summary>
    public string? DuplicateWarning { get; private set; }

    public Dictionary<string, string?> Values { get; } = [];

    public string? V(string key) => Values.GetValueOrDefault(key);

    public bool IsClerk => user.HasRole(DocumentRoles.Clerk);

    public bool IsLeader => user.HasRole(DocumentRoles.Leader);

    public bool IsHead => user.HasRole(DocumentRoles.Head);

    public string UserId => user.Id;

    public IncomingAssignment? MyAssignment => Doc.HandlerAssignment(user);

    public bool CanRegister => Doc.CanRegister(user);

    public bool CanReturn => Doc.CanReturn(user);

    public bool CanAssign => Doc.CanAssign(user);

    public bool CanForward => Doc.CanForward(user);

    /// <summary>The opinion form is offered to those with a part in the document; the step's own rule decides the rest.</summary>
    public bool CanOpinion => Doc.CanAddOpinion() && (IsLeader || IsHead || Doc.Assignments.Any(a => user.Handles.Contains(a.AssigneeId)));

    public bool CanFinish => Doc.CanFinish(user);

    public string TypeName(string code) => Types.FirstOrDefault(t => t.Code == code)?.Name ?? code;

    /// <summary>Who viewed and downloaded the document (shown to those who see it).</summary>
    public IReadOnlyList<Saas.Platform.Auditing.AccessEntry> AccessLog { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct, view: true) ? Page() : NotFound();

    public Task<IActionResult> OnGetDownloadAsync(Guid attachmentId, CancellationToken ct) => DownloadAsync(details, store, attachmentId, ct);

    public async Task<IActionResult> OnPostRegisterAsync(Guid id, CancellationToken ct)
    {
        var form = await Request.ReadFormAsync(ct);
        Keep(form, "registerCode", "processingDeadline");
        if (!IsClerkOrRefuse("register"))
        {
            return await ReloadAsync(id, ct);
        }
        var deadline = ParseDate(form, "processingDeadline");
        if (Errors.Count > 0)
        {
            FailedAction = "register";
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await ReloadAsync(id, ct);
        }
        var acknowledge = form["acknowledgeDuplicate"].ToString() is "true" or "on";
        var outcome = await service.RegisterAsync(id, new RegisterRequest(Text(form, "registerCode"), acknowledge, deadline), ct);
        if (outcome.Succeeded)
        {
            return Done(id, Texts.Get("documents.page.registered", outcome.Value!.ArrivalNumber!.Value));
        }
        Fail(outcome, "register");
        if (outcome.Kind == OutcomeKind.Conflict && outcome.Value is not null)
        {
            DuplicateWarning = Texts.Resolve(outcome.Message);
            ActionError = null;
        }
        return await ReloadAsync(id, ct);
    }

    public async Task<IActionResult> OnPostReturnAsync(Guid id, CancellationToken ct)
    {
        var form = await Request.ReadFormAsync(ct);
        Keep(form, "reason");
        if (!IsClerkOrRefuse("return"))
        {
            return await ReloadAsync(id, ct);
        }
        var outcome = await service.ReturnAsync(id, new ReturnRequest(Text(form, "reason")), ct);
        return outcome.Succeeded ? Done(id, Texts.Get("documents.page.returned")) : await FailAsync(id, outcome, "return", ct);
    }

    public async Task<IActionResult> OnPostAssignAsync(Guid id, CancellationToken ct)
    {
        var form = await Request.ReadFormAsync(ct);
        Keep(form, "lead", "deadline", "note");
        if (!user.HasRole(DocumentRoles.Leader, DocumentRoles.Head))
        {
            Refuse("documents.incoming.assign.leader_or_head", "assign");
            return await ReloadAsync(id, ct);
        }
        var deadline = ParseDate(form, "deadline");
        var assignees = await AssigneesAsync(form, Text(form, "lead"), ct);
        if (Errors.Count > 0)
        {
            FailedAction = "assign";
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await ReloadAsync(id, ct);
        }
        var outcome = await service.AssignAsync(id, new AssignRequest(assignees, deadline, Text(form, "note")), ct);
        return outcome.Succeeded ? Done(id, Texts.Get("documents.page.assigned")) : await FailAsync(id, outcome, "assign", ct);
    }

    public async Task<IActionResult> OnPostForwardAsync(Guid id, CancellationToken ct)
    {
        var form = await Request.ReadFormAsync(ct);
        Keep(form, "deadline", "note");
        var deadline = ParseDate(form, "deadline");
        var assignees = await AssigneesAsync(form, null, ct);
        if (Errors.Count > 0)
        {
            FailedAction = "forward";
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await ReloadAsync(id, ct);
        }
        var outcome = await service.ForwardAsync(id, new AssignRequest(assignees, deadline, Text(form, "note")), ct);
        return outcome.Succeeded ? Done(id, Texts.Get("documents.page.forwarded")) : await FailAsync(id, outcome, "forward", ct);
    }

    public async Task<IActionResult> OnPostOpinionAsync(Guid id, CancellationToken ct)
    {
        var form = await Request.ReadFormAsync(ct);
        Keep(form, "text");
        var outcome = await service.AddOpinionAsync(id, new OpinionRequest(Text(form, "text")), ct);
        return outcome.Succeeded ? Done(id, Texts.Get("documents.page.opinion_added")) : await FailAsync(id, outcome, "opinion", ct);
    }

    public async Task<IActionResult> OnPostFinishAsync(Guid id, CancellationToken ct)
    {
        var form = await Request.ReadFormAsync(ct);
        Keep(form, "result", "replyOutgoingId");
        Guid? reply = null;
        if (Text(form, "replyOutgoingId") is { } r)
        {
            if (Guid.TryParse(r, out var g))
            {
                reply = g;
            }
            else
            {
                Fail(new Dictionary<string, string[]> { ["replyOutgoingId"] = ["documents.incoming.finish.reply_not_found"] }, "finish");
                return await ReloadAsync(id, ct);
            }
        }
        var outcome = await service.FinishAsync(id, new FinishRequest(Text(form, "result"), reply), ct);
        return outcome.Succeeded ? Done(id, Texts.Get("documents.page.finished")) : await FailAsync(id, outcome, "finish", ct);
    }

    /// <summary>One lead (assign only), co-handlers and people to inform, named from the tenant's staff list.</summary>
    private async Task<List<AssigneeInput>> AssigneesAsync(IFormCollection form, string? lead, CancellationToken ct)
    {
        var staff = await LoadStaffAsync(ct);
        var byId = staff.ToDictionary(s => s.UserId);
        var list = new List<AssigneeInput>();
        void Add(string? userId, string role)
        {
            if (string.IsNullOrWhiteSpace(userId))
            {
                return;
            }
            if (!byId.TryGetValue(userId, out var member))
            {
                Errors["assignees"] = ["documents.page.assignee_not_member"];
                return;
            }
            list.Add(new AssigneeInput(member.UserId, member.DisplayName, role, null));
        }
        Add(lead, AssignmentRoles.Lead);
        foreach (var c in form["coordinate"])
        {
            Add(c, AssignmentRoles.Coordinate);
        }
        foreach (var i in form["inform"])
        {
            Add(i, AssignmentRoles.Inform);
        }
        if (StaffError is not null)
        {
            Errors["assignees"] = [StaffError];
        }
        return list;
    }

    private async Task<IReadOnlyList<StaffMember>> LoadStaffAsync(CancellationToken ct)
    {
        if (Staff.Count > 0)
        {
            return Staff;
        }
        try
        {
            Staff = await staffDirectory.ListAsync(ct);
        }
        catch (HttpRequestException ex)
        {
            StaffError = Texts.Get("documents.page.staff_unavailable", ex.Message);
        }
        return Staff;
    }

    private bool IsClerkOrRefuse(string action)
    {
        if (IsClerk)
        {
            return true;
        }
        Refuse("documents.page.clerk_only", action);
        return false;
    }

    private IActionResult Done(Guid id, string message)
    {
        TempData["Flash"] = message;
        return Redirect($"{Request.PathBase}/documents/incoming/{id}");
    }

    private async Task<IActionResult> FailAsync(Guid id, Outcome<IncomingDocument> outcome, string action, CancellationToken ct)
    {
        Fail(outcome, action);
        return await ReloadAsync(id, ct);
    }

    private async Task<IActionResult> ReloadAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct, bool view = false)
    {
        if (await (view ? details.ViewIncomingAsync(id, ct) : details.IncomingAsync(id, ct)) is not { } x)
        {
            return false;
        }
        Details = x;
        AccessLog = await details.AccessHistoryAsync("incoming", id, ct) ?? [];
        Types = await config.DocumentTypesAsync(ct);
        var registers = await config.RegistersAsync(ct);
        RegisterName = registers.FirstOrDefault(r => r.Code == Doc.RegisterCode)?.Name;
        FittingRegisters = registers.Where(r => r.Direction == "incoming" && r.Active && r.Secret == (Doc.Secrecy > 0)).ToList();
        if (CanAssign || CanForward)
        {
            await LoadStaffAsync(ct);
        }
        if (CanFinish)
        {
            ReplyCandidates = (await search.OutgoingAsync(new DocumentQuery { Status = Saas.Documents.Outgoing.OutgoingStatusCodes.Code(Saas.Documents.Outgoing.OutgoingStatus.Issued), Size = 50 }, ct)).Items;
        }
        if (!Values.ContainsKey("processingDeadline"))
        {
            Values["processingDeadline"] = DocumentUi.Date(Doc.DueDate);
        }
        if (!Values.ContainsKey("deadline"))
        {
            Values["deadline"] = DocumentUi.Date(Doc.ProcessingDeadline ?? Doc.DueDate);
        }
        return true;
    }

    private void Keep(IFormCollection form, params string[] keys)
    {
        foreach (var k in keys)
        {
            Values[k] = form[k].ToString();
        }
        Values["coordinate"] = string.Join(",", form["coordinate"].ToArray());
        Values["inform"] = string.Join(",", form["inform"].ToArray());
    }

    private static string? Text(IFormCollection form, string key) => form.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.ToString().Trim() : null;

    private DateOnly? ParseDate(IFormCollection form, string key)
    {
        var text = Text(form, key);
        if (text is null)
        {
            return null;
        }
        if (DocumentUi.ParseDate(text) is { } d)
        {
            return d;
        }
        Errors[key] = ["documents.page.invalid_date"];
        return null;
    }

    /// <summary>"Nguyễn Văn A (chủ trì), Trần Thị B (phối hợp)" from the data of an assigned/forwarded event.</summary>
    public static IReadOnlyList<(string Name, string? Role)> People(JsonDocument? data)
    {
        if (data is null || data.RootElement.ValueKind != JsonValueKind.Array)
        {
            return [];
        }
        return data.RootElement.EnumerateArray()
            .Select(e => (Prop(e, "Name") ?? Prop(e, "name") ?? "", Prop(e, "Role") ?? Prop(e, "role")))
            .ToList();

        static string? Prop(JsonElement e, string name) =>
            e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
    }

    public DateOnly Today => Saas.Calendar.VietnamTime.Today(clock);
}
