using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Saas.Web.Input;

namespace Saas.Web.Idempotency;

/// <summary>Bilingual RFC 9457 refusals of the idempotency layer.</summary>
public static class IdempotencyProblems
{
    /// <summary>422: the key was already used with another body or by another user; repeating it must not create.</summary>
    public static ProblemHttpResult Mismatch(IStringLocalizer t) =>
        TypedResults.Problem(
            title: InputProblem.Bilingual(t, "Idempotency.Mismatch.Title"),
            detail: InputProblem.Bilingual(t, "Idempotency.Mismatch.Detail"),
            statusCode: StatusCodes.Status422UnprocessableEntity,
            type: "https://saas.thanhhoa.gov.vn/problems/idempotency-key-reused");

    /// <summary>409: a concurrent request with the same key won; a retry returns its result.</summary>
    public static ProblemHttpResult InFlight(IStringLocalizer t) =>
        TypedResults.Problem(
            title: InputProblem.Bilingual(t, "Idempotency.InFlight.Title"),
            detail: InputProblem.Bilingual(t, "Idempotency.InFlight.Detail"),
            statusCode: StatusCodes.Status409Conflict,
            type: "https://saas.thanhhoa.gov.vn/problems/idempotency-in-flight");

    public static ProblemHttpResult InvalidKey(IStringLocalizer t) =>
        TypedResults.Problem(
            title: InputProblem.Bilingual(t, "Idempotency.Invalid.Title"),
            detail: InputProblem.Bilingual(t, "Idempotency.Invalid.Detail", IdempotencyKeys.MaxLength),
            statusCode: StatusCodes.Status400BadRequest,
            type: "https://saas.thanhhoa.gov.vn/problems/validation");

    /// <summary>
    /// The answer to a create whose key was seen before: a refusal, or the first result read again (<paramref name="replay"/>);
    /// null when the create is new and should run.
    /// </summary>
    public static async Task<IResult?> EarlierAnswerAsync(IdempotentOutcome kind, IStringLocalizer t, Func<Task<IResult>> replay) => kind switch
    {
        IdempotentOutcome.InvalidKey => InvalidKey(t),
        IdempotentOutcome.Mismatch => Mismatch(t),
        IdempotentOutcome.Replayed => await replay(),
        _ => null,
    };
}
