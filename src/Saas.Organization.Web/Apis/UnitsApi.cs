using Saas.Identity.Authorization;
using Saas.Organization.Units;
using Saas.Platform.Text;
using Saas.Web.Http;
using Saas.Web.Organization;

namespace Saas.Organization.Web.Apis;

/// <summary>/api/v1/units: the current tenant's units (phòng, ban) and who belongs to them.</summary>
public static class UnitsApi
{
    public static RouteGroupBuilder MapUnitsApi(this RouteGroupBuilder api)
    {
        var read = api.MapGroup("/units").RequireAuthorization(Policies.TenantMember).WithTags("Units");
        read.MapGet("/", async (IUnitDirectory units, CancellationToken ct) => TypedResults.Ok((await units.ListAsync(ct)).Select(UnitDto.From).ToList()))
            .WithSummary(Texts.Bilingual("organization.api.units"));
        var admin = api.MapGroup("/units").RequireAuthorization(Policies.TenantAdmin).WithTags("Units");
        admin.MapPost("/", async (UnitBody body, UnitDirectory units, CancellationToken ct) =>
                (await units.AddUnitAsync(body.Code, body.Name, ct)).ToResult("what.unit", UnitDto.From))
            .WithSummary(Texts.Bilingual("organization.api.add_unit"));
        admin.MapPut("/{code}/members/{userId}", async (string code, string userId, MemberBody? body, UnitStaff staff, CancellationToken ct) =>
                (await staff.AddAsync(code, userId, body?.IsHead ?? false, ct)).ToResult("what.unit", UnitMembershipDto.From))
            .WithSummary(Texts.Bilingual("organization.api.set_member"));
        admin.MapDelete("/{code}/members/{userId}", async (string code, string userId, UnitDirectory units, CancellationToken ct) =>
                (await units.RemoveMemberAsync(code, userId, ct)).ToResult("what.unit_member", _ => new RemovedDto(true)))
            .WithSummary(Texts.Bilingual("organization.api.remove_member"));
        return api;
    }
}

public sealed record UnitBody(string? Code, string? Name);

public sealed record MemberBody(bool IsHead);

public sealed record UnitDto(string Code, string Name, string Handle, IReadOnlyList<UnitMemberDto> Members)
{
    public static UnitDto From(Unit u) => new(u.Code, u.Name, Saas.Platform.Organization.UnitHandles.Of(u.Code),
        [.. u.Members.OrderByDescending(m => m.IsHead).ThenBy(m => m.UserName).Select(m => new UnitMemberDto(m.UserId, m.UserName, m.IsHead))]);
}

public sealed record UnitMemberDto(string UserId, string Name, bool IsHead);

/// <summary>A person's place in a unit, as written (the JSON names of the entity the endpoint answered before).</summary>
public sealed record UnitMembershipDto(Guid TenantId, string UnitCode, string UserId, string UserName, bool IsHead)
{
    public static UnitMembershipDto From(UnitMember m) => new(m.TenantId, m.UnitCode, m.UserId, m.UserName, m.IsHead);
}

public sealed record RemovedDto(bool Removed);
