using Microsoft.AspNetCore.Authorization;
using Saas.Identity.Memberships;
using Saas.Platform.MultiTenancy;

namespace Saas.Identity.Authorization;

/// <summary>Membership of the current tenant, optionally with one of the given roles.</summary>
public sealed class TenantRoleRequirement(params string[] roles) : IAuthorizationRequirement
{
    public IReadOnlyList<string> Roles { get; } = roles;
}

internal sealed class TenantRoleHandler(ICurrentTenant currentTenant) : AuthorizationHandler<TenantRoleRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TenantRoleRequirement requirement)
    {
        if (currentTenant.Tenant is { } tenant
            && (requirement.Roles.Count == 0
                ? context.User.IsMemberOf(tenant.Slug)
                : context.User.HasTenantRole(tenant.Slug, [.. requirement.Roles])))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
