using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Saas.IntegrationTests.Infrastructure;
using static Saas.IntegrationTests.OneStop.OneStopApi;

namespace Saas.IntegrationTests.OneStop;

/// <summary>
/// Online submission → reception at the commune → hand-over to Sở Nội vụ → supplement → result back → return →
/// public look-up and rating; with each tenant seeing only its own copy and its part of the history.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class OneStopFlowTests(PlatformFixture platform)
{
    [Fact]
    public async Task Application_goes_from_the_commune_to_the_department_and_back()
    {
        using var anonymous = platform.Anonymous();
        using var counter = await platform.ClientForAsync("motcua.hacthanh", Commune);
        using var leader = await platform.ClientForAsync("lanhdao.hacthanh", Commune);
        using var specialist = await platform.ClientForAsync("tran.thi.binh", Department);
        using var director = await platform.ClientForAsync("admin.snv", Department);

        var submitted = await SubmitOnlineAsync(anonymous, LinkedProcedure, LinkedPapers());
        var code = submitted.GetProperty("code").GetString()!;
        var id = submitted.GetProperty("id").GetString()!;
        Assert.Equal(1, submitted.GetProperty("status").GetInt32());
        Assert.Matches(@"^[0-9A-Z.]+-\d{6}-\d{4}$", code);

        var queue = await GetAsync(counter, "/api/v1/onestop/applications?view=queue");
        Assert.Contains(queue.GetProperty("items").EnumerateArray(), i => i.GetProperty("code").GetString() == code);

        var received = await PostAsync(counter, $"/api/v1/onestop/applications/{id}/accept");
        Assert.Equal(2, received.GetProperty("status").GetInt32());
        Assert.True(received.GetProperty("appointmentAt").GetDateTimeOffset() > DateTimeOffset.UtcNow);
        using (var receipt = await counter.GetAsync($"/api/v1/onestop/applications/{id}/forms/01"))
        {
            var html = await receipt.Content.ReadAsStringAsync();
            Assert.Contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", html);
            Assert.Contains(code, html);
        }

        Assert.Equal(4, (await PostAsync(counter, $"/api/v1/onestop/applications/{id}/forward", new { note = "Chuyển thẩm định" })).GetProperty("status").GetInt32());
        var away = await PostAsync(leader, $"/api/v1/onestop/applications/{id}/forward", new { note = "Đề nghị Sở giải quyết" });
        Assert.Equal("away", away.GetProperty("holder").GetString());

        var copy = await EventuallyFindAsync(specialist, code, 4);
        var copyId = copy.GetProperty("id").GetString()!;
        Assert.NotEqual(id, copyId);
        Assert.False(copy.GetProperty("isOriginal").GetBoolean());

        // Isolation: neither side reads the other's row, even knowing its id.
        using (var r = await counter.GetAsync($"/api/v1/onestop/applications/{copyId}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        }
        using (var r = await specialist.GetAsync($"/api/v1/onestop/applications/{id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        }
        var copyDetails = await GetAsync(specialist, $"/api/v1/onestop/applications/{copyId}");
        Assert.DoesNotContain(copyDetails.GetProperty("history").EnumerateArray(), e => e.GetProperty("kind").GetString() == "forwarded");
        Assert.Equal(2, copyDetails.GetProperty("files").GetArrayLength());

        // Supplement requested by the department: the citizen sees it at the commune, brings the paper, the clock runs again.
        await PostAsync(specialist, $"/api/v1/onestop/applications/{copyId}/supplement-request", new { reason = "Bổ sung bản sao sổ hộ khẩu" });
        await EventuallyFindAsync(counter, code, 5);
        using (var form = DocumentApi.Form(new Dictionary<string, string?> { ["note"] = "Công dân đã bổ sung" }, ("files", "bo-sung.pdf", DocumentApi.Pdf("bo-sung"))))
        using (var r = await counter.PostAsync($"/api/v1/onestop/applications/{id}/supplement-complete", form))
        {
            Assert.True(r.IsSuccessStatusCode, await r.Content.ReadAsStringAsync());
        }
        await EventuallyFindAsync(specialist, code, 4);

        await PostAsync(specialist, $"/api/v1/onestop/applications/{copyId}/forward", new { note = "Trình ký" });
        using (var form = DocumentApi.Form(new Dictionary<string, string?> { ["note"] = "Đã ban hành quyết định" }, ("files", "quyet-dinh.pdf", DocumentApi.Pdf("qd"))))
        using (var r = await director.PostAsync($"/api/v1/onestop/applications/{copyId}/complete", form))
        {
            Assert.True(r.IsSuccessStatusCode, await r.Content.ReadAsStringAsync());
        }

        await EventuallyFindAsync(counter, code, 9);
        var done = await GetAsync(counter, $"/api/v1/onestop/applications/{id}");
        Assert.Contains(done.GetProperty("files").EnumerateArray(), f => f.GetProperty("purpose").GetString() == "result");
        Assert.Contains(done.GetProperty("handovers").EnumerateArray(), h => h.GetProperty("unitName").GetString()!.Contains("Sở Nội vụ", StringComparison.Ordinal));
        Assert.All(done.GetProperty("handovers").EnumerateArray().Skip(1), h => Assert.False(string.IsNullOrEmpty(h.GetProperty("timelinessName").GetString())));

        var returned = await PostAsync(counter, $"/api/v1/onestop/applications/{id}/return", new { receivedBy = "Nguyễn Văn An" });
        Assert.Equal(10, returned.GetProperty("status").GetInt32());
        var sent = await GetAsync(counter, $"/api/v1/onestop/applications/{id}/notifications");
        Assert.True(sent.GetArrayLength() >= 3);

        // Public look-up: a wrong second factor answers exactly like an unknown code.
        var wrong = await anonymous.PostAsJsonAsync("/api/v1/public/onestop/lookup", new { code, factor = "0999999999" });
        var unknown = await anonymous.PostAsJsonAsync("/api/v1/public/onestop/lookup", new { code = code[..^4] + "9999", factor = "0912345678" });
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal((await wrong.ReadAsync()).GetProperty("detail").GetString(), (await unknown.ReadAsync()).GetProperty("detail").GetString());

        var view = await PostAsync(anonymous, "/api/v1/public/onestop/lookup", new { code, factor = "038095001234" });
        Assert.Equal(10, view.GetProperty("status").GetInt32());
        Assert.True(view.GetProperty("canRate").GetBoolean());
        await PostAsync(anonymous, "/api/v1/public/onestop/rating", new { code, factor = "0912345678", scores = new Dictionary<string, int> { ["overall"] = 5, ["timeliness"] = 4 } });
        var again = await anonymous.PostAsJsonAsync("/api/v1/public/onestop/rating", new { code, factor = "0912345678", scores = new Dictionary<string, int> { ["overall"] = 1 } });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Another_tenant_is_refused()
    {
        using var counter = await platform.ClientForAsync("motcua.hacthanh", Department);
        using var r = await counter.GetAsync("/api/v1/onestop/applications");
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        using var clerk = await platform.ClientForAsync("vanthu.snv", Commune);
        using var r2 = await clerk.PostAsJsonAsync($"/api/v1/onestop/applications/{Guid.NewGuid()}/forward", new { });
        Assert.Equal(HttpStatusCode.Forbidden, r2.StatusCode);
    }

    [Fact]
    public async Task Codes_are_gapless_under_concurrency()
    {
        using var counter = await platform.ClientForAsync("motcua.hacthanh", Commune);
        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => ReceiveAtCounterAsync(counter, LocalProcedure, $"Người nộp {i}")));
        var numbers = results.Select(r => int.Parse(r.GetProperty("code").GetString()![^4..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.Equal(Enumerable.Range(numbers[0], numbers.Count), numbers);
    }

    [Fact]
    public async Task Procedures_come_from_the_province_folder()
    {
        using var counter = await platform.ClientForAsync("motcua.hacthanh", Commune);
        var list = await GetAsync(counter, "/api/v1/onestop/procedures");
        var birth = list.EnumerateArray().Single(p => p.GetProperty("code").GetString() == "1.001193");
        Assert.Equal("15:00", birth.GetProperty("receiptCutOff").GetString());
        var linked = list.EnumerateArray().Single(p => p.GetProperty("code").GetString() == LinkedProcedure);
        Assert.Contains(linked.GetProperty("route").EnumerateArray(), s => s.GetProperty("unit").GetString() == Department);

        // Department-specific files reach only their department: business registration is Sở Tài chính's.
        using var finance = await platform.ClientForAsync("admin.stc", "so-tai-chinh");
        var theirs = (await GetAsync(finance, "/api/v1/onestop/procedures")).EnumerateArray().Select(p => p.GetProperty("code").GetString()).ToList();
        Assert.Contains("1.001612", theirs);
        Assert.DoesNotContain("1.001193", theirs);
        Assert.DoesNotContain("1.001612", list.EnumerateArray().Select(p => p.GetProperty("code").GetString()));
    }
}
