using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Saas.Calendar;
using Saas.OneStop.Applications;

namespace Saas.OneStop.Web.Forms;

/// <summary>Sổ theo dõi hồ sơ (form 07): one row per application, as JSON or an Excel workbook.</summary>
public sealed class TrackingBook
{
    /// <summary>Columns of the form as used by provincial one-stop software [S]; the circular's exact headings were not read.</summary>
    public static readonly string[] Columns =
        ["STT", "Mã hồ sơ", "Tên thủ tục hành chính", "Tên tổ chức, cá nhân", "Địa chỉ, số điện thoại", "Kênh", "Ngày nhận hồ sơ", "Ngày hẹn trả kết quả",
         "Ngày có kết quả", "Ngày trả kết quả", "Trạng thái", "Trước/đúng/quá hạn", "Ghi chú"];

    public byte[] Excel(IReadOnlyList<Application> items)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook();
            var ws = wb.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(RowOf(Columns));
            var n = 0;
            foreach (var a in items.OrderBy(a => a.SubmittedAt))
            {
                data.Append(RowOf([(++n).ToString(System.Globalization.CultureInfo.InvariantCulture), a.Code, a.ProcedureName, a.ApplicantName,
                    $"{a.ApplicantAddress} {a.ApplicantPhone}".Trim(), Channels.VietnameseName(a.Channel), D(a.ReceivedAt), D(a.EffectiveAppointment), D(a.FinishedAt),
                    D(a.ReturnedAt), a.Status.VietnameseName(), Timeliness.VietnameseName(a.Timeliness), a.Reason ?? ""]));
            }
            ws.Worksheet = new Worksheet(data);
            wb.Workbook.AppendChild(new Sheets(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = "So theo doi ho so" }));
            wb.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static Row RowOf(IEnumerable<string> cells) =>
        new(cells.Select(c => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(c)) }));

    private static string D(DateTimeOffset? t) => t is { } v ? VietnamTime.ToLocal(v).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "";
}
