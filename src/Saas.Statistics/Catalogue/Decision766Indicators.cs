namespace Saas.Statistics.Catalogue;

/// <summary>
/// The QĐ 766/QĐ-TTg indicators the platform's data can support (formulas from the technical guidance as
/// transcribed in DOMAIN.md §4). 1.1–1.3, 4.4, 4.5 and 5.1–5.3 cannot be computed here: see docs/indicators.md.
/// </summary>
internal static class Decision766Indicators
{
    public static IEnumerable<IndicatorDefinition> Build(string d, OneStopFacts f)
    {
        yield return new IndicatorDefinition("766-1.4", d, "1.4 Hồ sơ đồng bộ lên Cổng DVCQG", "1.4 Applications synced to the national portal",
            $"{f.Synced} / {f.Received} × 100", IndicatorUnit.Percent, true, [f.Synced, f.Received], b => b.Percent(b[f.Synced], b[f.Received]))
        { Decision766 = "1.4" };
        yield return new IndicatorDefinition("766-2.1", d, "2.1 Hồ sơ xử lý trước hạn, đúng hạn", "2.1 Applications processed early or on time",
            $"({f.Early} + {f.OnTime} + {f.PendingInTime}) / ({f.Finished} + {f.PendingInTime} + {f.PendingOverdue}) × 100",
            IndicatorUnit.Percent, true, [f.Early, f.OnTime, f.PendingInTime, f.Finished, f.PendingOverdue],
            b => b.Percent(b[f.Early] + b[f.OnTime] + b[f.PendingInTime], b[f.Finished] + b[f.PendingInTime] + b[f.PendingOverdue]))
        { Decision766 = "2.1" };
        yield return new IndicatorDefinition("766-3.1", d, "3.1 TTHC có dịch vụ công trực tuyến", "3.1 Procedures with an online public service",
            $"{f.ProceduresOnline} / {f.Procedures} × 100", IndicatorUnit.Percent, true, [f.ProceduresOnline, f.Procedures],
            b => b.Percent(b[f.ProceduresOnline], b[f.Procedures]))
        { Decision766 = "3.1", Threshold = 80 };
        yield return new IndicatorDefinition("766-3.3", d, "3.3 Hồ sơ nộp trực tuyến", "3.3 Applications submitted online",
            $"{f.Received}#channel:2 / {f.Received} × ({f.Synced} / {f.Received}) × 100", IndicatorUnit.Percent, true, [f.Received, f.Synced],
            b => b[f.Received] == 0 ? null : Math.Round(100.0 * b[f.Received + "#channel:2"] / b[f.Received] * b[f.Synced] / b[f.Received], 2))
        { Decision766 = "3.3", Threshold = 50 };
        yield return new IndicatorDefinition("766-3.5", d, "3.5 TTHC tích hợp thanh toán trực tuyến", "3.5 Procedures integrated with online payment",
            $"{f.ProceduresWithPayment} / {f.Procedures} × 100", IndicatorUnit.Percent, true, [f.ProceduresWithPayment, f.Procedures],
            b => b.Percent(b[f.ProceduresWithPayment], b[f.Procedures]))
        { Decision766 = "3.5", Threshold = 80 };
        yield return new IndicatorDefinition("766-3.6", d, "3.6 Hồ sơ thanh toán trực tuyến", "3.6 Applications paid online",
            $"{f.PaidOnline} / {f.WithFees} × 100", IndicatorUnit.Percent, true, [f.PaidOnline, f.WithFees], b => b.Percent(b[f.PaidOnline], b[f.WithFees]))
        { Decision766 = "3.6" };
        yield return new IndicatorDefinition("766-4.1", d, "4.1 Hồ sơ có kết quả điện tử", "4.1 Applications with an electronic result",
            $"{f.ElectronicResult} / {f.ResultRequired} × 100", IndicatorUnit.Percent, true, [f.ElectronicResult, f.ResultRequired],
            b => b.Percent(b[f.ElectronicResult], b[f.ResultRequired]))
        { Decision766 = "4.1" };
        yield return new IndicatorDefinition("766-4.2", d, "4.2 Số hóa hồ sơ", "4.2 Digitised applications",
            $"{f.Digitised} / {f.Received} × 100", IndicatorUnit.Percent, true, [f.Digitised, f.Received], b => b.Percent(b[f.Digitised], b[f.Received]))
        { Decision766 = "4.2", Threshold = 80 };
        yield return new IndicatorDefinition("766-4.3", d, "4.3 Tái sử dụng dữ liệu số hóa", "4.3 Reuse of digitised data",
            $"{f.Reused} / {f.Received} × 100", IndicatorUnit.Percent, true, [f.Reused, f.Received], b => b.Percent(b[f.Reused], b[f.Received]))
        { Decision766 = "4.3", Threshold = 80 };
        yield return new IndicatorDefinition("766-5.4", d, "5.4 Mức độ hài lòng trong giải quyết TTHC", "5.4 Satisfaction with procedures",
            $"100 − ({f.Late} / {f.Finished} × 100) − ({f.Complaints} / {f.Finished} × 100)", IndicatorUnit.Percent, true, [f.Late, f.Complaints, f.Finished],
            b => b[f.Finished] == 0 ? null : Math.Round(Math.Max(0, 100.0 - 100.0 * (b[f.Late] + b[f.Complaints]) / b[f.Finished]), 2))
        { Decision766 = "5.4", Threshold = 90 };
    }
}
