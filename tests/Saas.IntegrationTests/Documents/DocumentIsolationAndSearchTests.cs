using System.Net;
using System.Net.Http.Json;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Documents;

[Collection(PlatformCollection.Name)]
public sealed class DocumentIsolationAndSearchTests(PlatformFixture platform)
{
    [Fact]
    public async Task Another_tenants_user_cannot_read_or_change_a_document_whatever_ids_they_send()
    {
        using var clerkA = await platform.ClientForAsync("vanthu.ubnd");
        var doc = await DocumentApi.CreateIncomingAsync(clerkA, "Văn bản riêng của UBND tỉnh", $"8/UBND-{Guid.NewGuid():N}"[..18],
            ("files", "ban-quet.pdf", DocumentApi.Pdf("private")));
        var id = doc.GetProperty("id").GetString();
        var attachmentId = doc.GetProperty("attachments")[0].GetProperty("id").GetString();

        using var clerkB = await platform.ClientForAsync("vanthu.stc");
        Assert.Equal(HttpStatusCode.NotFound, (await clerkB.GetAsync($"/api/v1/incoming-documents/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clerkB.GetAsync($"/api/v1/attachments/{attachmentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clerkB.PostAsJsonAsync($"/api/v1/incoming-documents/{id}/register", new { registerCode = "VBDEN" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clerkB.PostAsJsonAsync($"/api/v1/incoming-documents/{id}/return", new { reason = "không phải của tôi" })).StatusCode);
        var listB = await (await clerkB.GetAsync("/api/v1/incoming-documents?q=van ban rieng cua ubnd tinh")).ReadAsync();
        Assert.Equal(0, listB.GetProperty("total").GetInt32());

        using var clerkBasA = await platform.ClientForAsync("vanthu.stc", "ubnd-tinh");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerkBasA.GetAsync($"/api/v1/incoming-documents/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerkBasA.GetAsync($"/api/v1/attachments/{attachmentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerkBasA.GetAsync("/api/v1/my-work")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerkBasA.GetAsync("/api/v1/registers/VBDEN/book.xlsx")).StatusCode);

        Assert.Equal("received", (await (await clerkA.GetAsync($"/api/v1/incoming-documents/{id}")).ReadAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_specialist_sees_only_documents_assigned_to_them()
    {
        using var clerk = await platform.ClientForAsync("vanthu.snv");
        var doc = await DocumentApi.CreateIncomingAsync(clerk, "Văn bản chưa giao cho chuyên viên", $"10/UBND-{Guid.NewGuid():N}"[..18]);
        using var specialist = await platform.ClientForAsync("tran.thi.binh");
        Assert.Equal(HttpStatusCode.NotFound, (await specialist.GetAsync($"/api/v1/incoming-documents/{doc.GetProperty("id").GetString()}")).StatusCode);
    }

    [Fact]
    public async Task Search_ignores_diacritics_and_reaches_attachment_text()
    {
        using var clerk = await platform.ClientForAsync("vanthu.ubnd");
        var tag = Guid.NewGuid().ToString("N")[..8];
        await DocumentApi.CreateIncomingAsync(clerk, $"Hướng dẫn quản lý văn bản đến {tag}", $"11/UBND-{tag}");
        await DocumentApi.CreateIncomingAsync(clerk, $"Thông báo lịch họp {tag}", $"12/UBND-{tag}",
            ("files", "ke-hoach.docx", DocumentApi.Docx($"Kế hoạch chuyển đổi số tỉnh Thanh Hóa giai đoạn 2026 {tag}")));

        var byFolded = await (await clerk.GetAsync($"/api/v1/incoming-documents?q=van ban den {tag}")).ReadAsync();
        Assert.Equal($"Hướng dẫn quản lý văn bản đến {tag}", byFolded.GetProperty("items")[0].GetProperty("subject").GetString());
        Assert.Equal(1, byFolded.GetProperty("total").GetInt32());

        var byAttachment = await (await clerk.GetAsync($"/api/v1/incoming-documents?q=chuyen doi so {tag}")).ReadAsync();
        Assert.Equal($"Thông báo lịch họp {tag}", byAttachment.GetProperty("items")[0].GetProperty("subject").GetString());

        var byNumber = await (await clerk.GetAsync($"/api/v1/incoming-documents?q=12/UBND-{tag}")).ReadAsync();
        Assert.Equal(1, byNumber.GetProperty("total").GetInt32());

        var paged = await (await clerk.GetAsync($"/api/v1/incoming-documents?q={tag}&size=1&page=2")).ReadAsync();
        Assert.Equal(2, paged.GetProperty("total").GetInt32());
        Assert.Single(paged.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Overdue_documents_stand_out_in_lists_and_in_my_work()
    {
        using var clerk = await platform.ClientForAsync("vanthu.ubnd");
        var fields = DocumentApi.IncomingFields("Văn bản quá hạn thử nghiệm", $"13/UBND-{Guid.NewGuid():N}"[..18]);
        fields["issuedDate"] = DateTime.UtcNow.AddHours(7).AddDays(-20).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        fields["dueDate"] = DateTime.UtcNow.AddHours(7).AddDays(-3).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        using var created = await clerk.PostAsync("/api/v1/incoming-documents", DocumentApi.Form(fields));
        var id = (await created.ReadAsync()).GetProperty("id").GetString();
        await DocumentApi.PostJsonAsync(clerk, $"/api/v1/incoming-documents/{id}/register", new { registerCode = "VBDEN" });

        var overdue = await (await clerk.GetAsync("/api/v1/incoming-documents?overdue=true&size=100")).ReadAsync();
        var item = overdue.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);
        Assert.True(item.GetProperty("overdue").GetBoolean());

        using var leader = await platform.ClientForAsync("lanhdao.ubnd");
        var work = await (await leader.GetAsync("/api/v1/my-work")).ReadAsync();
        var entry = work.EnumerateArray().Single(w => w.GetProperty("id").GetString() == id);
        Assert.True(entry.GetProperty("overdue").GetBoolean());
        Assert.Equal("Phân công xử lý", entry.GetProperty("action").GetString());
    }
}
