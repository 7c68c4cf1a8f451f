using System.Net;
using System.Text.Json;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Documents;

/// <summary>Văn bản thay thế: issuing the replacement freezes the recipients' copy of the old one.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ReplacementTests(PlatformFixture platform)
{
    [Fact]
    public async Task Issuing_a_replacement_marks_the_old_document_replaced_on_both_sides()
    {
        var subject = $"Về việc tổ chức hội nghị ({Guid.NewGuid():N})";
        var (oldId, oldNotation) = await DocumentExchangeTests.IssueCongVanAsync(platform, subject);
        using var clerkB = await platform.ClientForAsync("vanthu.stc");
        var first = await DocumentApi.EventuallyAsync(async () =>
        {
            var list = await (await clerkB.GetAsync($"/api/v1/incoming-documents?q={Uri.EscapeDataString(subject)}")).ReadAsync();
            return list.GetProperty("total").GetInt32() == 1 ? list.GetProperty("items")[0] : (JsonElement?)null;
        }, "first delivery");

        using var drafter = await platform.ClientForAsync("tran.thi.binh");
        var replacement = await DocumentApi.PostJsonAsync(drafter, $"/api/v1/outgoing-documents/{oldId}/replacement", new { });
        var newId = replacement.GetProperty("id").GetString()!;
        Assert.Equal(oldId, replacement.GetProperty("replacesId").GetString());

        using var leader = await platform.ClientForAsync("admin.snv");
        using var clerkA = await platform.ClientForAsync("vanthu.snv");
        await DocumentApi.PostJsonAsync(drafter, $"/api/v1/outgoing-documents/{newId}/submit", new { });
        await DocumentApi.PostJsonAsync(leader, $"/api/v1/outgoing-documents/{newId}/approve", new { });
        await DocumentApi.PostJsonAsync(leader, $"/api/v1/outgoing-documents/{newId}/sign", new { signerName = "Hoàng Thị Lan", signerPosition = "Giám đốc Sở" });
        var issued = await DocumentApi.PostJsonAsync(clerkA, $"/api/v1/outgoing-documents/{newId}/issue", new { registerCode = "VBDI", platformRecipients = new[] { "so-tai-chinh" } });
        Assert.NotEqual(oldNotation, issued.GetProperty("numberNotation").GetString());

        await DocumentApi.EventuallyAsync(async () =>
        {
            var old = await (await clerkB.GetAsync($"/api/v1/incoming-documents/{first.GetProperty("id").GetString()}")).ReadAsync();
            return old.GetProperty("status").GetString() == "recalled" ? old : null;
        }, "old copy replaced at the recipient");
        var oldAtSender = await (await clerkA.GetAsync($"/api/v1/outgoing-documents/{oldId}")).ReadAsync();
        Assert.Equal(newId, oldAtSender.GetProperty("replacedById").GetString());
    }

    [Fact]
    public async Task Issue_refuses_a_document_that_is_not_signed_and_a_register_for_another_type()
    {
        using var drafter = await platform.ClientForAsync("tran.thi.binh");
        using var response = await drafter.PostAsync("/api/v1/outgoing-documents", DocumentApi.Form(new Dictionary<string, string?>
        {
            ["documentTypeCode"] = "CV",
            ["subject"] = "Dự thảo chưa ký",
        }));
        var id = (await response.ReadAsync()).GetProperty("id").GetString();
        using var clerk = await platform.ClientForAsync("vanthu.snv");
        using var early = await clerk.PostAsync($"/api/v1/outgoing-documents/{id}/issue",
            System.Net.Http.Json.JsonContent.Create(new { registerCode = "VBDI", platformRecipients = new[] { "so-tai-chinh" } }));
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        using var noRecipients = await clerk.PostAsync($"/api/v1/outgoing-documents/{id}/issue",
            System.Net.Http.Json.JsonContent.Create(new { registerCode = "VBDI" }));
        Assert.Equal(HttpStatusCode.BadRequest, noRecipients.StatusCode);
        using var unknownRecipient = await clerk.PostAsync($"/api/v1/outgoing-documents/{id}/issue",
            System.Net.Http.Json.JsonContent.Create(new { registerCode = "VBDI", platformRecipients = new[] { "khong-ton-tai" } }));
        Assert.Equal(HttpStatusCode.BadRequest, unknownRecipient.StatusCode);
    }
}
