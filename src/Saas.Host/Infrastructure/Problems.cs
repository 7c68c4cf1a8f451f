using Microsoft.AspNetCore.Http.HttpResults;

namespace Saas.Host.Infrastructure;

/// <summary>RFC 9457 problem responses with bilingual titles, used by every endpoint.</summary>
public static class Problems
{
    public static ValidationProblem Validation(IReadOnlyDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(
            errors.ToDictionary(e => e.Key, e => e.Value),
            title: "Dữ liệu không hợp lệ / Invalid input",
            detail: "Một hoặc nhiều trường không hợp lệ; không có thay đổi nào được lưu. / One or more fields are invalid; nothing was saved.",
            type: "https://saas.thanhhoa.gov.vn/problems/validation");

    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(
            title: "Không tìm thấy / Not found",
            detail: $"Không tìm thấy {what} trong đơn vị hiện tại. / {what} not found in the current tenant.",
            statusCode: StatusCodes.Status404NotFound,
            type: "https://saas.thanhhoa.gov.vn/problems/not-found");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(
            title: "Xung đột / Conflict",
            detail: detail,
            statusCode: StatusCodes.Status409Conflict,
            type: "https://saas.thanhhoa.gov.vn/problems/conflict");

    /// <summary>412: If-Match named a version the item no longer has (RFC 9110 §13.1.1); nothing was changed.</summary>
    public static ProblemHttpResult PreconditionFailed() =>
        TypedResults.Problem(
            title: "Mục đã bị người khác thay đổi / Precondition failed",
            detail: "Người khác đã thay đổi mục này sau khi bạn tải nó; không có thay đổi nào được lưu. Hãy tải lại (GET) để lấy ETag mới rồi thực hiện lại. "
                + "/ Someone changed this item after you loaded it; nothing was saved. GET it again for the new ETag and retry.",
            statusCode: StatusCodes.Status412PreconditionFailed,
            type: "https://saas.thanhhoa.gov.vn/problems/precondition-failed");

    /// <summary>
    /// A DOCX draft that could not become a PDF: 422 when LibreOffice failed or timed out on this file, 503 when the
    /// conversion queue is full (the same upload may succeed later). Nothing was saved in either case.
    /// </summary>
    public static ProblemHttpResult Conversion(Saas.Files.Conversion.ConversionFailure failure) =>
        failure == Saas.Files.Conversion.ConversionFailure.QueueFull
            ? TypedResults.Problem(
                title: "Máy chủ đang bận / Server busy",
                detail: Saas.Files.Conversion.ConversionMessages.For(failure),
                statusCode: StatusCodes.Status503ServiceUnavailable,
                type: "https://saas.thanhhoa.gov.vn/problems/conversion-busy")
            : TypedResults.Problem(
                title: "Không chuyển được dự thảo sang PDF / The draft could not be converted to PDF",
                detail: Saas.Files.Conversion.ConversionMessages.For(failure),
                statusCode: StatusCodes.Status422UnprocessableEntity,
                type: "https://saas.thanhhoa.gov.vn/problems/conversion-failed",
                extensions: new Dictionary<string, object?> { ["reason"] = failure.ToString().ToLowerInvariant() });

    public static ProblemHttpResult Upstream(string detail) =>
        TypedResults.Problem(
            title: "Hệ thống định danh không phản hồi / Identity server unavailable",
            detail: detail,
            statusCode: StatusCodes.Status502BadGateway,
            type: "https://saas.thanhhoa.gov.vn/problems/upstream");
}
