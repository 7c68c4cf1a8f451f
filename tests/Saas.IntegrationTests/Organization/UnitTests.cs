using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Organization;

/// <summary>
/// Units (phòng, ban): the tenant admin puts staff in them; a task or a document given to a unit reaches every member,
/// its head sees the unit's backlog, and nobody of another unit or tenant sees or changes it.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class UnitTests(PlatformFixture platform)
{
    private const string Ward = "phuong-hac-thanh";
    private const string Department = "so-noi-vu";

    [Fact]
    public async Task A_task_given_to_a_unit_reaches_its_members_and_its_head_but_no_one_else()
    {
        using var admin = await platform.ClientForAsync("tran.thi.binh", Ward);
        using var counter = await platform.ClientForAsync("motcua.hacthanh", Ward);
        using var leader = await platform.ClientForAsync("lanhdao.hacthanh", Ward);
        var units = await GetAsync(admin, "/api/v1/units");
        Assert.Contains(units.EnumerateArray(), u => u.GetProperty("code").GetString() == "trung-tam-hcc"
            && u.GetProperty("name").GetString() == "Trung tâm Phục vụ hành chính công");

        await SetMemberAsync(admin, "trung-tam-hcc", await IdAsync(counter), isHead: false);
        await SetMemberAsync(admin, "trung-tam-hcc", await IdAsync(admin), isHead: true);

        var title = $"Rà soát quy trình tiếp nhận hồ sơ {Guid.NewGuid().ToString("N")[..6]}";
        using (var created = await leader.PostAsJsonAsync("/api/v1/tasks", new
        {
            title,
            priority = "high",
            deadline = DateTime.UtcNow.AddHours(7).AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            assignees = new[] { new { userId = "unit:trung-tam-hcc", name = "Trung tâm Phục vụ hành chính công", role = "lead" } },
        }))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        Assert.Contains(Titles(await GetAsync(counter, "/api/v1/tasks?scope=mine")), t => t == title);
        Assert.Contains(Titles(await GetAsync(admin, "/api/v1/tasks?scope=unit")), t => t == title);
        Assert.DoesNotContain(Titles(await GetAsync(leader, "/api/v1/tasks?scope=mine")), t => t == title);
        var backlog = await GetAsync(admin, "/api/v1/my-work/unit");
        Assert.Contains(backlog.EnumerateArray(), i => i.GetProperty("title").GetString() == title);

        // A unit that does not exist is refused and nothing is created.
        var before = (await GetAsync(leader, "/api/v1/tasks?scope=given")).GetArrayLength();
        using (var bad = await leader.PostAsJsonAsync("/api/v1/tasks", new
        {
            title = "Việc giao cho phòng không có",
            deadline = DateTime.UtcNow.AddHours(7).AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            assignees = new[] { new { userId = "unit:khong-co-phong-nay", name = "Phòng ma", role = "lead" } },
        }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Contains("assignees", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Equal(before, (await GetAsync(leader, "/api/v1/tasks?scope=given")).GetArrayLength());
    }

    [Fact]
    public async Task Only_the_tenants_own_admin_changes_its_units_whatever_ids_are_sent()
    {
        using var counter = await platform.ClientForAsync("motcua.hacthanh", Ward);
        using var otherAdmin = await platform.ClientForAsync("admin.snv", Department);
        using var otherAdminHere = await platform.ClientForAsync("admin.snv", Ward);
        using var admin = await platform.ClientForAsync("tran.thi.binh", Ward);
        var counterId = await IdAsync(counter);

        using (var r = await counter.PostAsJsonAsync("/api/v1/units", new { code = "phong-moi", name = "Phòng mới" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        }
        using (var r = await otherAdminHere.PutAsJsonAsync($"/api/v1/units/van-phong/members/{counterId}", new { isHead = true }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        }
        // Sở Nội vụ's admin, in their own tenant, cannot reach the ward's unit or put the ward's officer anywhere.
        using (var r = await otherAdmin.PutAsJsonAsync($"/api/v1/units/trung-tam-hcc/members/{counterId}", new { isHead = true }))
        {
            Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        }
        using (var r = await otherAdmin.PutAsJsonAsync($"/api/v1/units/van-phong/members/{counterId}", new { isHead = true }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode); // not on Sở Nội vụ's staff
        }
        Assert.DoesNotContain((await GetAsync(otherAdmin, "/api/v1/units")).EnumerateArray().SelectMany(u => u.GetProperty("members").EnumerateArray()),
            m => m.GetProperty("userId").GetString() == counterId);

        using (var r = await admin.PostAsJsonAsync("/api/v1/units", new { code = "Sai Mã!", name = "" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            var body = await r.Content.ReadAsStringAsync();
            Assert.Contains("\"code\"", body, StringComparison.Ordinal);
            Assert.Contains("\"name\"", body, StringComparison.Ordinal);
        }
        Assert.DoesNotContain((await GetAsync(admin, "/api/v1/units")).EnumerateArray(), u => u.GetProperty("name").GetString() == "");
    }

    [Fact]
    public async Task A_document_given_to_a_unit_is_seen_and_finished_by_its_member()
    {
        using var admin = await platform.ClientForAsync("admin.snv", Department);
        using var clerk = await platform.ClientForAsync("vanthu.snv", Department);
        using var specialist = await platform.ClientForAsync("tran.thi.binh", Department);
        var doc = await DocumentApi.CreateIncomingAsync(clerk, $"Đề nghị thẩm định biên chế {Guid.NewGuid().ToString("N")[..6]}", $"12/UBND-{Guid.NewGuid():N}"[..18]);
        var id = doc.GetProperty("id").GetString()!;
        await DocumentApi.PostJsonAsync(clerk, $"/api/v1/incoming-documents/{id}/register", new { registerCode = "VBDEN" });

        await DocumentApi.PostJsonAsync(admin, $"/api/v1/incoming-documents/{id}/assign", new
        {
            assignees = new[] { new { userId = "unit:ke-hoach-tai-chinh", name = "Phòng Kế hoạch – Tài chính", role = "lead" } },
        });
        using (var hidden = await specialist.GetAsync($"/api/v1/incoming-documents/{id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode); // not in the unit yet
        }

        await SetMemberAsync(admin, "ke-hoach-tai-chinh", await IdAsync(specialist), isHead: false);
        using (var seen = await specialist.GetAsync($"/api/v1/incoming-documents/{id}"))
        {
            Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        }
        var work = await GetAsync(specialist, "/api/v1/my-work");
        Assert.Contains(work.EnumerateArray(), i => i.GetProperty("id").GetString() == id);
        await DocumentApi.PostJsonAsync(specialist, $"/api/v1/incoming-documents/{id}/finish", new { result = "Phòng đã thẩm định, đề nghị trình UBND tỉnh" });
        var finished = await GetAsync(specialist, $"/api/v1/incoming-documents/{id}");
        Assert.Equal("done", finished.GetProperty("status").GetString());
    }

    private static IEnumerable<string?> Titles(JsonElement list) => list.EnumerateArray().Select(t => t.GetProperty("title").GetString());

    private static async Task<string> IdAsync(HttpClient client) => (await GetAsync(client, "/api/v1/me")).GetProperty("id").GetString()!;

    private static async Task SetMemberAsync(HttpClient admin, string unit, string userId, bool isHead)
    {
        using var r = await admin.PutAsJsonAsync($"/api/v1/units/{unit}/members/{userId}", new { isHead });
        Assert.True(r.IsSuccessStatusCode, $"{(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        using var r = await client.GetAsync(path);
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.IsSuccessStatusCode, $"{path}: {(int)r.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
