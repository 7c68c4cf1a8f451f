using Saas.Documents.Incoming;
using Saas.Web.Idempotency;

namespace Saas.Documents.Web;

/// <summary>
/// The API and the page share this: the key looked up, else the document created with the id reserved for it, so
/// the key row (written in the create's transaction) names the document it answered with. A created document is
/// committed here, before the caller reads it back, rather than by the unit of work after the answer: a committed
/// write then always answers success, even if the database fails during the read-back (a 500 made clerks enter it twice).
/// </summary>
public sealed class IdempotentIncomingIntake(IncomingFormIntake intake, IdempotencyKeys keys, Saas.Platform.Data.TenantDataSession session)
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
        var outcome = await intake.CreateAsync(form, ct, start.Id);
        if (outcome.Succeeded)
        {
            await session.CommitAsync(ct);
        }
        return (IdempotentOutcome.Created, start.Id, outcome);
    }
}
