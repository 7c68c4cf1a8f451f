using Saas.Documents;
using Saas.Documents.Incoming;
using Saas.Host.Infrastructure.Idempotency;

namespace Saas.Host.Documents;

/// <summary>How an incoming-document create with an optional Idempotency-Key ended.</summary>
public enum IdempotentOutcome
{
    /// <summary>Carried out now (or refused by validation): see the outcome.</summary>
    Created,

    /// <summary>The key was seen before with the same request: the first document is the answer.</summary>
    Replayed,

    /// <summary>The key was seen before with another request or user: nothing is created.</summary>
    Mismatch,

    InvalidKey,
}

/// <summary>
/// The API and the page share this: look the key up, else create with an id chosen beforehand so the key row
/// (written in the create's transaction) can name the document it answered with.
/// </summary>
public sealed class IdempotentIncomingIntake(IncomingFormIntake intake, IdempotencyKeys keys, IDocumentUser user)
{
    public const string Operation = "incoming.create";

    public async Task<(IdempotentOutcome Kind, Guid Id, Outcome<IncomingDocument>? Outcome)> CreateAsync(
        HttpRequest request, IFormCollection form, CancellationToken ct)
    {
        var key = IdempotencyKeys.KeyOf(request, form);
        if (key is null)
        {
            var plain = await intake.CreateAsync(form, ct);
            return (IdempotentOutcome.Created, plain.Value?.Id ?? Guid.Empty, plain);
        }
        if (!IdempotencyKeys.IsValid(key))
        {
            return (IdempotentOutcome.InvalidKey, Guid.Empty, null);
        }
        var hash = await IdempotencyKeys.HashAsync(form, ct);
        if (await keys.FindAsync(key, ct) is { } seen)
        {
            return (seen.Matches(user.Id, Operation, hash) ? IdempotentOutcome.Replayed : IdempotentOutcome.Mismatch, seen.ResourceId, null);
        }
        var id = Guid.CreateVersion7();
        keys.RecordOnCommit(key, user.Id, Operation, hash, StatusCodes.Status201Created, $"/api/v1/incoming-documents/{id}", id);
        var outcome = await intake.CreateAsync(form, ct, id);
        return (IdempotentOutcome.Created, id, outcome);
    }
}
