using System.IO.Compression;
using System.Xml.Linq;
using Saas.Files.Storage;
using Saas.Platform.MultiTenancy;
using Saas.Web.Http;
using Saas.WorkFiles.FilePlans;
using Saas.WorkFiles.Files;

namespace Saas.WorkFiles.Web;

/// <summary>
/// A closed file as one package (Nghị định 30/2020, Phụ lục VI): the document index as PDF (mục lục văn bản),
/// the file's metadata as XML (FileCode, Title, Maintenance, …) and every document's files.
/// </summary>
public sealed class WorkFileExport(FileDocumentSource documents, IFileStore store, ICurrentTenant tenant)
{
    public async Task<byte[]> BuildAsync(WorkFile file, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            await WriteAsync(zip, "muc-luc.pdf", IndexPdf(file), ct);
            await WriteAsync(zip, "ho-so.xml", System.Text.Encoding.UTF8.GetBytes(Metadata(file).ToString()), ct);
            var n = 0;
            foreach (var d in file.Documents.OrderBy(d => d.DocumentDate).ThenBy(d => d.AddedAt))
            {
                n++;
                foreach (var f in await documents.FilesAsync(d, ct))
                {
                    await using var content = await store.OpenReadAsync(f.Sha256, ct);
                    if (content is null)
                    {
                        continue;
                    }
                    var entry = zip.CreateEntry($"van-ban/{n:000}-{Path.GetFileName(f.FileName)}");
                    await using var target = entry.Open();
                    await content.CopyToAsync(target, ct);
                }
            }
        }
        return buffer.ToArray();
    }

    /// <summary>The package's download name: the file code, with slashes (allowed in codes) made safe.</summary>
    public static string FileName(WorkFile file) => $"ho-so-{file.Code}.zip".Replace('/', '-');

    private XElement Metadata(WorkFile f) =>
        new("HoSo",
            new XElement("FileCode", f.Code),
            new XElement("OrganId", tenant.Tenant?.AgencyCode ?? ""),
            new XElement("OrganName", tenant.Tenant?.Name ?? ""),
            new XElement("Title", f.Title),
            new XElement("Maintenance", Retention.Describe(f.RetentionYears)),
            new XElement("Rights", "Hạn chế sử dụng theo quy định"),
            new XElement("Creator", f.CreatorName),
            new XElement("Language", "Tiếng Việt"),
            new XElement("StartDate", f.StartDate.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)),
            new XElement("EndDate", f.EndDate?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? ""),
            new XElement("DocTotal", f.DocCount ?? f.Documents.Count),
            new XElement("PageTotal", f.PageCount ?? 0),
            new XElement("Description", f.Description ?? ""),
            new XElement("Documents", f.Documents.OrderBy(d => d.DocumentDate).Select((d, i) => new XElement("Document",
                new XElement("DocOrdinal", i + 1),
                new XElement("CodeNotation", d.NumberNotation ?? ""),
                new XElement("IssuedDate", d.DocumentDate?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? ""),
                new XElement("Subject", d.Withheld ? Withheld : d.Title),
                new XElement("Withheld", d.Withheld),
                new XElement("PageAmount", d.Pages ?? 0),
                new XElement("Electronic", d.Electronic)))));

    private byte[] IndexPdf(WorkFile f)
    {
        var pdf = new TextPdf()
            .Line((tenant.Tenant?.Name ?? "").ToUpperInvariant(), 11)
            .Line("MỤC LỤC VĂN BẢN", 14, centered: true)
            .Line($"Hồ sơ số: {f.Code} – {f.Title}", 11)
            .Line($"Thời gian: {f.StartDate:dd/MM/yyyy} – {f.EndDate:dd/MM/yyyy}; thời hạn bảo quản: {Retention.Describe(f.RetentionYears)}; số văn bản: {f.DocCount}; số trang: {f.PageCount}", 10)
            .Gap()
            .Line("STT | Số, ký hiệu | Ngày tháng | Trích yếu nội dung | Số trang", 10);
        var i = 0;
        foreach (var d in f.Documents.OrderBy(d => d.DocumentDate).ThenBy(d => d.AddedAt))
        {
            pdf.Line(d.Withheld ? $"{++i} | {Withheld}" : $"{++i} | {d.NumberNotation} | {d.DocumentDate:dd/MM/yyyy} | {d.Title} | {d.Pages}", 10);
        }
        return pdf.Build();
    }

    /// <summary>A line of the legal index form (Vietnamese by law) for a document the exporter may not open.</summary>
    private const string Withheld = "(văn bản người xuất không có quyền xem: không đưa vào gói)";

    private static async Task WriteAsync(ZipArchive zip, string name, byte[] bytes, CancellationToken ct)
    {
        var entry = zip.CreateEntry(name);
        await using var s = entry.Open();
        await s.WriteAsync(bytes, ct);
    }
}
