using Saas.Platform.Statistics;

namespace Saas.Statistics.Catalogue;

/// <summary>
/// The indicator catalogue (e-office, one-stop, Decision 766). Fact names of the one-stop shop are the contract
/// the one-stop module's <see cref="IIndicatorFactSource"/> must supply (see <see cref="OneStopFacts"/>); until it
/// does, its indicators are simply empty.
/// </summary>
public static class IndicatorCatalog
{
    public const string WorkFilesOnline = "workfiles-online-rate";

    public static readonly IReadOnlyList<IndicatorDefinition> All = Build();

    public static IndicatorDefinition? Find(string code) => All.FirstOrDefault(i => i.Code == code);

    private static List<IndicatorDefinition> Build()
    {
        const string g = IndicatorGroups.EOffice;
        const string o = IndicatorGroups.OneStop;
        const string d = IndicatorGroups.Decision766;
        const string received = "documents.incoming.received";
        const string electronic = "documents.incoming.received_electronic";
        const string withDeadline = "documents.incoming.finished_with_deadline";
        const string onTime = "documents.incoming.finished_on_time";
        const string issued = "documents.outgoing.issued";
        const string signed = "documents.outgoing.issued_signed";
        const string closed = "workfiles.closed";
        const string closedOnline = "workfiles.closed_online";
        var f = OneStopFacts.Instance;
        return
        [
            new("incoming-received", g, "Văn bản đến tiếp nhận", "Incoming documents received", $"{received}", IndicatorUnit.Count, true,
                [received], b => b[received]),
            new("incoming-electronic-rate", g, "Tỷ lệ văn bản đến nhận qua môi trường điện tử", "Incoming documents received electronically",
                $"{electronic} / {received} × 100", IndicatorUnit.Percent, true, [electronic, received], b => b.Percent(b[electronic], b[received])),
            new("outgoing-issued", g, "Văn bản đi ban hành", "Outgoing documents issued", issued, IndicatorUnit.Count, true, [issued], b => b[issued]),
            new("outgoing-signed-rate", g, "Tỷ lệ văn bản đi phát hành điện tử có chữ ký số", "Outgoing documents issued electronically with a digital signature",
                $"{signed} / {issued} × 100", IndicatorUnit.Percent, true, [signed, issued], b => b.Percent(b[signed], b[issued])),
            new("workfiles-closed", g, "Hồ sơ công việc kết thúc", "Work files closed", closed, IndicatorUnit.Count, true, [closed], b => b[closed]),
            new(WorkFilesOnline, g, "Tỷ lệ hồ sơ công việc xử lý toàn trình trên môi trường điện tử", "Work files processed entirely online",
                $"{closedOnline} / {closed} × 100", IndicatorUnit.Percent, true, [closedOnline, closed], b => b.Percent(b[closedOnline], b[closed])),
            new("incoming-on-time-rate", g, "Tỷ lệ văn bản đến xử lý đúng hạn", "Incoming documents processed on time",
                $"{onTime} / {withDeadline} × 100", IndicatorUnit.Percent, true, [onTime, withDeadline], b => b.Percent(b[onTime], b[withDeadline])),
            new("incoming-pending", g, "Văn bản đến đang xử lý (cuối kỳ)", "Incoming documents pending (end of period)",
                "documents.incoming.pending tại ngày cuối kỳ", IndicatorUnit.Count, false, ["documents.incoming.pending"], b => b["documents.incoming.pending"]),
            new("incoming-overdue", g, "Văn bản đến quá hạn chưa xử lý (cuối kỳ)", "Overdue incoming backlog (end of period)",
                "documents.incoming.overdue tại ngày cuối kỳ", IndicatorUnit.Count, false, ["documents.incoming.overdue"], b => b["documents.incoming.overdue"]),

            new("applications-received", o, "Hồ sơ TTHC tiếp nhận", "Applications received", f.Received, IndicatorUnit.Count, true, [f.Received], b => b[f.Received]),
            new("applications-direct", o, "Tiếp nhận trực tiếp", "Received at the counter", $"{f.Received}#channel:1", IndicatorUnit.Count, true,
                [f.Received], b => b[f.Received + "#channel:1"]),
            new("applications-online", o, "Tiếp nhận trực tuyến", "Received online", $"{f.Received}#channel:2", IndicatorUnit.Count, true,
                [f.Received], b => b[f.Received + "#channel:2"]),
            new("applications-postal", o, "Tiếp nhận qua bưu chính công ích", "Received by public postal service", $"{f.Received}#channel:3", IndicatorUnit.Count, true,
                [f.Received], b => b[f.Received + "#channel:3"]),
            new("online-application-rate", o, "Tỷ lệ hồ sơ nộp trực tuyến", "Online application rate",
                $"{f.Received}#channel:2 / {f.Received} × 100", IndicatorUnit.Percent, true, [f.Received], b => b.Percent(b[f.Received + "#channel:2"], b[f.Received])),
            new("applications-finished", o, "Hồ sơ đã giải quyết", "Applications processed", f.Finished, IndicatorUnit.Count, true, [f.Finished], b => b[f.Finished]),
            new("applications-early", o, "Giải quyết trước hạn", "Processed early", f.Early, IndicatorUnit.Count, true, [f.Early], b => b[f.Early]),
            new("applications-on-time", o, "Giải quyết đúng hạn", "Processed on time", f.OnTime, IndicatorUnit.Count, true, [f.OnTime], b => b[f.OnTime]),
            new("applications-late", o, "Giải quyết trễ hạn", "Processed late", f.Late, IndicatorUnit.Count, false, [f.Late], b => b[f.Late]),
            new("early-rate", o, "Tỷ lệ giải quyết trước hạn", "Early rate", $"{f.Early} / {f.Finished} × 100", IndicatorUnit.Percent, true,
                [f.Early, f.Finished], b => b.Percent(b[f.Early], b[f.Finished])),
            new("on-time-rate", o, "Tỷ lệ giải quyết đúng hạn (kể cả trước hạn)", "On-time rate (early included)",
                $"({f.Early} + {f.OnTime}) / {f.Finished} × 100", IndicatorUnit.Percent, true,
                [f.Early, f.OnTime, f.Finished], b => b.Percent(b[f.Early] + b[f.OnTime], b[f.Finished])),
            new("late-rate", o, "Tỷ lệ giải quyết trễ hạn", "Late rate", $"{f.Late} / {f.Finished} × 100", IndicatorUnit.Percent, false,
                [f.Late, f.Finished], b => b.Percent(b[f.Late], b[f.Finished])),
            new("average-processing-days", o, "Thời gian giải quyết trung bình (ngày)", "Average processing time (days)",
                $"{f.ProcessingMinutes} / {f.Finished} / 1440", IndicatorUnit.Days, false, [f.ProcessingMinutes, f.Finished],
                b => b[f.Finished] == 0 ? null : Math.Round(b[f.ProcessingMinutes] / 1440.0 / b[f.Finished], 2)),
            new("supplement-rate", o, "Tỷ lệ hồ sơ phải bổ sung", "Supplement request rate", $"{f.Supplemented} / {f.Finished} × 100",
                IndicatorUnit.Percent, false, [f.Supplemented, f.Finished], b => b.Percent(b[f.Supplemented], b[f.Finished])),
            new("satisfaction-rate", o, "Tỷ lệ hài lòng", "Satisfaction rate", $"{f.Satisfied} / {f.Rated} × 100", IndicatorUnit.Percent, true,
                [f.Satisfied, f.Rated], b => b.Percent(b[f.Satisfied], b[f.Rated])),
            new("applications-pending-overdue", o, "Hồ sơ đang giải quyết quá hạn (cuối kỳ)", "Applications pending and overdue (end of period)",
                f.PendingOverdue, IndicatorUnit.Count, false, [f.PendingOverdue], b => b[f.PendingOverdue]),

            .. Decision766Indicators.Build(d, f),
        ];
    }
}
