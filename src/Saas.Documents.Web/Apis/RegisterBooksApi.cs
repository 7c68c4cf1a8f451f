using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Documents.Search;
using Saas.Identity.Authorization;

namespace Saas.Documents.Web.Apis;

/// <summary>The register books of Nghị định 30/2020, Phụ lục IV: as JSON rows and as Excel workbooks.</summary>
public static class RegisterBooksApi
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static RouteGroupBuilder MapRegisterBooksApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/registers/{code}").RequireAuthorization(Policies.TenantMember).WithTags("Documents");
        g.MapGet("/book", BookAsync).Summary("documents.api.register.book");
        g.MapGet("/book.xlsx", async (string code, int? year, RegisterBook book, RegisterBookExcel excel, TimeProvider clock, CancellationToken ct) =>
            Workbook(await excel.BuildAsync(book, code, Year(year, clock), ct), code, $"so-{code}-{Year(year, clock)}.xlsx"))
            .Produces<byte[]>(StatusCodes.Status200OK, Xlsx).Summary("documents.api.register.book_xlsx");
        g.MapGet("/processing.xlsx", async (string code, int? year, RegisterBook book, RegisterBookExcel excel, TimeProvider clock, CancellationToken ct) =>
            Workbook(await excel.BuildProcessingAsync(book, code, Year(year, clock), ct), code, $"theo-doi-giai-quyet-{code}-{Year(year, clock)}.xlsx"))
            .Produces<byte[]>(StatusCodes.Status200OK, Xlsx).Summary("documents.api.register.processing_xlsx");
        return api;
    }

    private static int Year(int? year, TimeProvider clock) => year ?? VietnamTime.Local(clock.GetUtcNow()).Year;

    private static async Task<Results<Ok<RegisterBookDto>, ProblemHttpResult>> BookAsync(
        string code, int? year, RegisterBook book, TimeProvider clock, CancellationToken ct)
    {
        var y = Year(year, clock);
        if (await book.IncomingAsync(code, y, ct) is { } incoming)
        {
            return TypedResults.Ok(new RegisterBookDto(code, y, "incoming", incoming, null));
        }
        return await book.OutgoingAsync(code, y, ct) is { } outgoing
            ? TypedResults.Ok(new RegisterBookDto(code, y, "outgoing", null, outgoing))
            : Problems.NotFound("what.register_named", code);
    }

    private static Results<FileContentHttpResult, ProblemHttpResult> Workbook(byte[]? bytes, string code, string fileName) =>
        bytes is null ? Problems.NotFound("what.register_named", code) : TypedResults.File(bytes, Xlsx, fileName);
}
