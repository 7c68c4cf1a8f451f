using Saas.Host.Infrastructure;
using Saas.Identity.Authorization;
using Saas.Organization.Units;
using Saas.Web.Organization;

namespace Saas.Host.Api;

/// <summary>/api/v1/units: the current tenant's units (phòng, ban) and who belongs to them.</summary>
public static class UnitEndpoints
{
    public static RouteGroupBuilder MapUnitEndpoints(this RouteGroupBuilder api)
    {
        var read = api.MapGroup("/units").RequireAuthorization(Policies.TenantMember).WithTags("Units");
        read.MapGet("/", async (IUnitDirectory units, CancellationToken ct) => TypedResults.Ok((await units.ListAsync(ct)).Select(UnitDto.From)))
            .WithSummary("Phòng, ban của cơ quan; gán việc cho đơn vị bằng mã unit:<code> / Units; assign to one with unit:<code>");
        var admin = api.MapGroup("/units").RequireAuthorization(Policies.TenantAdmin).WithTags("Units");
        admin.MapPost("/", async (UnitBody body, UnitDirectory units, CancellationToken ct) =>
                (await units.AddUnitAsync(body.Code, body.Name, ct)).ToResult("đơn vị", u => UnitDto.From(u)))
            .WithSummary("Thêm phòng, ban / Add a unit");
        admin.MapPut("/{code}/members/{userId}", async (string code, string userId, MemberBody? body, UnitStaff staff, CancellationToken ct) =>
                (await staff.AddAsync(code, userId, body?.IsHead ?? false, ct)).ToResult("đơn vị", m => m))
            .WithSummary("Đưa cán bộ vào phòng, đặt trưởng phòng / Put a member of staff in a unit, or make them its head");
        admin.MapDelete("/{code}/members/{userId}", async (string code, string userId, UnitDirectory units, CancellationToken ct) =>
                (await units.RemoveMemberAsync(code, userId, ct)).ToResult("thành viên", _ => new { removed = true }))
            .WithSummary("Đưa cán bộ ra khỏi phòng / Remove a member from a unit");
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
