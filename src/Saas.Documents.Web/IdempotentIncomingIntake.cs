using Saas.Documents.Incoming;
using Saas.Web.Idempotency;

namespace Saas.Documents.Web;

/// <summary>
/// The API and the page share this: the key looked up, else the document created with the id reserved for it, so
/// the key row (written in the create's transaction) names the document it answered with.
/// </summary>
public sealed class IdempotentIncomingIntake(IncomingFormIntake intake, IdempotencyKeys keys)
{
    public const string Operation = "incoming.create";

    public async Task<(IdempotentOutcome Kind, Guid Id, Saas.Platform.Results.Outcome<IncomingDocument>? Outcome)> CreateAsync(
        HttpRequest request, IFormCollection form, CancellationToken ct)
    {
        var key = IdempotencyKeys.KeyOf(request, form);
        var hash = key is null ? "" : await IdempotencyKeys.HashAsync(form, ct);
        var start = await keys.BeginAsync(request, key, Operation, hash, id => $"/api/v1/incoming-documents/{id}", ct);
        if (start.Kind != IdempotentOutcome.Created)
        {
            return (start.Kind, start.Id, null);
        }
        return (IdempotentOutcome.Created, start.Id, await intake.CreateAsync(form, ct, start.Id));
    }
}
