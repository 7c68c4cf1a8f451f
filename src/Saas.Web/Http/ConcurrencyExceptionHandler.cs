using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Saas.Web.Http;

/// <summary>
/// Two officers acting on the same item at the same moment is an expected conflict, not a server fault: EF's
/// concurrency check, and PostgreSQL's deadlock and serialization failures (the unit of work was rolled back whole),
/// become a 409 problem that says to reload and retry.
/// </summary>
public sealed class ConcurrencyExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not (DbUpdateConcurrencyException or PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure })
            && exception.InnerException is not PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure })
        {
            return false;
        }
        httpContext.Response.StatusCode = StatusCodes.Status409Conflict;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status409Conflict,
                Title = Saas.Platform.Text.Texts.Bilingual("problem.save_conflict.title"),
                Detail = Saas.Platform.Text.Texts.Bilingual("problem.save_conflict.detail"),
                Type = "https://saas.thanhhoa.gov.vn/problems/conflict",
            },
        });
    }
}
