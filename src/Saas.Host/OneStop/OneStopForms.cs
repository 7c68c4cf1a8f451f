using System.Net;
using System.Text;
using Saas.Calendar;
using Saas.OneStop.Applications;
using Saas.Platform.MultiTenancy;

namespace Saas.Host.OneStop;

/// <summary>
/// Printable forms of TT 03/2025 Phụ lục I as HTML for the browser's print (and "save as PDF"): 01 receipt with the
/// appointment, 02 supplement request, 03 refusal, 04 apology with a new date, 05 stop notice, 06 tracking sheet.
/// The layouts follow the forms' headings and fields [S]; the decree's exact typography was not reproduced.
/// </summary>
public sealed class OneStopForms(ICurrentTenant tenant)
{
    public string? Render(string form, Application a)
    {
        var body = form switch
        {
            "01" => Receipt(a),
            "02" => Supplement(a),
            "03" => Refusal(a),
            "04" => Apology(a),
            "05" => Stop(a),
            "06" => TrackingSheet(a),
            _ => null,
        };
        if (body is null)
        {
            return null;
        }
        var agency = E(tenant.Tenant?.Name ?? "");
        return $$"""
            <!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Mẫu {{form}} – {{E(a.Code)}}</title>
            <style>{{Style}}</style></head><body>
            <div class="head"><div><strong>{{agency}}</strong><br>BỘ PHẬN MỘT CỬA</div><div><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>Độc lập – Tự do – Hạnh phúc</div></div>
            <p style="text-align:right">Mã hồ sơ: <strong id="form-code">{{E(a.Code)}}</strong></p>
            {{body}}
            <button onclick="window.print()">In / Lưu PDF</button></body></html>
            """;
    }

    private const string Style = """
        body{font-family:"Times New Roman",serif;max-width:800px;margin:2em auto;font-size:14pt}h1{font-size:15pt;text-align:center}
        .head{display:flex;justify-content:space-between;text-align:center}table{border-collapse:collapse;width:100%}td,th{border:1px solid #000;padding:4px;font-size:12pt}
        @media print{button{display:none}}
        """;

    private static string Receipt(Application a) => $"""
        <h1>GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ</h1>
        <p>Bộ phận tiếp nhận và trả kết quả đã tiếp nhận hồ sơ của: <strong>{E(a.ApplicantName)}</strong></p>
        <p>Số CCCD: {E(a.ApplicantIdNumber)} – Điện thoại: {E(a.ApplicantPhone)}</p>
        <p>Địa chỉ: {E(a.ApplicantAddress ?? "")}</p>
        <p>Nội dung yêu cầu giải quyết: {E(a.ProcedureName)}</p>
        <p>Thành phần hồ sơ: {a.Files.Count(f => f.Purpose == "paper")} tệp/giấy tờ.</p>
        <p>Thời gian nhận hồ sơ: {T(a.ReceivedAt)}</p>
        <p>Thời gian trả kết quả giải quyết hồ sơ: <strong id="form-appointment">{T(a.EffectiveAppointment)}</strong></p>
        <p>Vào Sổ theo dõi hồ sơ. Người tiếp nhận: {E(a.ReceivedByName ?? "")}</p>
        """;

    private static string Supplement(Application a) => $"""
        <h1>PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ</h1>
        <p>Hồ sơ của: <strong>{E(a.ApplicantName)}</strong> – {E(a.ProcedureName)}</p>
        <p>Yêu cầu bổ sung, hoàn thiện các nội dung sau: {E(a.Pauses.LastOrDefault(p => p.Kind == "supplement")?.Reason ?? a.Reason ?? "")}</p>
        <p>Lý do: hồ sơ chưa đầy đủ, hợp lệ. Thời gian bổ sung không tính vào thời hạn giải quyết.</p>
        """;

    private static string Refusal(Application a) => $"""
        <h1>PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ</h1>
        <p>Hồ sơ của: <strong>{E(a.ApplicantName)}</strong> – {E(a.ProcedureName)}</p>
        <p>Không được tiếp nhận vì lý do: {E(a.Reason ?? "")}</p>
        """;

    private static string Apology(Application a) => $"""
        <h1>VĂN BẢN XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ</h1>
        <p>Kính gửi: <strong>{E(a.ApplicantName)}</strong></p>
        <p>Hồ sơ {E(a.ProcedureName)} hẹn trả lúc {T(a.AppointmentAt)} chưa giải quyết xong đúng hẹn. Cơ quan chân thành xin lỗi.</p>
        <p>Ngày hẹn trả kết quả mới: <strong>{T(a.ExtendedAppointmentAt)}</strong></p>
        """;

    private static string Stop(Application a) => $"""
        <h1>THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ</h1>
        <p>Hồ sơ của: <strong>{E(a.ApplicantName)}</strong> – {E(a.ProcedureName)}</p>
        <p>Lý do: {E(a.Reason ?? "")}</p>
        """;

    private static string TrackingSheet(Application a)
    {
        var rows = new StringBuilder();
        foreach (var h in a.Handovers.OrderBy(h => h.Seq))
        {
            rows.Append(CultureInfoInvariant($"<tr><td>{E(h.UnitName)}</td><td>{T(h.HandedAt)}<br>Người giao: {E(h.FromName)}<br>Người nhận: {E(h.ToName)}</td><td>{Timeliness.Name(h.Timeliness)}</td><td>{E(h.Note ?? "")}</td></tr>"));
        }
        return $"""
            <h1>PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ</h1>
            <p>Thủ tục: {E(a.ProcedureName)} – Người nộp: {E(a.ApplicantName)}</p>
            <p>Ngày hẹn trả: {T(a.EffectiveAppointment)}</p>
            <table><tr><th>Tên cơ quan</th><th>Thời gian giao, nhận hồ sơ</th><th>Kết quả giải quyết (trước/đúng/quá hạn)</th><th>Ghi chú</th></tr>{rows}</table>
            """;
    }

    private static string CultureInfoInvariant(string s) => s;

    private static string E(string s) => WebUtility.HtmlEncode(s);

    internal static string T(DateTimeOffset? t) => t is { } v ? VietnamTime.ToLocal(v).ToString("HH 'giờ' mm 'phút', 'ngày' dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) : "";
}
