using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Localization;
using Saas.Tenancy.Resolution;
using Saas.Web.Input;

namespace Saas.Host.Infrastructure;

/// <summary>
/// PostgreSQL down (refused, reset, restarting, out of connection slots) is a temporary state of the service, not a
/// fault of the request: 503 with Retry-After tells clients and the balancer to come back, a generic 500 told them
/// nothing. API clients get a bilingual RFC 9457 problem, a browser the Vietnamese error page.
/// </summary>
public sealed class DatabaseUnavailableHandler(IProblemDetailsService problems, IStringLocalizer localizer, ILogger<DatabaseUnavailableHandler> logger)
    : IExceptionHandler
{
    /// <summary>A PostgreSQL restart or failover takes seconds; asking sooner only adds load.</summary>
    public const int RetryAfterSeconds = 5;

    public const string Type = "https://saas.thanhhoa.gov.vn/problems/database-unavailable";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsUnavailable(exception) || httpContext.Response.HasStarted)
        {
            return false;
        }
        logger.LogWarning("Database unavailable for {Method} {Path}: {Error}", httpContext.Request.Method, httpContext.Request.Path, exception.Message);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        if (InputProblem.WantsHtml(httpContext.Request))
        {
            httpContext.Response.ContentType = "text/html; charset=utf-8";
            await httpContext.Response.WriteAsync(
                ErrorPage.Render(StatusCodes.Status503ServiceUnavailable, localizer["Db.Unavailable.Title"], localizer["Db.Unavailable.Detail", RetryAfterSeconds]),
                cancellationToken);
            return true;
        }
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = InputProblem.Bilingual(localizer, "Db.Unavailable.Title"),
                Detail = InputProblem.Bilingual(localizer, "Db.Unavailable.Detail", RetryAfterSeconds),
                Type = Type,
            },
        });
    }

    /// <summary>Connection-level failures anywhere in the chain (EF and the health checks wrap Npgsql's exceptions).</summary>
    public static bool IsUnavailable(Exception exception) => DatabaseFailures.IsUnavailable(exception);
}
