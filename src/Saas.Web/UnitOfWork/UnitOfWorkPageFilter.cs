using Microsoft.AspNetCore.Mvc.Filters;
using Saas.Platform.Data;

namespace Saas.Web.UnitOfWork;

/// <summary>
/// One unit of work per page post: the handler's writes commit together when it ran without an exception and did not
/// answer a refusal; a page shown again with field errors has written nothing (services validate before writing).
/// </summary>
public sealed class UnitOfWorkPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is null && UnitOfWorkRules.Succeeded(executed.Result, context.HttpContext))
        {
            await context.HttpContext.RequestServices.GetRequiredService<TenantDataSession>().CommitAsync(context.HttpContext.RequestAborted);
        }
    }
}
