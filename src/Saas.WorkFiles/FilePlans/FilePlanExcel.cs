using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Saas.WorkFiles.FilePlans;

/// <summary>Danh mục hồ sơ to and from Excel, with the columns agencies use for it.</summary>
public static class FilePlanExcel
{
    public static readonly string[] Columns = ["Đề mục", "Số, ký hiệu hồ sơ", "Tên đề mục và tiêu đề hồ sơ", "Thời hạn bảo quản", "Đơn vị/người lập hồ sơ"];

    public static byte[] Export(FilePlan plan, string tenantName)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook();
            var ws = wb.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            ws.Worksheet = new Worksheet(data);
            data.Append(Row(tenantName.ToUpperInvariant()));
            data.Append(Row($"DANH MỤC HỒ SƠ NĂM {plan.Year}"));
            data.Append(Row(plan.Status == FilePlanStatus.Approved ? $"Đã phê duyệt: {plan.ApprovedBy}" : "Dự thảo"));
            data.Append(Row(Columns));
            foreach (var i in plan.Items.OrderBy(i => i.SortOrder))
            {
                data.Append(Row(i.Heading, i.Code, i.Title, Retention.Describe(i.RetentionYears), i.Responsible));
            }
            wb.Workbook.AppendChild(new Sheets(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = $"DMHS {plan.Year}" }));
            wb.Workbook.Save();
        }
        return stream.ToArray();
    }

    /// <summary>Reads rows under the header row ("Đề mục" in column A); errors name the row.</summary>
    public static (List<FilePlanItemInput> Items, List<ImportError> Errors) Import(Stream xlsx)
    {
        var items = new List<FilePlanItemInput>();
        var errors = new List<ImportError>();
        SpreadsheetDocument doc;
        try
        {
            doc = SpreadsheetDocument.Open(xlsx, false);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException)
        {
            return (items, [new ImportError("workfiles.excel.not_xlsx")]);
        }
        using (doc)
        {
            var wb = doc.WorkbookPart;
            var sheet = wb?.WorksheetParts.FirstOrDefault();
            if (wb is null || sheet is null)
            {
                return (items, [new ImportError("workfiles.excel.empty")]);
            }
            var shared = wb.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var headerSeen = false;
            foreach (var row in sheet.Worksheet.Descendants<Row>())
            {
                var cells = row.Elements<Cell>().Select(c => Text(c, shared)).ToList();
                if (!headerSeen)
                {
                    headerSeen = cells.FirstOrDefault()?.Trim() == Columns[0];
                    continue;
                }
                if (cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }
                string? At(int i) => i < cells.Count && !string.IsNullOrWhiteSpace(cells[i]) ? cells[i].Trim() : null;
                var (ok, years) = Retention.Parse(At(3));
                if (!ok)
                {
                    errors.Add(new ImportError("workfiles.excel.bad_retention", row.RowIndex?.Value ?? 0u, At(3) ?? ""));
                    continue;
                }
                items.Add(new FilePlanItemInput(At(0), At(1), At(2), years, years is null, At(4)));
            }
            if (!headerSeen)
            {
                errors.Add(new ImportError("workfiles.excel.no_header", Columns[0]));
            }
        }
        return (items, errors);
    }

    /// <summary>A refused workbook or row: a text key of <c>workfiles.*.json</c> and its arguments (row number, cell).</summary>
    public sealed record ImportError(string Key, params object[] Args);

    private static string Text(Cell c, List<string> shared) =>
        c.DataType?.Value == CellValues.SharedString && int.TryParse(c.CellValue?.Text, out var i) && i < shared.Count ? shared[i]
        : c.DataType?.Value == CellValues.InlineString ? c.InlineString?.InnerText ?? ""
        : c.CellValue?.Text ?? "";

    private static Row Row(params string?[] values) =>
        new(values.Select(v => v is null ? new Cell() : new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(v)) }));
}
