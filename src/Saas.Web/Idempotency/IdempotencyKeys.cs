using System.Security.Cryptography;
using System.Text;
using Npgsql;
using Saas.Identity.Memberships;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;

namespace Saas.Web.Idempotency;

/// <summary>What a committed create answered, found again by its Idempotency-Key.</summary>
public sealed record IdempotentResult(string UserName, string Operation, string RequestHash, int Status, string? Location, Guid ResourceId)
{
    public bool Matches(string userName, string operation, string requestHash) =>
        UserName == userName && Operation == operation && RequestHash == requestHash;
}

/// <summary>How an idempotent create starts: go ahead with <paramref name="Id"/>, answer with the first resource, or refuse.</summary>
public sealed record IdempotentStart(IdempotentOutcome Kind, Guid Id);

/// <summary>How a create with an optional Idempotency-Key ended.</summary>
public enum IdempotentOutcome
{
    /// <summary>Carried out now (or refused by validation) with the reserved id.</summary>
    Created,

    /// <summary>The key was seen before with the same request: the first resource is the answer.</summary>
    Replayed,

    /// <summary>The key was seen before with another request or user: nothing is created.</summary>
    Mismatch,

    InvalidKey,
}

/// <summary>
/// Idempotency-Key for creates (header, or the hidden <c>idempotencyKey</c> field of a page's form). The key row is
/// written just before the create's own transaction commits (<see cref="TenantDataSession.BeforeCommit"/>), so it
/// exists exactly when the resource does: a clerk retrying after a lost answer gets the first resource, never a copy.
/// The table is tenant-owned under row-level security like every other.
/// </summary>
public sealed class IdempotencyKeys(TenantDataSession session, ICurrentTenant tenant)
{
    public const string Header = "Idempotency-Key";
    public const string FormField = "idempotencyKey";
    public const int MaxLength = 200;

    /// <summary>The key of the request, or null when the client sent none (then the create is not deduplicated).</summary>
    public static string? KeyOf(HttpRequest request, IFormCollection? form = null)
    {
        var key = request.Headers[Header].ToString();
        if (string.IsNullOrWhiteSpace(key) && form is not null)
        {
            key = form[FormField].ToString();
        }
        key = key.Trim();
        return key.Length == 0 ? null : key;
    }

    public static bool IsValid(string key) => key.Length <= MaxLength && key.All(c => c is > ' ' and < (char)127);

    /// <summary>A digest of a multipart form: fields (without the key and the antiforgery token) and every file's content.</summary>
    public static async Task<string> HashAsync(IFormCollection form, CancellationToken ct)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var field in form.Where(f => f.Key is not FormField and not "__RequestVerificationToken").OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes($"{field.Key}\u0001{string.Join('\u0002', field.Value.ToArray())}\u0000"));
        }
        foreach (var file in form.Files)
        {
            sha.AppendData(Encoding.UTF8.GetBytes($"{file.Name}\u0001{file.FileName}\u0001{file.Length}\u0000"));
            await using var stream = file.OpenReadStream();
            sha.AppendData(await SHA256.HashDataAsync(stream, ct));
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>A JSON body's digest (creates that take JSON).</summary>
    public static string Hash(string body) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));

    public async Task<IdempotentResult?> FindAsync(string key, CancellationToken ct)
    {
        var connection = await session.GetConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand(
            "select user_name, operation, request_hash, status, location, resource_id from platform.idempotency_keys where tenant_id = @t and key = @k",
            connection, session.Transaction);
        cmd.Parameters.AddWithValue("t", tenant.Id!.Value);
        cmd.Parameters.AddWithValue("k", key);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct)
            ? new IdempotentResult(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.IsDBNull(4) ? null : r.GetString(4), r.GetGuid(5))
            : null;
    }

    /// <summary>Stores the key with the answer in whichever transaction commits the create; dropped when it rolls back.</summary>
    public void RecordOnCommit(string key, string userName, string operation, string requestHash, int status, string location, Guid resourceId)
    {
        var tenantId = tenant.Id!.Value;
        session.BeforeCommit(async ct =>
        {
            await using var cmd = new NpgsqlCommand(
                """
                insert into platform.idempotency_keys(tenant_id, key, user_name, operation, request_hash, status, location, resource_id, response_body)
                values (@t, @k, @u, @o, @h, @s, @l, @r, jsonb_build_object('id', @r))
                """,
                await session.GetConnectionAsync(ct), session.Transaction);
            cmd.Parameters.AddWithValue("t", tenantId);
            cmd.Parameters.AddWithValue("k", key);
            cmd.Parameters.AddWithValue("u", userName);
            cmd.Parameters.AddWithValue("o", operation);
            cmd.Parameters.AddWithValue("h", requestHash);
            cmd.Parameters.AddWithValue("s", status);
            cmd.Parameters.AddWithValue("l", location);
            cmd.Parameters.AddWithValue("r", resourceId);
            await cmd.ExecuteNonQueryAsync(ct);
        });
    }

    /// <summary>
    /// The start of an idempotent create: the request's key looked up, and when it is new the id the create must use
    /// reserved with the key row to be written in its transaction. <paramref name="location"/> is the new resource's URL.
    /// </summary>
    public async Task<IdempotentStart> BeginAsync(HttpRequest request, string? key, string operation, string requestHash, Func<Guid, string> location, CancellationToken ct)
    {
        var id = Guid.CreateVersion7();
        if (key is null)
        {
            return new IdempotentStart(IdempotentOutcome.Created, id);
        }
        if (!IsValid(key))
        {
            return new IdempotentStart(IdempotentOutcome.InvalidKey, Guid.Empty);
        }
        var user = request.HttpContext.User.UserId() ?? "system";
        if (await FindAsync(key, ct) is { } seen)
        {
            return new IdempotentStart(seen.Matches(user, operation, requestHash) ? IdempotentOutcome.Replayed : IdempotentOutcome.Mismatch, seen.ResourceId);
        }
        RecordOnCommit(key, user, operation, requestHash, StatusCodes.Status201Created, location(id), id);
        return new IdempotentStart(IdempotentOutcome.Created, id);
    }

    /// <summary>Two requests with one key raced and the other committed first: its answer is there on the next try.</summary>
    public static bool IsRace(Exception ex) =>
        ex is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "idempotency_keys_pkey" }
        || (ex.InnerException is { } inner && IsRace(inner));
}
