using Microsoft.Extensions.Caching.Memory;
using Saas.Identity.Memberships;
using Saas.Organization.Units;
using Saas.Platform.MultiTenancy;

namespace Saas.Web.Organization;

/// <summary>
/// Gives the signed-in user's units of the resolved tenant to the request before the endpoint runs, so that "assigned
/// to me" everywhere can also mean "assigned to my unit" without every module asking again. Cached in memory for
/// <see cref="Lifetime"/>: a change on this node is seen at once (the directory's version changes), on another node
/// within that time.
/// </summary>
public sealed class UnitMembershipMiddleware(RequestDelegate next, IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public async Task InvokeAsync(HttpContext context, ICurrentTenant tenant, CurrentUnits units, IUnitDirectory directory)
    {
        if (tenant.Tenant is { } t && context.User.Identity?.IsAuthenticated == true && context.User.UserId() is { } userId
            && !context.Request.Path.StartsWithSegments("/health"))
        {
            var key = (nameof(UnitMembershipMiddleware), t.Id, userId, UnitDirectory.VersionOf(t.Id));
            units.Memberships = await cache.GetOrCreateAsync(key, e =>
            {
                e.AbsoluteExpirationRelativeToNow = Lifetime;
                e.Size = 1;
                return directory.MembershipsOfAsync(userId, context.RequestAborted);
            }) ?? [];
        }
        await next(context);
    }
}
