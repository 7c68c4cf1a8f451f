using Microsoft.AspNetCore.Mvc;
using Saas.Documents;
using Saas.Documents.Configuration;
using Saas.Documents.Search;
using Saas.Documents.Web;

namespace Saas.Documents.Web.Pages.Documents.Registers;

/// <summary>Sổ đăng ký văn bản đến/đi for a year, with the columns of Nghị định 30/2020 Phụ lục IV, and its Excel export.</summary>
public sealed class BookModel(RegisterBook book, RegisterBookExcel excel, DocumentConfigurationService config, TimeProvider clock) : DocumentPageModel
{
    public string Code { get; private set; } = "";

    public int Year { get; private set; }

    public Register? Register { get; private set; }

    public IReadOnlyList<Register> All { get; private set; } = [];

    public IReadOnlyList<RegisterBook.IncomingRow>? IncomingRows { get; private set; }

    public IReadOnlyList<RegisterBook.OutgoingRow>? OutgoingRows { get; private set; }

    public int ThisYear => Saas.Calendar.VietnamTime.Local(clock.GetUtcNow()).Year;

    public async Task<IActionResult> OnGetAsync(string code, int? year, CancellationToken ct)
    {
        Code = code;
        Year = year is >= 1945 and <= 9999 ? year.Value : ThisYear;
        All = (await config.RegistersAsync(ct)).ToList();
        Register = All.FirstOrDefault(r => r.Code == code);
        IncomingRows = await book.IncomingAsync(code, Year, ct);
        if (IncomingRows is null)
        {
            OutgoingRows = await book.OutgoingAsync(code, Year, ct);
        }
        // Unknown register, or one the user may not read (specialists; secret books for heads): not found.
        return IncomingRows is null && OutgoingRows is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnGetExcelAsync(string code, int? year, CancellationToken ct)
    {
        var y = year is >= 1945 and <= 9999 ? year.Value : ThisYear;
        var bytes = await excel.BuildAsync(book, code, y, ct);
        return bytes is null
            ? NotFound()
            : File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"so-{code}-{y}.xlsx");
    }
}
