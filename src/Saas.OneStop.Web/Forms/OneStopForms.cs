using System.Text;
using Saas.Calendar;
using Saas.OneStop.Applications;
using Saas.Platform.MultiTenancy;

namespace Saas.OneStop.Web.Forms;

/// <summary>
/// Printable forms of TT 03/2025 Phụ lục I, as HTML for the browser's print and as PDF: 01 receipt with the
/// appointment, 02 supplement request, 03 refusal, 04 apology with a new date, 05 stop notice, 06 tracking sheet.
/// Both renderings come from the same <see cref="FormContent"/>. The layouts follow the forms' headings and fields [S];
/// the decree's exact typography was not reproduced.
/// </summary>
public sealed class OneStopForms(ICurrentTenant tenant)
{
    /// <summary>A form's text: title, paragraphs, and for form 06 the hand-over table.</summary>
    public sealed record FormContent(string Title, IReadOnlyList<string> Lines, IReadOnlyList<string>? Headers = null, IReadOnlyList<string[]>? Rows = null);

    private static readonly string[] SheetHeaders = ["Tên cơ quan", "Thời gian giao, nhận hồ sơ", "Kết quả giải quyết (trước/đúng/quá hạn)", "Ghi chú"];

    public static FormContent? Content(string form, Application a) => form switch
    {
        "01" => new("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", [
            $"Bộ phận tiếp nhận và trả kết quả đã tiếp nhận hồ sơ của: {a.ApplicantName}",
            $"Số CCCD: {a.ApplicantIdNumber} – Điện thoại: {a.ApplicantPhone}",
            $"Địa chỉ: {a.ApplicantAddress}",
            $"Nội dung yêu cầu giải quyết: {a.ProcedureName}",
            $"Thành phần hồ sơ: {a.Files.Count(f => f.Purpose == "paper")} tệp/giấy tờ.",
            $"Thời gian nhận hồ sơ: {T(a.ReceivedAt)}",
            $"Thời gian trả kết quả giải quyết hồ sơ: {T(a.EffectiveAppointment)}",
            $"Vào Sổ theo dõi hồ sơ. Người tiếp nhận: {a.ReceivedByName}"]),
        "02" => new("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", [
            $"Hồ sơ của: {a.ApplicantName} – {a.ProcedureName}",
            $"Yêu cầu bổ sung, hoàn thiện các nội dung sau: {a.Pauses.LastOrDefault(p => p.Kind == "supplement")?.Reason ?? a.Reason}",
            "Lý do: hồ sơ chưa đầy đủ, hợp lệ. Thời gian bổ sung không tính vào thời hạn giải quyết."]),
        "03" => new("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", [
            $"Hồ sơ của: {a.ApplicantName} – {a.ProcedureName}",
            $"Không được tiếp nhận vì lý do: {a.Reason}"]),
        "04" => new("VĂN BẢN XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", [
            $"Kính gửi: {a.ApplicantName}",
            $"Hồ sơ {a.ProcedureName} hẹn trả lúc {T(a.AppointmentAt)} chưa giải quyết xong đúng hẹn. Cơ quan chân thành xin lỗi.",
            $"Ngày hẹn trả kết quả mới: {T(a.ExtendedAppointmentAt)}"]),
        "05" => new("THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", [
            $"Hồ sơ của: {a.ApplicantName} – {a.ProcedureName}",
            $"Lý do: {a.Reason}"]),
        "06" => new("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", [
            $"Thủ tục: {a.ProcedureName} – Người nộp: {a.ApplicantName}",
            $"Ngày hẹn trả: {T(a.EffectiveAppointment)}"], SheetHeaders,
            [.. a.Handovers.OrderBy(h => h.Seq).Select(h => new[]
            {
                h.UnitName, $"{T(h.HandedAt)}; người giao: {h.FromName}; người nhận: {h.ToName}", Timeliness.VietnameseName(h.Timeliness), h.Note ?? "",
            })]),
        _ => null,
    };

