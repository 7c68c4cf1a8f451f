using Saas.Identity.Memberships;
using Saas.Organization.Units;
using Saas.Platform.MultiTenancy;

namespace Saas.Host.Organization;

/// <summary>
/// Loads the signed-in user's units of the resolved tenant before the endpoint runs, so that "assigned to me"
/// everywhere can also mean "assigned to my unit" without every module asking again (one indexed query).
/// </summary>
public sealed class UnitMembershipMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ICurrentTenant tenant, CurrentUnits units, IUnitDirectory directory)
    {
        if (tenant.Tenant is not null && context.User.Identity?.IsAuthenticated == true && context.User.UserId() is { } userId
            && !context.Request.Path.StartsWithSegments("/health"))
        {
            units.Memberships = await directory.MembershipsOfAsync(userId, context.RequestAborted);
        }
        await next(context);
    }
}
