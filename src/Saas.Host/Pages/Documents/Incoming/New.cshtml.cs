using Microsoft.AspNetCore.Mvc;
using Saas.Documents;
using Saas.Documents.Configuration;
using Saas.Documents.Incoming;
using Saas.Host.Documents;

namespace Saas.Host.Pages.Documents.Incoming;

/// <summary>
/// A clerk enters a paper document with its scans. Same order as the API: metadata validated first (nothing is
/// stored on an error), then the files staged, then the service; staged files are discarded when that fails.
/// </summary>
public sealed class NewModel(IncomingDocumentService service, DocumentFileStaging staging, DocumentConfigurationService config, IDocumentUser user)
    : DocumentPageModel
{
    public IReadOnlyList<DocumentType> Types { get; private set; } = [];

    public Dictionary<string, string?> Values { get; } = [];

    public string? V(string key) => Values.GetValueOrDefault(key);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!user.HasRole(DocumentRoles.Clerk))
        {
            return Forbid();
        }
        Types = (await config.DocumentTypesAsync(ct)).Where(t => t.Active).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!user.HasRole(DocumentRoles.Clerk))
        {
            return Forbid();
        }
        var form = await Request.ReadFormAsync(ct);
        foreach (var key in new[] { "issuerName", "issuerCode", "numberNotation", "issuedDate", "documentTypeCode", "subject", "signerName", "signerPosition",
                     "urgency", "secrecy", "pageCount", "dueDate" })
        {
            Values[key] = form[key].ToString();
        }
        var errors = new FieldErrors();
        var f = new FormFields(form, errors);
        var input = new IncomingInput(f.Text("issuerName"), f.Text("issuerCode"), f.Text("numberNotation"), f.Date("issuedDate"), f.Text("documentTypeCode"),
            f.Text("subject"), f.Text("signerName"), f.Text("signerPosition"), f.Short("urgency"), f.Short("secrecy"), f.Int("pageCount"), f.Date("dueDate"));
        var malformed = errors.ToDictionary().Keys.ToHashSet();
        foreach (var (field, messages) in (await service.ValidateAsync(input, ct)).ToDictionary().Where(e => !malformed.Contains(e.Key)))
        {
            foreach (var m in messages)
            {
                errors.Add(field, m);
            }
        }
        if (errors.Any)
        {
            return await InvalidAsync(errors.ToDictionary(), ct);
        }
        var staged = await staging.StageAsync(form.Files.GetFiles("files"), "files", ct);
        if (!staged.Succeeded)
        {
            return await InvalidAsync(staged.Errors, ct);
        }
        Outcome<IncomingDocument> outcome;
        try
        {
            outcome = await service.CreateManualAsync(input, staged.Files, ct);
            if (!outcome.Succeeded)
            {
                await staging.DiscardAsync(staged.Files, ct);
            }
        }
        catch
        {
            await staging.DiscardAsync(staged.Files, ct);
            throw;
        }
        if (!outcome.Succeeded)
        {
            Fail(outcome, "create");
            Types = (await config.DocumentTypesAsync(ct)).Where(t => t.Active).ToList();
            return Page();
        }
        TempData["Flash"] = $"Đã tiếp nhận văn bản {outcome.Value!.NumberNotation}.";
        return Redirect($"{Request.PathBase}/documents/incoming/{outcome.Value.Id}");
    }

    private async Task<IActionResult> InvalidAsync(IReadOnlyDictionary<string, string[]> errors, CancellationToken ct)
    {
        Fail(errors, "create");
        Types = (await config.DocumentTypesAsync(ct)).Where(t => t.Active).ToList();
        return Page();
    }
}
