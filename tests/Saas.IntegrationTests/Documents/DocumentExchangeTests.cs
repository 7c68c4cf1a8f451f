using System.Net;
using System.Text.Json;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Documents;

/// <summary>
/// Sở Nội vụ drafts, approves, signs, numbers and issues a công văn to Sở Tài chính over the platform; the
/// receiving clerk registers it, the leader assigns it, and the sender sees every edXML status come back.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class DocumentExchangeTests(PlatformFixture platform)
{
    internal static async Task<JsonElement?> FindIncomingAsync(HttpClient client, string subject)
    {
        var list = await (await client.GetAsync($"/api/v1/incoming-documents?q={Uri.EscapeDataString(subject)}")).ReadAsync();
        var item = list.GetProperty("items").EnumerateArray().FirstOrDefault(i => i.GetProperty("subject").GetString() == subject);
        return item.ValueKind == JsonValueKind.Undefined ? null : item;
    }

    private static async Task<JsonElement?> RecipientWithStatusAsync(HttpClient sender, string docId, string code)
    {
        var doc = await (await sender.GetAsync($"/api/v1/outgoing-documents/{docId}")).ReadAsync();
        var r = doc.GetProperty("recipients").EnumerateArray().FirstOrDefault(x => x.GetProperty("kind").GetString() == "platform");
        return r.ValueKind != JsonValueKind.Undefined && r.GetProperty("statusCode").GetString() == code ? r : null;
    }

    internal static async Task<(string DocId, string Notation)> IssueCongVanAsync(PlatformFixture platform, string subject, string recipient = "so-tai-chinh",
        byte[]? signedPdf = null)
    {
        using var leaderA = await platform.ClientForAsync("admin.snv");
        using (var put = await leaderA.PutAsync("/api/v1/approval-routes/CV",
                   System.Net.Http.Json.JsonContent.Create(new { steps = new[] { "leader" } })))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }
        using var drafter = await platform.ClientForAsync("tran.thi.binh");
        using var draftResponse = await drafter.PostAsync("/api/v1/outgoing-documents", DocumentApi.Form(new Dictionary<string, string?>
        {
            ["documentTypeCode"] = "CV",
            ["subject"] = subject,
            ["draftingUnit"] = "VP",
            ["urgency"] = "1",
            ["pageCount"] = "3",
        }, ("files", "du-thao.docx", DocumentApi.Docx("Dự thảo: " + subject))));
        Assert.Equal(HttpStatusCode.Created, draftResponse.StatusCode);
        var draft = await draftResponse.ReadAsync();
        var id = draft.GetProperty("id").GetString()!;
        Assert.Equal(new[] { "leader" }, draft.GetProperty("route").EnumerateArray().Select(x => x.GetString()));

        await DocumentApi.PostJsonAsync(drafter, $"/api/v1/outgoing-documents/{id}/submit", new { });
        await DocumentApi.PostJsonAsync(leaderA, $"/api/v1/outgoing-documents/{id}/approve", new { note = "Đồng ý" });
        using (var sign = await leaderA.PostAsync($"/api/v1/outgoing-documents/{id}/sign", DocumentApi.Form(new Dictionary<string, string?>
        {
            ["signingAuthority"] = "KT.",
            ["signerName"] = "Hoàng Thị Lan",
            ["signerPosition"] = "Phó Giám đốc Sở",
        }, ("signedFile", "cong-van-da-ky.pdf", signedPdf ?? DocumentApi.Pdf(subject)))))
        {
            Assert.Equal(HttpStatusCode.OK, sign.StatusCode);
        }
        using var clerkA = await platform.ClientForAsync("vanthu.snv");
        var issued = await DocumentApi.PostJsonAsync(clerkA, $"/api/v1/outgoing-documents/{id}/issue", new
        {
            registerCode = "VBDI",
            platformRecipients = new[] { recipient },
            externalRecipients = new[] { "Bộ Nội vụ" },
        });
        return (id, issued.GetProperty("numberNotation").GetString()!);
    }

    [Fact]
    public async Task Tenant_a_issues_to_tenant_b_who_registers_and_assigns_and_a_sees_the_statuses()
    {
        var subject = $"Về việc triển khai chuyển đổi số năm 2026 ({Guid.NewGuid():N})";
        var (docId, notation) = await IssueCongVanAsync(platform, subject);
        var notationPart = await platform.ScalarAsync<string>("select notation from platform.tenants where slug = 'so-noi-vu'");
        Assert.Matches($@"^\d{{2,}}/{notationPart}-VP$", notation);

        using var clerkB = await platform.ClientForAsync("vanthu.stc");
        var arrived = await DocumentApi.EventuallyAsync(() => FindIncomingAsync(clerkB, subject), "delivery to Sở Tài chính");
        Assert.Equal("received", arrived.GetProperty("status").GetString());
        Assert.Equal(notation, arrived.GetProperty("numberNotation").GetString());
        using var clerkA = await platform.ClientForAsync("vanthu.snv");
        await DocumentApi.EventuallyAsync(() => RecipientWithStatusAsync(clerkA, docId, "01"), "status 01");

        var incomingId = arrived.GetProperty("id").GetString()!;
        var details = await (await clerkB.GetAsync($"/api/v1/incoming-documents/{incomingId}")).ReadAsync();
        var attachment = details.GetProperty("attachments").EnumerateArray().Single();
        Assert.Equal("application/pdf", attachment.GetProperty("mediaType").GetString());
        var bytes = await clerkB.GetByteArrayAsync(attachment.GetProperty("download").GetString());
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));

        var registered = await DocumentApi.PostJsonAsync(clerkB, $"/api/v1/incoming-documents/{incomingId}/register", new { registerCode = "VBDEN" });
        Assert.True(registered.GetProperty("arrivalNumber").GetInt32() >= 1);
        await DocumentApi.EventuallyAsync(() => RecipientWithStatusAsync(clerkA, docId, "03"), "status 03");

        using var leaderB = await platform.ClientForAsync("admin.stc");
        var me = await (await leaderB.GetAsync("/api/v1/me")).ReadAsync();
        var deadline = DateTime.UtcNow.AddHours(7).AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await DocumentApi.PostJsonAsync(leaderB, $"/api/v1/incoming-documents/{incomingId}/assign", new
        {
            assignees = new[] { new { userId = me.GetProperty("id").GetString(), name = "Vũ Thị Mai", role = "lead", deadline } },
        });
        await DocumentApi.EventuallyAsync(() => RecipientWithStatusAsync(clerkA, docId, "04"), "status 04");
        await DocumentApi.PostJsonAsync(leaderB, $"/api/v1/incoming-documents/{incomingId}/opinions", new { text = "Giao Phòng Tin học nghiên cứu" });
        await DocumentApi.EventuallyAsync(() => RecipientWithStatusAsync(clerkA, docId, "05"), "status 05");
        await DocumentApi.PostJsonAsync(leaderB, $"/api/v1/incoming-documents/{incomingId}/finish", new { result = "Đã triển khai" });
        var done = await DocumentApi.EventuallyAsync(() => RecipientWithStatusAsync(clerkA, docId, "06"), "status 06");
        Assert.Equal("Hoàn thành", done.GetProperty("status").GetString());

        var history = (await (await clerkB.GetAsync($"/api/v1/incoming-documents/{incomingId}")).ReadAsync()).GetProperty("history")
            .EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["arrived", "registered", "assigned", "opinion", "finished"], history);
        var outgoing = await (await clerkA.GetAsync($"/api/v1/outgoing-documents/{docId}")).ReadAsync();
        Assert.Contains(outgoing.GetProperty("recipients").EnumerateArray(), r => r.GetProperty("kind").GetString() == "external" && r.GetProperty("name").GetString() == "Bộ Nội vụ");
    }

    [Fact]
    public async Task Returned_document_reports_02_and_recall_freezes_the_recipients_copy()
    {
        var subject = $"Về việc báo cáo số liệu ({Guid.NewGuid():N})";
        var (docId, _) = await IssueCongVanAsync(platform, subject);
        using var clerkB = await platform.ClientForAsync("vanthu.stc");
        using var clerkA = await platform.ClientForAsync("vanthu.snv");
        var arrived = await DocumentApi.EventuallyAsync(() => FindIncomingAsync(clerkB, subject), "delivery");
        var incomingId = arrived.GetProperty("id").GetString()!;

        using (var noReason = await clerkB.PostAsync($"/api/v1/incoming-documents/{incomingId}/return", System.Net.Http.Json.JsonContent.Create(new { reason = "" })))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        }
        await DocumentApi.PostJsonAsync(clerkB, $"/api/v1/incoming-documents/{incomingId}/return", new { reason = "Gửi nhầm đơn vị" });
        var refused = await DocumentApi.EventuallyAsync(() => RecipientWithStatusAsync(clerkA, docId, "02"), "status 02");
        Assert.Equal("Gửi nhầm đơn vị", refused.GetProperty("statusNote").GetString());

        var subject2 = $"Về việc thu hồi thử ({Guid.NewGuid():N})";
        var (doc2, _) = await IssueCongVanAsync(platform, subject2);
        var arrived2 = await DocumentApi.EventuallyAsync(() => FindIncomingAsync(clerkB, subject2), "delivery 2");
        await DocumentApi.PostJsonAsync(clerkA, $"/api/v1/outgoing-documents/{doc2}/recall", new { reason = "Sai nội dung" });
        await DocumentApi.EventuallyAsync(async () =>
        {
            var d = await (await clerkB.GetAsync($"/api/v1/incoming-documents/{arrived2.GetProperty("id").GetString()}")).ReadAsync();
            return d.GetProperty("status").GetString() == "recalled" ? d : null;
        }, "recall at the recipient");
        using var register = await clerkB.PostAsync($"/api/v1/incoming-documents/{arrived2.GetProperty("id").GetString()}/register",
            System.Net.Http.Json.JsonContent.Create(new { registerCode = "VBDEN" }));
        Assert.Equal(HttpStatusCode.Conflict, register.StatusCode);
    }
}
