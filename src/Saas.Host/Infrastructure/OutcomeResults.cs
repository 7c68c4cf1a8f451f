namespace Saas.Host.Infrastructure;

/// <summary>Maps module outcomes to HTTP results with RFC 9457 problem details.</summary>
public static class OutcomeResults
{
    public static IResult ToResult<T>(this Outcome<T> outcome, Func<T, object> body) => outcome.ToResult("văn bản", body);

    /// <param name="what">What was not found, in Vietnamese ("văn bản", "hồ sơ"), for the 404 detail.</param>
    public static IResult ToResult<T>(this Outcome<T> outcome, string what, Func<T, object> body) => outcome.Kind switch
    {
        OutcomeKind.Ok => TypedResults.Ok(body(outcome.Value!)),
        OutcomeKind.Invalid => Problems.Validation(outcome.Errors),
        OutcomeKind.NotFound => Problems.NotFound(what),
        OutcomeKind.Forbidden => TypedResults.Problem(title: "Không có quyền / Forbidden", detail: outcome.Message,
            statusCode: StatusCodes.Status403Forbidden, type: "https://saas.thanhhoa.gov.vn/problems/forbidden"),
        _ => Problems.Conflict(outcome.Message ?? ""),
    };
}
