using Saas.Platform.Data;

namespace Saas.Web.UnitOfWork;

/// <summary>
/// One unit of work per API request: the handler's writes (a module's rows, its audit entry, its outbox message) commit
/// together once the handler has produced a success, and roll back when it produced a refusal (4xx/5xx) or threw.
/// Services therefore do not commit; a job or the CLI commits at the end of its own tenant scope.
/// </summary>
public sealed class UnitOfWorkEndpointFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        if (UnitOfWorkRules.Succeeded(result, context.HttpContext))
        {
            await context.HttpContext.RequestServices.GetRequiredService<TenantDataSession>().CommitAsync(context.HttpContext.RequestAborted);
        }
        return result;
    }
}
