using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Npgsql;

namespace Saas.Web.Input;

/// <summary>
/// Turns the exceptions that bad input raises into 400 problems (413 for an oversized body): model-binding failures
/// (<see cref="BadHttpRequestException"/>, thrown because <c>ThrowOnBadRequest</c> is on, with the JSON path of a
/// wrong type), JSON read by hand, unreadable zips and forms, and — as the last wall — PostgreSQL data exceptions
/// (class 22: NUL, overlong or out-of-range values; 54000: an index entry too big) from a value no rule above caught.
/// The unit of work was not committed, so nothing of the request is stored. Anything else is a real fault and stays
/// a 500.
/// </summary>
public sealed class BadInputExceptionHandler(ILogger<BadInputExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (Classify(exception) is not { } refusal || httpContext.Response.HasStarted)
        {
            return false;
        }
        if (refusal.Key == InputErrorKeys.Database)
        {
            // A value slipped past the input rules: answer 400, but say so loudly enough to add the rule.
            logger.LogWarning(exception, "Database refused a request value; the input layer should have caught it");
        }
        await InputProblem.WriteAsync(httpContext, refusal.Status, [new InputError(refusal.Field, refusal.Key)]);
        return true;
    }

    internal static (int Status, string Field, string Key)? Classify(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case BadHttpRequestException bad:
                    var inner = Find<JsonException>(bad);
                    var status = bad.StatusCode is >= 400 and < 500 ? bad.StatusCode : StatusCodes.Status400BadRequest;
                    return inner is not null ? (status, Field(inner), InputErrorKeys.Json)
                        : (status, "request", status == StatusCodes.Status413PayloadTooLarge ? InputErrorKeys.BodyTooLarge : InputErrorKeys.Request);
                case JsonException json:
                    return (StatusCodes.Status400BadRequest, Field(json), InputErrorKeys.Json);
                case InvalidDataException:
                    return (StatusCodes.Status400BadRequest, "body", InputErrorKeys.Multipart);
                case PostgresException pg when pg.SqlState.StartsWith("22", StringComparison.Ordinal) || pg.SqlState == "54000":
                    return (StatusCodes.Status400BadRequest, "body", InputErrorKeys.Database);
            }
        }
        return null;
    }

    private static T? Find<T>(Exception exception) where T : Exception
    {
        for (var e = exception.InnerException; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }
        return null;
    }

    // "$.hosts[0]" → "hosts[0]"; the root itself ("$") is the body.
    private static string Field(JsonException json) =>
        json.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..]
        : json.Path is { Length: > 1 } p && p.StartsWith('$') ? p[1..] : "body";
}
