using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Saas.Platform.MultiTenancy;
using Saas.Platform.Text;
using Saas.Tenancy.Catalog;

namespace Saas.Tenancy.Resolution;

/// <summary>
/// Runs after authentication: names the tenant with the configured strategies, refuses unknown (404),
/// suspended (403) and non-member (403) cases, then sets the current tenant and a logging scope.
/// </summary>
public sealed class TenantResolutionMiddleware(
    RequestDelegate next,
    IOptions<TenancyOptions> options,
    IEnumerable<ITenantResolutionStrategy> strategies,
    ILogger<TenantResolutionMiddleware> logger)
{
    public const string ErrorItem = "saas.tenant.error";

    public async Task InvokeAsync(HttpContext context, ITenantCatalog catalog, ITenantAccessGuard guard)
    {
        // The setter is internal to Saas.Platform (visible to this assembly only), so it cannot be a parameter of this public method.
        var setter = context.RequestServices.GetRequiredService<ICurrentTenantSetter>();
        var byName = strategies.ToDictionary(s => s.Name);
        TenantInfo? tenant = null;
        foreach (var name in options.Value.ResolutionOrder)
        {
            if (!byName.TryGetValue(name, out var strategy) || strategy.Identify(context) is not { } id)
            {
                continue;
            }
            var found = id.StartsWith("host:", StringComparison.Ordinal)
                ? await catalog.FindByHostAsync(id[5..], context.RequestAborted)
                : await catalog.FindBySlugAsync(id, context.RequestAborted);
            if (found is null)
            {
                if (strategy.Name == "host")
                {
                    continue; // an unmapped host name is not an error: the platform's own host name.
                }
                if (strategy.IsExplicit)
                {
                    await RefuseAsync(context, StatusCodes.Status404NotFound, "tenant-not-found", "tenancy.resolution.not_found", id);
                    return;
                }
                continue;
            }
            if (!strategy.IsExplicit && context.User.Identity?.IsAuthenticated == true && !guard.IsMember(context.User, found))
            {
                continue; // a default-tenant claim for a tenant the user left is ignored, not refused.
            }
            tenant = found;
            break;
        }
        if (tenant is null && context.User.Identity?.IsAuthenticated == true && guard.FallbackTenant(context.User) is { } fallback)
        {
            tenant = await catalog.FindBySlugAsync(fallback, context.RequestAborted);
        }

        if (tenant is not null)
        {
            if (!tenant.IsActive)
            {
                await RefuseAsync(context, StatusCodes.Status403Forbidden, "tenant-suspended", "tenancy.resolution.suspended", tenant.Name, tenant.Status);
                return;
            }
            if (context.User.Identity?.IsAuthenticated == true && !guard.IsMember(context.User, tenant))
            {
                await RefuseAsync(context, StatusCodes.Status403Forbidden, "not-a-member", "tenancy.resolution.not_member", tenant.Name);
                return;
            }
            setter.SetTenant(tenant);
        }

        using (logger.BeginScope(new Dictionary<string, object?>
        {
            ["TenantId"] = tenant?.Id,
            ["Tenant"] = tenant?.Slug,
            ["UserId"] = context.User.FindFirstValue("sub") ?? context.User.FindFirstValue(ClaimTypes.NameIdentifier),
        }))
        {
            await next(context);
        }
    }

    /// <param name="key">The refusal's texts: <c>{key}.title</c> and <c>{key}.detail</c> (formatted with <paramref name="args"/>).</param>
    private static async Task RefuseAsync(HttpContext context, int status, string code, string key, params object?[] args)
    {
        context.Response.StatusCode = status;
        // A problem's reader may read either language; a page is shown in the request's language only.
        var title = Texts.Bilingual(key + ".title");
        var detail = Texts.Bilingual(key + ".detail", args);
        context.Items[ErrorItem] = (title, detail);
        var problems = context.RequestServices.GetService(typeof(IProblemDetailsService)) as IProblemDetailsService;
        var wantsHtml = context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase)
                        && !context.Request.Path.StartsWithSegments("/api");
        if (wantsHtml)
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(ErrorPage.Render(status, Texts.Get(key + ".title"), Texts.Get(key + ".detail", args)));
            return;
        }
        if (problems is not null)
        {
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = status,
                    Title = title,
                    Detail = detail,
                    Type = $"https://saas.thanhhoa.gov.vn/problems/{code}",
                },
            });
        }
    }
}
