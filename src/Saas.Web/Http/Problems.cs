using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Platform.Text;

namespace Saas.Web.Http;

/// <summary>
/// RFC 9457 problem responses used by every endpoint. Titles and details come from <c>Resources/web.*.json</c>, in
/// Vietnamese then English (<see cref="Texts.Bilingual"/>); field errors and refusal messages are the modules' keys,
/// translated the same way.
/// </summary>
public static class Problems
{
    public static ValidationProblem Validation(IReadOnlyDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(
            errors.ToDictionary(e => e.Key, e => e.Value.Select(v => Texts.Bilingual(v)).ToArray()),
            title: Texts.Bilingual("problem.validation.title"),
            detail: Texts.Bilingual("problem.validation.detail"),
            type: "https://saas.thanhhoa.gov.vn/problems/validation");

    /// <param name="whatKey">What was not found: a key such as <c>what.document</c>, or a name already in the text.</param>
    public static ProblemHttpResult NotFound(string whatKey, params object?[] args) =>
        TypedResults.Problem(
            title: Texts.Bilingual("problem.not_found.title"),
            detail: Texts.Bilingual("problem.not_found.detail", new What(whatKey, args)),
            statusCode: StatusCodes.Status404NotFound,
            type: "https://saas.thanhhoa.gov.vn/problems/not-found");

    public static ProblemHttpResult Conflict(string detailKey, params object?[] args) =>
        TypedResults.Problem(
            title: Texts.Bilingual("problem.conflict.title"),
            detail: Texts.Bilingual(detailKey, args),
            statusCode: StatusCodes.Status409Conflict,
            type: "https://saas.thanhhoa.gov.vn/problems/conflict");

    public static ProblemHttpResult Forbidden(string? detailKey, params object?[] args) =>
        TypedResults.Problem(
            title: Texts.Bilingual("problem.forbidden.title"),
            detail: detailKey is null ? null : Texts.Bilingual(detailKey, args),
            statusCode: StatusCodes.Status403Forbidden,
            type: "https://saas.thanhhoa.gov.vn/problems/forbidden");

    /// <summary>412: If-Match named a version the item no longer has (RFC 9110 §13.1.1); nothing was changed.</summary>
    public static ProblemHttpResult PreconditionFailed() =>
        TypedResults.Problem(
            title: Texts.Bilingual("problem.precondition.title"),
            detail: Texts.Bilingual("problem.precondition.detail"),
            statusCode: StatusCodes.Status412PreconditionFailed,
            type: "https://saas.thanhhoa.gov.vn/problems/precondition-failed");

    /// <summary>
    /// A DOCX draft that could not become a PDF: 422 when LibreOffice failed or timed out on this file, 503 when the
    /// conversion queue is full (the same upload may succeed later). Nothing was saved in either case.
    /// </summary>
    public static ProblemHttpResult Conversion(Saas.Files.Conversion.ConversionFailure failure) =>
        failure == Saas.Files.Conversion.ConversionFailure.QueueFull
            ? TypedResults.Problem(
                title: Texts.Bilingual("problem.conversion_busy.title"),
                detail: Saas.Files.Conversion.ConversionMessages.For(failure),
                statusCode: StatusCodes.Status503ServiceUnavailable,
                type: "https://saas.thanhhoa.gov.vn/problems/conversion-busy")
            : TypedResults.Problem(
                title: Texts.Bilingual("problem.conversion_failed.title"),
                detail: Saas.Files.Conversion.ConversionMessages.For(failure),
                statusCode: StatusCodes.Status422UnprocessableEntity,
                type: "https://saas.thanhhoa.gov.vn/problems/conversion-failed",
                extensions: new Dictionary<string, object?> { ["reason"] = failure.ToString().ToLowerInvariant() });

    public static ProblemHttpResult Upstream(string detail) =>
        TypedResults.Problem(
            title: Texts.Bilingual("problem.upstream.title"),
            detail: detail,
            statusCode: StatusCodes.Status502BadGateway,
            type: "https://saas.thanhhoa.gov.vn/problems/upstream");

    /// <summary>The "what" of a 404, formatted in each language the detail is written in.</summary>
    private sealed class What(string key, object?[] args) : IFormattable
    {
        public string ToString(string? format, IFormatProvider? provider)
        {
            var culture = provider as System.Globalization.CultureInfo ?? System.Globalization.CultureInfo.CurrentCulture;
            var text = Texts.TryGet(key, culture, out var t) ? t : key;
            return args.Length == 0 ? text : string.Format(culture, text, args);
        }

        public override string ToString() => ToString(null, null);
    }
}
