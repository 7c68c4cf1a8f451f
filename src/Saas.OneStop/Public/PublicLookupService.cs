using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Saas.OneStop.Applications;
using Saas.Platform.Auditing;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;

namespace Saas.OneStop.Public;

/// <summary>What the citizen sees without logging in: status, appointment, the public history, no papers.</summary>
public sealed record PublicView(
    string Code, string Agency, string Procedure, short Status, string StatusName, DateTimeOffset SubmittedAt, DateTimeOffset? AppointmentAt,
    DateTimeOffset? ReturnedAt, string? Timeliness, string? Reason, bool CanRate, bool Rated, IReadOnlyList<PublicEvent> History);

public sealed record PublicEvent(DateTimeOffset At, string StatusName, string Text);

/// <summary>
/// Tra cứu hồ sơ and đánh giá: the code names the tenant (its prefix), the second factor (phone or ID number) is
/// compared in constant time, and a wrong factor answers exactly like an unknown code, so the look-up never
/// reveals whether a code exists.
/// </summary>
public sealed class PublicLookupService(ITenantDirectory directory, ITenantScopeFactory scopes, IConfiguration config, TimeProvider clock)
{
    /// <summary>Criteria of the satisfaction rating [S: DVC portals rate on up to 12 criteria; this set is an assumption to confirm with the province].</summary>
    private static readonly string[] CriteriaKeys = ["overall", "timeliness", "attitude", "convenience", "fees", "contacts"];

    /// <summary>Criterion → its label in the current UI culture.</summary>
    public static IReadOnlyDictionary<string, string> Criteria =>
        CriteriaKeys.ToDictionary(k => k, k => Saas.Platform.Text.Texts.Get("onestop.rating." + k), StringComparer.Ordinal);

    public async Task<TenantInfo?> TenantOfCodeAsync(string code, CancellationToken ct)
    {
        if (ApplicationCodeAllocator.PrefixOfCode(code) is not { } prefix)
        {
            return null;
        }
        var matches = (await directory.ActiveAsync(ct)).Where(t => ApplicationCodeAllocator.PrefixOf(t, config) == prefix).Take(2).ToList();
        return matches.Count == 1 ? matches[0] : null; // an ambiguous prefix finds nothing rather than the wrong agency
    }

    public async Task<PublicView?> LookupAsync(string? code, string? factor, CancellationToken ct)
    {
        var (app, tenant, scope) = await FindAsync(code, factor, ct);
        if (scope is null)
        {
            return null;
        }
        await using (scope.Value)
        {
            await using var db = await scope.Value.ServiceProvider.GetRequiredService<TenantDbContextFactory<OneStopDbContext>>().CreateAsync(ct);
            var events = await db.Events.AsNoTracking().Where(e => e.ApplicationId == app!.Id && e.Public).OrderBy(e => e.At).ToListAsync(ct);
            var rated = await db.Ratings.AnyAsync(r => r.ApplicationId == app!.Id, ct);
            return new PublicView(app!.Code, tenant!.Name, app.ProcedureName, (short)app.Status, app.Status.Name(), app.SubmittedAt,
                app.EffectiveAppointment, app.ReturnedAt, app.Timeliness, app.Status is ApplicationStatus.NotReceived or ApplicationStatus.SupplementRequested ? app.Reason : null,
                app.Status == ApplicationStatus.Returned && !rated, rated,
                [.. events.Select(e => new PublicEvent(e.At, e.Status.Name(), e.Note ?? ""))]);
        }
    }

