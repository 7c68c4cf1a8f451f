using Microsoft.AspNetCore.Http.HttpResults;

namespace Saas.Web.Http;

/// <summary>
/// Maps module outcomes to typed HTTP results with RFC 9457 problem details: the OpenAPI document then describes the
/// 2xx body of the operation (<c>Results&lt;Ok&lt;TBody&gt;, ValidationProblem, ProblemHttpResult&gt;</c>).
/// Messages of refusals are the modules' text keys, written in Vietnamese and English.
/// </summary>
public static class OutcomeResults
{
    public static Results<Ok<TBody>, ValidationProblem, ProblemHttpResult> ToResult<T, TBody>(this Outcome<T> outcome, Func<T, TBody> body) =>
        outcome.ToResult("what.document", body);

    /// <param name="whatKey">What was not found, as a text key (<c>what.document</c>, <c>what.application</c>), for the 404 detail.</param>
    public static Results<Ok<TBody>, ValidationProblem, ProblemHttpResult> ToResult<T, TBody>(
        this Outcome<T> outcome, string whatKey, Func<T, TBody> body) => outcome.Kind switch
        {
            OutcomeKind.Ok => TypedResults.Ok(body(outcome.Value!)),
            OutcomeKind.Invalid => Problems.Validation(outcome.Errors),
            _ => outcome.Problem(whatKey),
        };

    /// <summary>The 404/403/409 of a refused outcome (not for <see cref="OutcomeKind.Ok"/> or <see cref="OutcomeKind.Invalid"/>).</summary>
    public static ProblemHttpResult Problem<T>(this Outcome<T> outcome, string whatKey) => outcome.Kind switch
    {
        OutcomeKind.NotFound => Problems.NotFound(whatKey),
        OutcomeKind.Forbidden => Problems.Forbidden(outcome.Message),
        _ => Problems.Conflict(outcome.Message ?? "problem.conflict.title"),
    };
}
