using Microsoft.AspNetCore.Http;
using Saas.Platform.Auditing;

namespace Saas.Identity.Memberships;

/// <summary>The signed-in user as the actor of audit entries; "system" outside requests (jobs, CLI).</summary>
internal sealed class HttpAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    public string? UserId => accessor.HttpContext?.User.UserId() ?? "system";

    public string? UserName => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user.DisplayName() : "system";

    public string? CorrelationId => accessor.HttpContext?.TraceIdentifier ?? System.Diagnostics.Activity.Current?.TraceId.ToString();
}
