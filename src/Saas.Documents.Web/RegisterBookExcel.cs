using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Saas.Documents.Search;
using Saas.Platform.MultiTenancy;
using Saas.Web.Localization;

namespace Saas.Documents.Web;

/// <summary>The register books as Excel workbooks with the columns of Nghị định 30/2020, Phụ lục IV.</summary>
public sealed class RegisterBookExcel(ICurrentTenant tenant)
{
    public static readonly string[] IncomingColumns =
        ["Ngày đến", "Số đến", "Tác giả", "Số, ký hiệu", "Ngày tháng", "Tên loại và trích yếu nội dung", "Đơn vị hoặc người nhận", "Ngày chuyển", "Ký nhận", "Ghi chú"];

    public static readonly string[] OutgoingColumns =
        ["Số, ký hiệu văn bản", "Ngày tháng văn bản", "Tên loại và trích yếu nội dung văn bản", "Người ký", "Nơi nhận văn bản",
         "Đơn vị, người nhận bản lưu", "Số lượng bản", "Ngày chuyển", "Ký nhận", "Ghi chú"];

    /// <summary>Sổ theo dõi giải quyết văn bản đến (Phụ lục IV).</summary>
    public static readonly string[] ProcessingColumns =
        ["Số đến", "Ngày đến", "Số, ký hiệu; tác giả; trích yếu", "Đơn vị hoặc người nhận", "Thời hạn giải quyết", "Tiến độ giải quyết",
         "Số, ký hiệu văn bản trả lời", "Ghi chú"];

    public async Task<byte[]?> BuildProcessingAsync(RegisterBook book, string code, int year, CancellationToken ct)
    {
        if (await book.IncomingAsync(code, year, ct) is not { } rows)
        {
            return null;
        }
        return Build("SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN", code, year, ProcessingColumns, rows.Select(r => new object?[]
        {
            r.Number, VietnamTime.Date(r.ArrivedAt), $"{r.NumberNotation}; {r.Issuer}; {r.TypeAndSubject}", r.Receivers,
            r.Deadline?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), Progress(r), null, r.Result ?? r.Note,
        }));
    }

    private static string Progress(RegisterBook.IncomingRow r) => r.Status switch
    {
        "done" => "Đã giải quyết",
        "in-progress" => "Đang giải quyết",
        "registered" => "Chờ phân công",
        "recalled" => "Đã thu hồi",
        _ => r.Status,
    };

    public async Task<byte[]?> BuildAsync(RegisterBook book, string code, int year, CancellationToken ct)
    {
        if (await book.IncomingAsync(code, year, ct) is { } incoming)
        {
            return Build("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", code, year, IncomingColumns, incoming.Select(r => new object?[]
            {
                VietnamTime.Date(r.ArrivedAt), r.Number, r.Issuer, r.NumberNotation, r.IssuedDate.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
                r.TypeAndSubject, r.Receivers, r.HandedOverAt is { } h ? VietnamTime.Date(h) : null, null, r.Note,
            }));
        }
        if (await book.OutgoingAsync(code, year, ct) is { } outgoing)
        {
            return Build("SỔ ĐĂNG KÝ VĂN BẢN ĐI", code, year, OutgoingColumns, outgoing.Select(r => new object?[]
            {
                r.NumberNotation, VietnamTime.Date(r.IssuedAt), r.TypeAndSubject, r.Signer, r.Recipients, r.Archive, r.Copies, VietnamTime.Date(r.IssuedAt), null, r.Note,
            }));
        }
        return null;
    }

    private byte[] Build(string title, string code, int year, string[] columns, IEnumerable<object?[]> rows)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = doc.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            sheetPart.Worksheet = new Worksheet(
                new Columns(columns.Select((_, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = i == 5 || i == 2 ? 50 : 16, CustomWidth = true })),
                data);
            data.Append(Row(tenant.Tenant?.Name.ToUpperInvariant()));
            data.Append(Row(title));
            data.Append(Row($"Năm {year} – Sổ {code}"));
            data.Append(Row());
            data.Append(Row(columns));
            foreach (var r in rows)
            {
                data.Append(Row(r));
            }
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = code.Length > 31 ? code[..31] : code }));
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static Row Row(params object?[] values) =>
        new(values.Select(v => v switch
        {
            int i => new Cell { DataType = CellValues.Number, CellValue = new CellValue(i) },
            null => new Cell(),
            _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(v.ToString()!)) },
        }));
}
