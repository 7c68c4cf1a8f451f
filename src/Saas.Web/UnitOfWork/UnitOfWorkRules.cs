namespace Saas.Web.UnitOfWork;

/// <summary>When a request's unit of work commits: its handler answered below 400 (a refusal changes nothing).</summary>
internal static class UnitOfWorkRules
{
    public static bool Succeeded(object? result, HttpContext http)
    {
        // Results<Ok<T>, ValidationProblem, …> wraps the result it chose.
        while (result is INestedHttpResult nested)
        {
            result = nested.Result;
        }
        if (result is IStatusCodeHttpResult { StatusCode: { } status })
        {
            return status < 400;
        }
        if (result is Microsoft.AspNetCore.Mvc.Infrastructure.IStatusCodeActionResult { StatusCode: { } actionStatus })
        {
            return actionStatus < 400;
        }
        // A result without a status (a file, a page, a redirect) or a handler that wrote the response itself.
        return http.Response.StatusCode < 400;
    }
}
