using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Saas.Platform.Auditing;
using Saas.Platform.Data;

namespace Saas.Organization.Units;

/// <summary>
/// The tenant's units and their members: read by everyone of the tenant, changed by its admin (the endpoints require
/// the tenant-admin policy). Memberships live here rather than in Keycloak groups: units are the agency's own
/// organisation chart, edited as often as staff move, and assignments must resolve them inside one transaction.
/// </summary>
public sealed partial class UnitDirectory(TenantDbContextFactory<OrganizationDbContext> contexts, TenantDataSession session, IAuditTrail audit)
    : IUnitDirectory, Saas.Platform.Organization.IUnitNames
{
    public async Task<IReadOnlyDictionary<string, string>> ActiveAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.Units.AsNoTracking().Where(u => u.Active).ToDictionaryAsync(u => u.Code, u => u.Name, ct);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, long> Versions = new();

    /// <summary>Changes with every membership or unit change of the tenant on this node; callers cache per version.</summary>
    public static long VersionOf(Guid tenantId) => Versions.GetValueOrDefault(tenantId);

    private static void Bump(Guid tenantId) => Versions.AddOrUpdate(tenantId, 1, (_, v) => v + 1);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,39}$")]
    private static partial Regex CodePattern();

    public async Task<IReadOnlyList<Unit>> ListAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.Units.AsNoTracking().Include(u => u.Members).Where(u => u.Active).OrderBy(u => u.Sort).ThenBy(u => u.Name).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<UnitMembership>> MembershipsOfAsync(string userId, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.Members.AsNoTracking().Where(m => m.UserId == userId)
            .Join(db.Units.Where(u => u.Active), m => m.UnitCode, u => u.Code, (m, u) => new UnitMembership(u.Code, u.Name, m.IsHead))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<string>> MembersOfAsync(IReadOnlyCollection<string> unitCodes, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.Members.AsNoTracking().Where(m => unitCodes.Contains(m.UnitCode)).Select(m => m.UserId).Distinct().ToListAsync(ct);
    }

    /// <summary>A new unit (code: lower-case letters, digits and dashes).</summary>
    public async Task<Outcome<Unit>> AddUnitAsync(string? code, string? name, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (code is null || !CodePattern().IsMatch(code))
        {
            errors.Add("code", "organization.unit.code_format");
        }
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
        {
            errors.Add("name", "organization.unit.name_required");
        }
        if (errors.Any)
        {
            return Outcome<Unit>.Invalid(errors.ToDictionary());
        }
        await using var db = await contexts.CreateAsync(ct);
        if (await db.Units.AnyAsync(u => u.Code == code, ct))
        {
            return Outcome<Unit>.Conflict("organization.unit.code_exists");
        }
        var unit = new Unit { Code = code!, Name = name!.Trim(), Sort = await db.Units.CountAsync(ct) * 10 + 10 };
        db.Units.Add(unit);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("organization.unit-added", "unit", unit.Code, null, new { unit.Code, unit.Name }, ct: ct);
        // The caller's unit of work commits; readers cache per version, so the version moves only once the change is visible.
        var tenantId = unit.TenantId;
        session.AfterCommit(() => Bump(tenantId));
        return Outcome<Unit>.Ok(unit);
    }

    /// <summary>Puts a person in a unit, or changes whether they head it.</summary>
    public async Task<Outcome<UnitMember>> SetMemberAsync(string code, string? userId, string? userName, bool isHead, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(userId) || userId.Contains(':', StringComparison.Ordinal) || userId.Length > 100)
        {
            errors.Add("userId", "organization.member.choose");
        }
        if (string.IsNullOrWhiteSpace(userName) || userName.Length > 200)
        {
            errors.Add("userName", "organization.member.name_required");
        }
        if (errors.Any)
        {
            return Outcome<UnitMember>.Invalid(errors.ToDictionary());
        }
        await using var db = await contexts.CreateAsync(ct);
        if (!await db.Units.AnyAsync(u => u.Code == code && u.Active, ct))
        {
            return Outcome<UnitMember>.NotFound();
        }
        var member = await db.Members.FirstOrDefaultAsync(m => m.UnitCode == code && m.UserId == userId, ct);
        var before = member is null ? null : new { member.UserName, member.IsHead };
        if (member is null)
        {
            member = new UnitMember { UnitCode = code, UserId = userId!, UserName = userName!.Trim() };
            db.Members.Add(member);
        }
        member.IsHead = isHead;
        member.UserName = userName!.Trim();
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("organization.member-set", "unit", code, before, new { member.UserId, member.UserName, member.IsHead }, ct: ct);
        // The caller's unit of work commits; readers cache per version, so the version moves only once the change is visible.
        var tenantId = member.TenantId;
        session.AfterCommit(() => Bump(tenantId));
        return Outcome<UnitMember>.Ok(member);
    }

    public async Task<Outcome<bool>> RemoveMemberAsync(string code, string userId, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var member = await db.Members.FirstOrDefaultAsync(m => m.UnitCode == code && m.UserId == userId, ct);
        if (member is null)
        {
            return Outcome<bool>.NotFound();
        }
        db.Members.Remove(member);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("organization.member-removed", "unit", code, new { member.UserId, member.UserName, member.IsHead }, null, ct: ct);
        // The caller's unit of work commits; readers cache per version, so the version moves only once the change is visible.
        var tenantId = member.TenantId;
        session.AfterCommit(() => Bump(tenantId));
        return Outcome<bool>.Ok(true);
    }
}
