using Saas.Documents;
using Saas.Documents.Incoming;

namespace Saas.Documents.Web;

/// <summary>
/// Manual entry of an incoming document from a multipart form, shared by the API and the page: metadata first
/// (nothing stored on an error), then the files staged, then the service; staged files discarded if that fails.
/// </summary>
public sealed class IncomingFormIntake(IncomingDocumentService service, DocumentFileStaging staging)
{
    public async Task<Outcome<IncomingDocument>> CreateAsync(IFormCollection form, CancellationToken ct, Guid? id = null)
    {
        var errors = new FieldErrors();
        var f = new FormFields(form, errors);
        var input = new IncomingInput(f.Text("issuerName"), f.Text("issuerCode"), f.Text("numberNotation"), f.Date("issuedDate"), f.Text("documentTypeCode"),
            f.Text("subject"), f.Text("signerName"), f.Text("signerPosition"), f.Short("urgency"), f.Short("secrecy"), f.Int("pageCount"), f.Date("dueDate"));
        var malformed = errors.ToDictionary().Keys.ToHashSet();
        foreach (var (field, messages) in (await service.ValidateAsync(input, ct, form.Files.GetFiles("files").Count)).ToDictionary().Where(e => !malformed.Contains(e.Key)))
        {
            foreach (var m in messages)
            {
                errors.Add(field, m);
            }
        }
        if (errors.Any)
        {
            return Outcome<IncomingDocument>.Invalid(errors.ToDictionary());
        }
        var staged = await staging.StageAsync(form.Files.GetFiles("files"), "files", ct);
        if (!staged.Succeeded)
        {
            return Outcome<IncomingDocument>.Invalid(staged.Errors);
        }
        try
        {
            var outcome = await service.CreateManualAsync(input, staged.Files, ct, id);
            if (!outcome.Succeeded)
            {
                await staging.DiscardAsync(staged.Files, ct);
            }
            return outcome;
        }
        catch
        {
            await staging.DiscardAsync(staged.Files, ct);
            throw;
        }
    }
}