    /// <summary>One rating per returned application; scores 1–5 on the known criteria, "overall" required.</summary>
    public async Task<Outcome<bool>> RateAsync(string? code, string? factor, RatingInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var scores = input.Scores ?? new Dictionary<string, int>();
        if (!scores.ContainsKey("overall"))
        {
            errors.Add("scores", "onestop.rating.overall_required");
        }
        foreach (var (k, v) in scores)
        {
            if (!CriteriaKeys.Contains(k) || v is < 1 or > 5)
            {
                errors.Add("scores", $"{k}: tiêu chí không có hoặc điểm ngoài 1–5 / unknown criterion or score outside 1–5");
            }
        }
        if (input.Comment is { Length: > 2000 })
        {
            errors.Add("comment", "onestop.rating.comment_length");
        }
        if (errors.Any)
        {
            return Outcome<bool>.Invalid(errors.ToDictionary());
        }
        var (app, _, scope) = await FindAsync(code, factor, ct);
        if (scope is null)
        {
            return Outcome<bool>.NotFound();
        }
        await using (scope.Value)
        {
            var sp = scope.Value.ServiceProvider;
            await using var db = await sp.GetRequiredService<TenantDbContextFactory<OneStopDbContext>>().CreateAsync(ct);
            if (app!.Status != ApplicationStatus.Returned)
            {
                return Outcome<bool>.Conflict("onestop.rating.not_returned");
            }
            if (await db.Ratings.AnyAsync(r => r.ApplicationId == app.Id, ct))
            {
                return Outcome<bool>.Conflict("onestop.rating.already_rated");
            }
            db.Ratings.Add(new Rating
            {
                TenantId = app.TenantId,
                ApplicationId = app.Id,
                ScoresJson = JsonSerializer.Serialize(scores),
                Comment = input.Comment?.Trim(),
                RatedAt = clock.GetUtcNow(),
            });
            await db.SaveChangesAsync(ct);
            await sp.GetRequiredService<IAuditTrail>().RecordAsync("onestop.rated", "application", app.Id.ToString(), null, scores, ct: ct);
            await sp.GetRequiredService<TenantDataSession>().CommitAsync(ct);
            return Outcome<bool>.Ok(true);
        }
    }

    /// <summary>The application when the code and the second factor match; the caller disposes the returned tenant scope.</summary>
    private async Task<(Application? App, TenantInfo? Tenant, AsyncServiceScope? Scope)> FindAsync(string? code, string? factor, CancellationToken ct)
    {
        code = code?.Trim().ToUpperInvariant() ?? "";
        var tenant = code.Length is > 0 and <= 60 ? await TenantOfCodeAsync(code, ct) : null;
        Application? app = null;
        AsyncServiceScope? scope = null;
        if (tenant is not null)
        {
            scope = scopes.CreateTenantScope(tenant);
            await using var db = await scope.Value.ServiceProvider.GetRequiredService<TenantDbContextFactory<OneStopDbContext>>().CreateAsync(ct);
            app = await db.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.Code == code && a.OriginApplicationId == null, ct);
        }
        // Compared even when nothing was found (against a dummy), so the answer time does not tell the two cases apart.
        var matches = SecondFactorMatches(app?.ApplicantPhone ?? "\0none", app?.ApplicantIdNumber ?? "\0none", factor);
        if (app is null || !matches)
        {
            if (scope is { } s)
            {
                await s.DisposeAsync();
            }
            return (null, null, null);
        }
        return (app, tenant, scope);
    }

    public static bool SecondFactorMatches(string phone, string idNumber, string? factor)
    {
        var given = ApplicantValidator.NormalizeId(ApplicantValidator.NormalizePhone(factor));
        if (given.StartsWith("+84", StringComparison.Ordinal))
        {
            given = "0" + given[3..];
        }
        var storedPhone = phone.StartsWith("+84", StringComparison.Ordinal) ? "0" + phone[3..] : phone;
        var byPhone = FixedEquals(given, storedPhone);
        var byId = FixedEquals(given, idNumber);
        return byPhone | byId; // non-short-circuit: both comparisons always run
    }

    private static bool FixedEquals(string a, string b)
    {
        // Hash first so the comparison length does not depend on the stored value's length.
        var ha = SHA256.HashData(Encoding.UTF8.GetBytes(a));
        var hb = SHA256.HashData(Encoding.UTF8.GetBytes(b));
        return CryptographicOperations.FixedTimeEquals(ha, hb) && a.Length > 0;
    }
}
