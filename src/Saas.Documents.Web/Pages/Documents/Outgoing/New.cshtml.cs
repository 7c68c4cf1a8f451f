using Microsoft.AspNetCore.Mvc;
using Saas.Documents;
using Saas.Documents.Configuration;
using Saas.Documents.Outgoing;
using Saas.Documents.Web;
using Saas.Platform.Text;

namespace Saas.Documents.Web.Pages.Documents.Outgoing;

/// <summary>Soạn dự thảo: metadata checked by a dry run first, then the files staged, then the draft stored.</summary>
public sealed class NewModel(OutgoingDocumentService service, DocumentFileStaging staging, DraftRenditions renditions, DocumentConfigurationService config)
    : DocumentPageModel
{
    public IReadOnlyList<DocumentType> Types { get; private set; } = [];

    public Dictionary<string, string?> Values { get; } = new() { ["draftingUnit"] = null };

    public string? V(string key) => Values.GetValueOrDefault(key);

    public async Task OnGetAsync(CancellationToken ct) => Types = (await config.DocumentTypesAsync(ct)).Where(t => t.Active).ToList();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var form = await Request.ReadFormAsync(ct);
        foreach (var key in new[] { "documentTypeCode", "subject", "urgency", "secrecy", "draftingUnit", "pageCount", "dueDate" })
        {
            Values[key] = form[key].ToString();
        }
        var errors = new FieldErrors();
        var f = new FormFields(form, errors);
        var input = new OutgoingInput(f.Text("documentTypeCode"), f.Text("subject"), f.Short("urgency"), f.Short("secrecy"), f.Text("draftingUnit"),
            f.Int("pageCount"), f.Date("dueDate"));
        if (errors.Any)
        {
            return await AgainAsync(errors.ToDictionary(), ct);
        }
        var probe = await service.CreateDraftAsync(input, [], null, ct, dryRun: true, fileCount: form.Files.GetFiles("files").Count);
        if (!probe.Succeeded)
        {
            Fail(probe, "create");
            return await AgainAsync(new Dictionary<string, string[]>(), ct);
        }
        var staged = await staging.StageAsync(form.Files.GetFiles("files"), "files", ct);
        if (!staged.Succeeded)
        {
            return await AgainAsync(staged.Errors, ct);
        }
        var rendered = await renditions.AddAsync(staged.Files, ct);
        if (!rendered.Succeeded)
        {
            await staging.DiscardAsync(staged.Files, ct);
            return await AgainAsync(new Dictionary<string, string[]> { ["files"] = [rendered.Message] }, ct);
        }
        Outcome<OutgoingDocument> outcome;
        try
        {
            outcome = await service.CreateDraftAsync(input, rendered.Files, null, ct);
            if (!outcome.Succeeded)
            {
                await staging.DiscardAsync(rendered.Files, ct);
            }
        }
        catch
        {
            await staging.DiscardAsync(rendered.Files, ct);
            throw;
        }
        if (!outcome.Succeeded)
        {
            Fail(outcome, "create");
            return await AgainAsync(new Dictionary<string, string[]>(), ct);
        }
        TempData["Flash"] = Texts.Get("documents.page.draft_saved");
        return Redirect($"{Request.PathBase}/documents/outgoing/{outcome.Value!.Id}");
    }

    private async Task<IActionResult> AgainAsync(IReadOnlyDictionary<string, string[]> errors, CancellationToken ct)
    {
        if (errors.Count > 0)
        {
            Fail(errors, "create");
        }
        Types = (await config.DocumentTypesAsync(ct)).Where(t => t.Active).ToList();
        return Page();
    }
}
