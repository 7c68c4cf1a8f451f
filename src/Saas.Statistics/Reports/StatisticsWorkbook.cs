using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Saas.Statistics.Catalogue;
using Saas.Statistics.Dashboards;
using Saas.Statistics.Units;

namespace Saas.Statistics.Reports;

/// <summary>
/// The statistics tables as an Excel workbook: one row per unit (every indicator), one row per unit and procedure
/// (one-stop counts), and the catalogue with the formulas, so a reader can check any figure by hand.
/// </summary>
public sealed class StatisticsWorkbook
{
    public sealed record UnitFacts(Unit Unit, FactBag Facts);

    public byte[] Build(string title, DateOnly from, DateOnly to, IReadOnlyList<UnitFacts> rows, IReadOnlySet<string> supplied, Action<int>? progress = null)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var book = doc.AddWorkbookPart();
            book.Workbook = new Workbook(new Sheets());
            var period = $"{title} – từ {from:dd/MM/yyyy} đến {to:dd/MM/yyyy}";

            var unitRows = new List<object?[]> { new object?[] { period }, Header() };
            var procedureRows = new List<object?[]>
            {
                new object?[] { period },
                new object?[] { "Đơn vị", "Mã thủ tục", "Tiếp nhận", "Đã giải quyết", "Trước hạn", "Đúng hạn", "Trễ hạn" },
            };
            var total = new FactBag();
            for (var i = 0; i < rows.Count; i++)
            {
                var (unit, facts) = (rows[i].Unit, rows[i].Facts);
                total.AddAll(facts);
                unitRows.Add([unit.Name, unit.Level, .. IndicatorCatalog.All.Select(d => (object?)Indicators.Compute(d, facts, supplied))]);
                foreach (var p in ProcedureKeys(facts))
                {
                    var f = OneStopFacts.Instance;
                    procedureRows.Add([unit.Name, p, facts[$"{f.Received}#procedure:{p}"], facts[$"{f.Finished}#procedure:{p}"],
                        facts[$"{f.Early}#procedure:{p}"], facts[$"{f.OnTime}#procedure:{p}"], facts[$"{f.Late}#procedure:{p}"]]);
                }
                progress?.Invoke((int)(90.0 * (i + 1) / rows.Count));
            }
            unitRows.Add(["Tổng cộng", "", .. IndicatorCatalog.All.Select(d => (object?)Indicators.Compute(d, total, supplied))]);
            AddSheet(book, "Theo đơn vị", unitRows);
            AddSheet(book, "Theo thủ tục", procedureRows);
            AddSheet(book, "Chỉ tiêu", [
                new object?[] { "Mã", "Nhóm", "Chỉ tiêu", "Indicator", "Công thức", "Đơn vị tính", "QĐ 766" },
                .. IndicatorCatalog.All.Select(d => new object?[] { d.Code, d.Group, d.NameVi, d.NameEn, d.Formula, Indicators.UnitName(d.Unit), d.Decision766 }),
            ]);
            book.Workbook.Save();
        }
        progress?.Invoke(100);
        return stream.ToArray();
    }

    private static object?[] Header() => ["Đơn vị", "Cấp", .. IndicatorCatalog.All.Select(d => (object?)$"{d.NameVi}{Suffix(d.Unit)}")];

    private static string Suffix(IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Percent => " (%)",
        IndicatorUnit.Days => " (ngày)",
        _ => "",
    };

    private static IEnumerable<string> ProcedureKeys(FactBag facts) =>
        facts.Values.Keys.Where(k => k.Contains("#procedure:", StringComparison.Ordinal))
            .Select(k => k[(k.IndexOf("#procedure:", StringComparison.Ordinal) + "#procedure:".Length)..]).Distinct().Order(StringComparer.Ordinal);

    private static void AddSheet(WorkbookPart book, string name, IEnumerable<object?[]> rows)
    {
        var part = book.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        foreach (var values in rows)
        {
            var row = new Row();
            foreach (var v in values)
            {
                row.Append(v switch
                {
                    null => new Cell(),
                    double d => new Cell { DataType = CellValues.Number, CellValue = new CellValue(d) },
                    long l => new Cell { DataType = CellValues.Number, CellValue = new CellValue((double)l) },
                    _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(v.ToString() ?? "")) },
                });
            }
            data.Append(row);
        }
        part.Worksheet = new Worksheet(data);
        var sheets = book.Workbook.Sheets!;
        sheets.Append(new Sheet { Id = book.GetIdOfPart(part), SheetId = (uint)(sheets.Count() + 1), Name = name });
    }
}
