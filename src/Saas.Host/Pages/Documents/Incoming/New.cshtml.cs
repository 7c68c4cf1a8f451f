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
public sealed class NewModel(IncomingFormIntake intake, DocumentConfigurationService config, IDocumentUser user)
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
        var outcome = await intake.CreateAsync(form, ct);
        if (!outcome.Succeeded)
        {
            Fail(outcome, "create");
            Types = (await config.DocumentTypesAsync(ct)).Where(t => t.Active).ToList();
            return Page();
        }
        TempData["Flash"] = $"Đã tiếp nhận văn bản {outcome.Value!.NumberNotation}.";
        return Redirect($"{Request.PathBase}/documents/incoming/{outcome.Value.Id}");
    }
}