    /// <summary>
    /// Phiếu hướng dẫn hoàn thiện hồ sơ (form 02) handed over at the counter before anything is received: what the
    /// citizen must still bring for the procedure. Nothing is stored, so the form carries no application code.
    /// </summary>
    public string Guidance(string applicantName, Saas.OneStop.Catalogue.Procedure procedure, IReadOnlyList<Saas.OneStop.Catalogue.RequiredPaper> missing) =>
        Page("02", "", new FormContent("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
        [
            $"Kính gửi: {applicantName}",
            $"Thủ tục: {procedure.Name} ({procedure.Code})",
            "Hồ sơ của ông/bà chưa đầy đủ. Đề nghị bổ sung, hoàn thiện các giấy tờ sau:",
            .. missing.Select((p, i) => $"{i + 1}. {p.Name}"),
            $"Thời hạn giải quyết khi hồ sơ đầy đủ: {procedure.TimeText}.",
        ]));

    public string? Render(string form, Application a) => Content(form, a) is { } c ? Page(form, a.Code, c) : null;

    private string Page(string form, string code, FormContent c)
    {
        var body = new StringBuilder();
        body.Append("<h1>").Append(E(c.Title)).Append("</h1>");
        foreach (var line in c.Lines)
        {
            body.Append("<p>").Append(E(line)).Append("</p>");
        }
        if (c.Headers is { } headers)
        {
            body.Append("<table><tr>").AppendJoin("", headers.Select(h => $"<th>{E(h)}</th>")).Append("</tr>");
            foreach (var row in c.Rows ?? [])
            {
                body.Append("<tr>").AppendJoin("", row.Select(v => $"<td>{E(v)}</td>")).Append("</tr>");
            }
            body.Append("</table>");
        }
        return $$"""
            <!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Mẫu {{form}} – {{E(code)}}</title>
            <style>{{Style}}</style></head><body>
            <div class="head"><div><strong>{{E(Agency)}}</strong><br>BỘ PHẬN MỘT CỬA</div><div><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>Độc lập – Tự do – Hạnh phúc</div></div>
            <p style="text-align:right">Mã hồ sơ: <strong id="form-code">{{E(code)}}</strong></p>
            {{body}}
            <button onclick="window.print()">In</button></body></html>
            """;
    }

    /// <summary>The same form as a PDF to download, archive or send to the citizen.</summary>
    public byte[]? Pdf(string form, Application a)
    {
        if (Content(form, a) is not { } c)
        {
            return null;
        }
        var pdf = new TextPdf()
            .Line(Agency.ToUpperInvariant(), 10).Line("BỘ PHẬN MỘT CỬA", 10)
            .Line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 10, centered: true).Line("Độc lập – Tự do – Hạnh phúc", 10, centered: true)
            .Gap().Line($"Mã hồ sơ: {a.Code}", 11).Gap()
            .Line(c.Title, 13, centered: true).Gap();
        foreach (var line in c.Lines)
        {
            pdf.Line(line, 11);
        }
        if (c.Headers is { } headers)
        {
            pdf.Gap().Line(string.Join(" | ", headers), 9);
            foreach (var row in c.Rows ?? [])
            {
                pdf.Line(string.Join(" | ", row), 9);
            }
        }
        return pdf.Build();
    }

    private string Agency => tenant.Tenant?.Name ?? "";

    private const string Style = """
        body{font-family:"Times New Roman",serif;max-width:800px;margin:2em auto;font-size:14pt}h1{font-size:15pt;text-align:center}
        .head{display:flex;justify-content:space-between;text-align:center}table{border-collapse:collapse;width:100%}td,th{border:1px solid #000;padding:4px;font-size:12pt}
        @media print{button{display:none}}
        """;

    // Vietnamese letters stay readable in the source instead of numeric entities.
    private static readonly System.Text.Encodings.Web.HtmlEncoder Html = System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private static string E(string s) => Html.Encode(s);

    internal static string T(DateTimeOffset? t) => t is { } v ? VietnamTime.ToLocal(v).ToString("HH 'giờ' mm 'phút', 'ngày' dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) : "";
}
