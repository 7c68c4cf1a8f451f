using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.WorkFiles;

/// <summary>Danh mục hồ sơ → mở hồ sơ → đưa văn bản vào → kết thúc → nộp lưu → xuất.</summary>
[Collection(PlatformCollection.Name)]
public sealed class WorkFileTests(PlatformFixture platform)
{
    private static readonly int Year = DateTime.UtcNow.AddHours(7).Year;

    private static async Task<JsonElement> RegisteredIncomingAsync(HttpClient clerk, string subject)
    {
        var doc = await DocumentApi.CreateIncomingAsync(clerk, subject, $"21/UBND-{Guid.NewGuid():N}"[..18]);
        return await DocumentApi.PostJsonAsync(clerk, $"/api/v1/incoming-documents/{doc.GetProperty("id").GetString()}/register", new { registerCode = "VBDEN" });
    }

    [Fact]
    public async Task File_list_is_drafted_copied_approved_and_then_fixed_and_round_trips_through_excel()
    {
        using var leader = await platform.ClientForAsync("lanhdao.ubnd");
        var lastYear = Year - 1;
        var items = await DocumentApi.PostJsonAsync(leader, $"/api/v1/file-plans/{lastYear}/items", new[]
        {
            new { heading = "I. Tổng hợp", code = "01.TH", title = "Hồ sơ chương trình công tác năm", retentionYears = (int?)10, permanent = false, responsible = "Văn phòng" },
            new { heading = "I. Tổng hợp", code = "02.TH", title = "Hồ sơ báo cáo tổng kết năm", retentionYears = (int?)null, permanent = true, responsible = "Văn phòng" },
        });
        Assert.Equal(2, items.GetProperty("items").GetArrayLength());

        var copied = await DocumentApi.PostJsonAsync(leader, $"/api/v1/file-plans/{Year + 5}/copy-from/{lastYear}", new { });
        Assert.Equal("Vĩnh viễn", copied.GetProperty("items")[1].GetProperty("retention").GetString());
        await DocumentApi.PostJsonAsync(leader, $"/api/v1/file-plans/{Year + 5}/approve", new { });
        using (var late = await leader.PostAsJsonAsync($"/api/v1/file-plans/{Year + 5}/items", new[] { new { heading = "II", code = "03", title = "Muộn", retentionYears = 5 } }))
        {
            Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        }
        using (var bad = await leader.PostAsJsonAsync($"/api/v1/file-plans/{Year + 6}/items", new[] { new { heading = "II", code = "03", title = "Sai", retentionYears = 0 } }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        }

        var xlsx = await leader.GetByteArrayAsync($"/api/v1/file-plans/{Year + 5}/export.xlsx");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(xlsx), "file", "dmhs.xlsx" } };
        var imported = await (await leader.PostAsync($"/api/v1/file-plans/{Year + 7}/import", form)).ReadAsync();
        Assert.Equal(["01.TH", "02.TH"], imported.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()));
        Assert.Equal(JsonValueKind.Null, imported.GetProperty("items")[1].GetProperty("retentionYears").ValueKind);
    }

    [Fact]
    public async Task Open_attach_close_deposit_and_export_a_work_file()
    {
        using var clerk = await platform.ClientForAsync("vanthu.ubnd");
        var doc1 = await RegisteredIncomingAsync(clerk, "Công văn đề nghị báo cáo chuyển đổi số");
        var doc2 = await RegisteredIncomingAsync(clerk, "Kế hoạch kiểm tra công tác văn thư");

        using var creator = await platform.ClientForAsync("lanhdao.ubnd");
        using var opened = await creator.PostAsJsonAsync("/api/v1/work-files", new { code = $"05.VP-{Guid.NewGuid():N}"[..12], title = "Hồ sơ chuyển đổi số năm nay", retentionYears = 10 });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var fileId = (await opened.ReadAsync()).GetProperty("id").GetString();

        await DocumentApi.PostJsonAsync(creator, $"/api/v1/work-files/{fileId}/documents", new { kind = "incoming", documentId = doc1.GetProperty("id").GetString() });
        await DocumentApi.PostJsonAsync(creator, $"/api/v1/work-files/{fileId}/documents", new { kind = "incoming", documentId = doc2.GetProperty("id").GetString() });
        using (var twice = await creator.PostAsJsonAsync($"/api/v1/work-files/{fileId}/documents", new { kind = "incoming", documentId = doc1.GetProperty("id").GetString() }))
        {
            Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        }

        // The same document can sit in a second file without being copied.
        using var second = await creator.PostAsJsonAsync("/api/v1/work-files", new { code = $"06.VP-{Guid.NewGuid():N}"[..12], title = "Hồ sơ kiểm tra", permanent = true });
        var secondId = (await second.ReadAsync()).GetProperty("id").GetString();
        await DocumentApi.PostJsonAsync(creator, $"/api/v1/work-files/{secondId}/documents", new { kind = "incoming", documentId = doc2.GetProperty("id").GetString() });

        var closed = await DocumentApi.PostJsonAsync(creator, $"/api/v1/work-files/{fileId}/close", new { });
        Assert.Equal("closed", closed.GetProperty("status").GetString());
        Assert.Equal(2, closed.GetProperty("docCount").GetInt32());
        Assert.Equal(4, closed.GetProperty("pageCount").GetInt32());
        Assert.False(closed.GetProperty("fullyOnline").GetBoolean()); // typed in from paper
        var end = DateOnly.Parse(closed.GetProperty("endDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(end.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), closed.GetProperty("depositDue").GetString());

        using (var again = await creator.PostAsJsonAsync($"/api/v1/work-files/{fileId}/close", new { }))
        {
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
            Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        }
        using (var readOnly = await creator.DeleteAsync($"/api/v1/work-files/{fileId}/documents/incoming/{doc1.GetProperty("id").GetString()}"))
        {
            Assert.Equal(HttpStatusCode.Conflict, readOnly.StatusCode);
        }
        Assert.Equal(2, (await (await creator.GetAsync($"/api/v1/work-files/{fileId}")).ReadAsync()).GetProperty("documents").GetArrayLength());

        using var zip = new ZipArchive(new MemoryStream(await creator.GetByteArrayAsync($"/api/v1/work-files/{fileId}/export.zip")));
        Assert.Contains(zip.Entries, e => e.FullName == "muc-luc.pdf");
        var xml = System.Xml.Linq.XDocument.Load(zip.GetEntry("ho-so.xml")!.Open());
        Assert.Equal("Hồ sơ chuyển đổi số năm nay", xml.Root!.Element("Title")!.Value);
        Assert.Equal("2", xml.Root.Element("DocTotal")!.Value);
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(zip.GetEntry("muc-luc.pdf")!.Open().ReadAllBytes()))
        {
            Assert.Contains("MỤC LỤC VĂN BẢN", string.Join(" ", pdf.GetPages().Select(p => p.Text)).Replace("  ", " "));
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await creator.PostAsync($"/api/v1/work-files/{fileId}/deposit", null)).StatusCode); // a leader does not deposit
        var deposited = await DocumentApi.PostJsonAsync(clerk, $"/api/v1/work-files/{fileId}/deposit", new { });
        Assert.Equal("deposited", deposited.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Attaching_another_tenants_document_or_a_bad_retention_changes_nothing()
    {
        using var clerkB = await platform.ClientForAsync("vanthu.stc");
        var foreign = await DocumentApi.CreateIncomingAsync(clerkB, "Văn bản của Sở Tài chính", $"31/STC-{Guid.NewGuid():N}"[..18]);

        using var creator = await platform.ClientForAsync("lanhdao.ubnd");
        using (var badRetention = await creator.PostAsJsonAsync("/api/v1/work-files", new { code = "X1", title = "Sai thời hạn", retentionYears = 500 }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, badRetention.StatusCode);
            Assert.True((await badRetention.ReadAsync()).GetProperty("errors").TryGetProperty("retentionYears", out _));
        }
        using var opened = await creator.PostAsJsonAsync("/api/v1/work-files", new { code = $"07.VP-{Guid.NewGuid():N}"[..12], title = "Hồ sơ thử cách ly", retentionYears = 5 });
        var fileId = (await opened.ReadAsync()).GetProperty("id").GetString();
        using (var attach = await creator.PostAsJsonAsync($"/api/v1/work-files/{fileId}/documents", new { kind = "incoming", documentId = foreign.GetProperty("id").GetString() }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, attach.StatusCode);
        }
        Assert.Equal(0, (await (await creator.GetAsync($"/api/v1/work-files/{fileId}")).ReadAsync()).GetProperty("documents").GetArrayLength());

        // And the other tenant cannot see the file at all, whatever id it sends.
        Assert.Equal(HttpStatusCode.NotFound, (await clerkB.GetAsync($"/api/v1/work-files/{fileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clerkB.PostAsJsonAsync($"/api/v1/work-files/{fileId}/close", new { })).StatusCode);
        using var clerkBasA = await platform.ClientForAsync("vanthu.stc", "ubnd-tinh");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerkBasA.GetAsync($"/api/v1/work-files/{fileId}")).StatusCode);
    }
}

internal static class StreamExtensions
{
    public static byte[] ReadAllBytes(this Stream s)
    {
        using var m = new MemoryStream();
        s.CopyTo(m);
        return m.ToArray();
    }
}
