using Saas.Host.Infrastructure;
using Saas.OneStop;

namespace Saas.Host.OneStop;

/// <summary>Maps one-stop outcomes to HTTP results with RFC 9457 problem details.</summary>
public static class OneStopResults
{
    public static IResult ToResult<T>(this Outcome<T> outcome, Func<T, object> body) => outcome.Kind switch
    {
        OutcomeKind.Ok => TypedResults.Ok(body(outcome.Value!)),
        OutcomeKind.Invalid => Problems.Validation(outcome.Errors),
        OutcomeKind.NotFound => Problems.NotFound("hồ sơ"),
        OutcomeKind.Forbidden => TypedResults.Problem(title: "Không có quyền / Forbidden", detail: outcome.Message,
            statusCode: StatusCodes.Status403Forbidden, type: "https://saas.thanhhoa.gov.vn/problems/forbidden"),
        _ => Problems.Conflict(outcome.Message ?? ""),
    };
}
