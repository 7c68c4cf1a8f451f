using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Saas.Documents;
using Saas.Documents.Configuration;
using Saas.Documents.Incoming;
using Saas.Documents.Web;
using Saas.Platform.Text;
using Saas.Web.Idempotency;
using Saas.Web.Input;

namespace Saas.Documents.Web.Pages.Documents.Incoming;

/// <summary>
/// A clerk enters a paper document with its scans. Same order as the API: metadata validated first (nothing is
/// stored on an error), then the files staged, then the service; staged files are discarded when that fails.
/// </summary>
public sealed class NewModel(IdempotentIncomingIntake intake, DocumentConfigurationService config, IDocumentUser user, IStringLocalizer t)
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
        // One key per form shown: a second submit of the same form (double click, retry after a lost answer) finds the first document.
        Values[IdempotencyKeys.FormField] = Guid.NewGuid().ToString();
        Types = (await config.DocumentTypesAsync(ct)).Where(x => x.Active).ToList();
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
                     "urgency", "secrecy", "pageCount", "dueDate", IdempotencyKeys.FormField })
        {
            Values[key] = form[key].ToString();
        }
        var (kind, id, outcome) = await intake.CreateAsync(Request, form, ct);
        if (kind == IdempotentOutcome.Replayed)
        {
            return Redirect($"{Request.PathBase}/documents/incoming/{id}");
        }
        if (kind != IdempotentOutcome.Created)
        {
            ActionError = InputProblem.Bilingual(t, kind == IdempotentOutcome.Mismatch ? "Idempotency.Mismatch.Detail" : "Idempotency.Invalid.Title");
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            Values[IdempotencyKeys.FormField] = Guid.NewGuid().ToString();
            Types = (await config.DocumentTypesAsync(ct)).Where(x => x.Active).ToList();
            return Page();
        }
        if (!outcome!.Succeeded)
        {
            Fail(outcome, "create");
            Types = (await config.DocumentTypesAsync(ct)).Where(x => x.Active).ToList();
            return Page();
        }
        TempData["Flash"] = Texts.Get("documents.page.received", outcome.Value!.NumberNotation);
        return Redirect($"{Request.PathBase}/documents/incoming/{outcome.Value.Id}");
    }
}
