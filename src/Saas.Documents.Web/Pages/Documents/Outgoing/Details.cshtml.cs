using Microsoft.AspNetCore.Mvc;
using Saas.Documents;
using Saas.Documents.Attachments;
using Saas.Documents.Configuration;
using Saas.Documents.Outgoing;
using Saas.Documents.Search;
using Saas.Documents.Web;
using Saas.Files.Storage;
using Saas.Platform.MultiTenancy;
using Saas.Platform.Text;

namespace Saas.Documents.Web.Pages.Documents.Outgoing;

/// <summary>
/// One outgoing document: draft versions, approval route, approvals, signing, issuing, recipients with their edXML
/// status, recall and replacement. Actions are offered by status and role; the service decides in the end.
/// </summary>
[Saas.Web.Pages.GuardsRowVersion("outgoing")]
public sealed class DetailsModel(
    DocumentDetailsService details, OutgoingDocumentService service, DocumentConfigurationService config, DocumentFileStaging staging,
    ITenantDirectory directory, ICurrentTenant tenant, IDocumentUser user, IFileStore store, DraftRenditions renditions) : DocumentPageModel
{
    public OutgoingDetails Details { get; private set; } = null!;

    public OutgoingDocument Doc => Details.Document;

    public IReadOnlyList<DocumentType> Types { get; private set; } = [];

    public IReadOnlyList<Register> FittingRegisters { get; private set; } = [];

    public string? RegisterName { get; private set; }

    public IReadOnlyList<TenantInfo> PlatformTargets { get; private set; } = [];

    public Dictionary<string, string?> Values { get; } = [];

    public string? V(string key) => Values.GetValueOrDefault(key);

    public string UserName => user.Name;

    public bool IsClerk => user.HasRole(DocumentRoles.Clerk);

    public bool IsLeader => user.HasRole(DocumentRoles.Leader);

    public bool IsDrafter => Doc.IsDrafter(user);

    public bool IsCurrentReviewer => Doc.IsCurrentReviewer(user);

    public bool CanSubmit => Doc.CanSubmit(user);

    /// <summary>New versions come from the drafter or the current reviewer, while the step's own rule allows them.</summary>
    public bool CanAddVersion => Doc.CanAddVersion() && (IsDrafter || IsCurrentReviewer);

    public bool CanSign => Doc.CanSign(user);

    public bool CanIssue => Doc.CanIssue(user);

    public bool CanRecall => Doc.CanRecall(user);

    public bool CanReplace => (IsClerk || IsLeader) && Doc.CanBeReplaced;

    public IEnumerable<Attachment> Drafts => Details.Attachments.Where(a => a.Purpose == "draft").OrderByDescending(a => a.Version);

    /// <summary>The server's PDF of each DOCX draft version, by the draft attachment it was made from.</summary>
    public ILookup<Guid?, Attachment> Renditions => Details.Attachments.Where(a => a.Purpose == "draft-pdf").ToLookup(a => a.SourceAttachmentId);

    public IEnumerable<Attachment> Others => Details.Attachments.Where(a => a.Purpose is not ("draft" or "draft-pdf"));

    public string TypeName(string code) => Types.FirstOrDefault(t => t.Code == code)?.Name ?? code;

    /// <summary>Who viewed and downloaded the document (shown to those who see it).</summary>
    public IReadOnlyList<Saas.Platform.Auditing.AccessEntry> AccessLog { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct, view: true) ? Page() : NotFound();

    public Task<IActionResult> OnGetDownloadAsync(Guid attachmentId, CancellationToken ct) => DownloadAsync(details, store, attachmentId, ct);

    public async Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct) =>
        await AfterAsync(id, await service.SubmitAsync(id, ct), "submit", Texts.Get("documents.page.submitted"), ct);

    public async Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct)
    {
        var form = await Request.ReadFormAsync(ct);
        Keep(form, "note");
        return await AfterAsync(id, await service.ApproveAsync(id, new DecisionRequest(Text(form, "note")), ct), "review", Texts.Get("documents.page.approved"), ct);
    }

    public async Task<IActionResult> OnPostReturnDraftAsync(Guid id, CancellationToken ct)
    {
        var form = await Request.ReadFormAsync(ct);
        Keep(form, "note");
        return await AfterAsync(id, await service.ReturnForEditAsync(id, new DecisionRequest(Text(form, "note")), ct), "review", Texts.Get("documents.page.returned_for_edit"), ct);
    }

    public async Task<IActionResult> OnPostVersionAsync(Guid id, CancellationToken ct)
    {
        var form = await Request.ReadFormAsync(ct);
        var files = form.Files.GetFiles("file");
        if (files.Count != 1)
        {
            Fail(new Dictionary<string, string[]> { ["file"] = ["documents.api.exactly_one_file"] }, "version");
            return await ReloadAsync(id, ct);
        }
        if (await service.FileRefusalAsync(id, "file", ct) is { } refused)
        {
            Fail(refused, "version");
            return await ReloadAsync(id, ct);
        }
        var staged = await staging.StageAsync(files, "file", ct);
        if (!staged.Succeeded)
        {
            Fail(staged.Errors, "version");
            return await ReloadAsync(id, ct);
        }
        var rendered = await renditions.AddAsync(staged.Files, ct);
        if (!rendered.Succeeded)
        {
            await staging.DiscardAsync(staged.Files, ct);
            Fail(new Dictionary<string, string[]> { ["file"] = [rendered.Message] }, "version");
            return await ReloadAsync(id, ct);
        }
        return await CommitOrDiscardAsync(id, rendered.Files, () => service.AddVersionAsync(id, rendered.Files[0], ct), "version", Texts.Get("documents.page.version_added"), ct);
    }

    public async Task<IActionResult> OnPostSignAsync(Guid id, CancellationToken ct)
    {
        var form = await Request.ReadFormAsync(ct);
        Keep(form, "signingAuthority", "signerName", "signerPosition");
        var body = new SignRequest(Text(form, "signingAuthority"), Text(form, "signerName"), Text(form, "signerPosition"));
        var dry = await service.SignAsync(id, body, null, ct, dryRun: true, withFile: form.Files.GetFiles("signedFile").Count > 0);
        if (!dry.Succeeded)
        {
            Fail(dry, "sign");
            return await ReloadAsync(id, ct);
        }
        var staged = await staging.StageAsync(form.Files.GetFiles("signedFile"), "signedFile", ct, maxFiles: 1);
        if (!staged.Succeeded)
        {
            Fail(staged.Errors, "sign");
            return await ReloadAsync(id, ct);
        }
        var files = staged.Files;
        return await CommitOrDiscardAsync(id, files, () => service.SignAsync(id, body, files.Count > 0 ? files[0] : null, ct), "sign", Texts.Get("documents.page.signed"), ct);
    }

    public async Task<IActionResult> OnPostIssueAsync(Guid id, CancellationToken ct)
    {
        var form = await Request.ReadFormAsync(ct);
        Keep(form, "registerCode", "externalRecipients");
        Values["platformRecipients"] = string.Join(",", form["platformRecipients"].ToArray());
        var platform = form["platformRecipients"].Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!).ToList();
        var external = (form["externalRecipients"].ToString() ?? "")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var outcome = await service.IssueAsync(id, new IssueRequest(Text(form, "registerCode"), platform, external), ct);
        return await AfterAsync(id, outcome, "issue", outcome.Succeeded ? Texts.Get("documents.page.issued", outcome.Value!.NumberNotation) : "", ct);
    }

    public async Task<IActionResult> OnPostRecallAsync(Guid id, CancellationToken ct)
    {
        var form = await Request.ReadFormAsync(ct);
        Keep(form, "reason");
        return await AfterAsync(id, await service.RecallAsync(id, new RecallRequest(Text(form, "reason")), ct), "recall", Texts.Get("documents.page.recalled"), ct);
    }

    public async Task<IActionResult> OnPostReplacementAsync(Guid id, CancellationToken ct)
    {
        if (await details.OutgoingAsync(id, ct) is not { } old)
        {
            return NotFound();
        }
        var d = old.Document;
        var outcome = await service.CreateDraftAsync(new OutgoingInput(d.DocumentTypeCode, d.Subject, d.Urgency, d.Secrecy, d.DraftingUnit, d.PageCount, d.DueDate), [], id, ct);
        if (!outcome.Succeeded)
        {
            Fail(outcome, "replace");
            return await ReloadAsync(id, ct);
        }
        TempData["Flash"] = Texts.Get("documents.page.replacement_drafted");
        return Redirect($"{Request.PathBase}/documents/outgoing/{outcome.Value!.Id}");
    }

    private async Task<IActionResult> CommitOrDiscardAsync(Guid id, IReadOnlyList<StagedFile> files, Func<Task<Outcome<OutgoingDocument>>> operation,
        string action, string message, CancellationToken ct)
    {
        Outcome<OutgoingDocument> outcome;
        try
        {
            outcome = await operation();
            if (!outcome.Succeeded)
            {
                await staging.DiscardAsync(files, ct);
            }
        }
        catch
        {
            await staging.DiscardAsync(files, ct);
            throw;
        }
        return await AfterAsync(id, outcome, action, message, ct);
    }

    private async Task<IActionResult> AfterAsync(Guid id, Outcome<OutgoingDocument> outcome, string action, string message, CancellationToken ct)
    {
        if (outcome.Succeeded)
        {
            TempData["Flash"] = message;
            return Redirect($"{Request.PathBase}/documents/outgoing/{id}");
        }
        Fail(outcome, action);
        return await ReloadAsync(id, ct);
    }

    private async Task<IActionResult> ReloadAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct, bool view = false)
    {
        if (await (view ? details.ViewOutgoingAsync(id, ct) : details.OutgoingAsync(id, ct)) is not { } x)
        {
            return false;
        }
        Details = x;
        AccessLog = await details.AccessHistoryAsync("outgoing", id, ct) ?? [];
        Types = await config.DocumentTypesAsync(ct);
        var registers = await config.RegistersAsync(ct);
        RegisterName = registers.FirstOrDefault(r => r.Code == Doc.RegisterCode)?.Name;
        if (CanIssue)
        {
            // The same fit as the service: a register numbers the types it names; one naming none numbers the types no sibling claims.
            var outgoing = registers.Where(r => r.Direction == "outgoing" && r.Active && r.Secret == (Doc.Secrecy > 0)).ToList();
            FittingRegisters = outgoing.Where(r => r.DocumentTypes.Contains(Doc.DocumentTypeCode)).ToList();
            if (FittingRegisters.Count == 0)
            {
                FittingRegisters = outgoing.Where(r => r.DocumentTypes.Count == 0).ToList();
            }
            PlatformTargets = (await directory.ActiveAsync(ct)).Where(t => t.Id != tenant.Id).OrderBy(t => t.Name, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false)).ToList();
        }
        if (CanSign)
        {
            Values.TryAdd("signerName", user.Name);
        }
        return true;
    }

    private void Keep(IFormCollection form, params string[] keys)
    {
        foreach (var k in keys)
        {
            Values[k] = form[k].ToString();
        }
    }

    private static string? Text(IFormCollection form, string key) => form.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.ToString().Trim() : null;
}
