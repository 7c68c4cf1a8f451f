using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Saas.IntegrationTests.Infrastructure;
using static Saas.IntegrationTests.OneStop.OneStopApi;

namespace Saas.IntegrationTests.Organization;

/// <summary>
/// People and data within a tenant: work is given only to the tenant's own staff (another tenant's clerk and an
/// invented id are refused with a field error and nothing is written), a role is revoked only from someone who holds
/// it, and the citizen's ID number and phone — the look-up's second factor — are masked for those not handling the application.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class TenantPeopleTests(PlatformFixture platform)
{
    private static string InDays(int days) => DateTime.UtcNow.AddHours(7).AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<string> IdOfAsync(string username, string? tenant = null)
    {
        using var client = await platform.ClientForAsync(username, tenant);
        return (await (await client.GetAsync("/api/v1/me")).ReadAsync()).GetProperty("id").GetString()!;
    }

    private static async Task AssertNotStaffAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"no error for {field}: {errors}");
        Assert.Contains("không phải cán bộ của cơ quan", messages[0].GetString());
        Assert.Contains("not on this agency's staff", messages[0].GetString());
    }

    [Fact]
    public async Task Incoming_document_is_assigned_and_forwarded_only_to_the_tenants_own_staff()
    {
        var foreignClerk = await IdOfAsync("vanthu.stc");
        var ownSpecialist = await IdOfAsync("tran.thi.binh");
        using var clerk = await platform.ClientForAsync("vanthu.snv");
        using var leader = await platform.ClientForAsync("admin.snv");
        using var specialist = await platform.ClientForAsync("tran.thi.binh");
        var id = (await DocumentApi.CreateIncomingAsync(clerk, "Văn bản thử giao việc trong cơ quan", $"21/UBND-{Guid.NewGuid():N}"[..18])).GetProperty("id").GetString();
        await DocumentApi.PostJsonAsync(clerk, $"/api/v1/incoming-documents/{id}/register", new { registerCode = "VBDEN" });

        foreach (var outsider in new[] { foreignClerk, Guid.NewGuid().ToString() })
        {
            using var refused = await leader.PostAsJsonAsync($"/api/v1/incoming-documents/{id}/assign", new
            {
                assignees = new object[]
                {
                    new { userId = ownSpecialist, name = "Trần Thị Bình", role = "lead" },
                    new { userId = outsider, name = "Người ngoài", role = "coordinate" },
                },
            });
            await AssertNotStaffAsync(refused, "assignees[1]");
        }
        var untouched = await (await leader.GetAsync($"/api/v1/incoming-documents/{id}")).ReadAsync();
        Assert.Equal(0, untouched.GetProperty("assignments").GetArrayLength());
        Assert.Equal(0, await platform.ScalarAsync<long>(
            $"select count(*) from audit.entries where action = 'incoming.assigned' and entity_id = '{id}'", role: "superuser"));

        await DocumentApi.PostJsonAsync(leader, $"/api/v1/incoming-documents/{id}/assign", new
        {
            assignees = new[] { new { userId = ownSpecialist, name = "Trần Thị Bình", role = "lead" } },
        });
        using (var forward = await specialist.PostAsJsonAsync($"/api/v1/incoming-documents/{id}/forward", new
        {
            assignees = new[] { new { userId = foreignClerk, name = "Văn thư Sở Tài chính", role = "coordinate" } },
        }))
        {
            await AssertNotStaffAsync(forward, "assignees[0]");
        }
        var after = await (await leader.GetAsync($"/api/v1/incoming-documents/{id}")).ReadAsync();
        Assert.Equal(1, after.GetProperty("assignments").GetArrayLength());
        Assert.Equal(0, await platform.ScalarAsync<long>(
            $"select count(*) from audit.entries where action = 'incoming.forwarded' and entity_id = '{id}'", role: "superuser"));
    }

    [Fact]
    public async Task Task_goes_only_to_the_tenants_own_staff()
    {
        var foreignClerk = await IdOfAsync("vanthu.snv");
        using var leader = await platform.ClientForAsync("lanhdao.ubnd");
        var title = $"Việc giao người ngoài {Guid.NewGuid():N}"[..30];
        foreach (var outsider in new[] { foreignClerk, Guid.NewGuid().ToString() })
        {
            using var refused = await leader.PostAsJsonAsync("/api/v1/tasks", new
            {
                title,
                deadline = InDays(3),
                assignees = new[] { new { userId = outsider, name = "Người ngoài", role = "lead" } },
            });
            await AssertNotStaffAsync(refused, "assignees");
        }
        var given = await (await leader.GetAsync("/api/v1/tasks?scope=given")).ReadAsync();
        Assert.DoesNotContain(given.EnumerateArray(), t => t.GetProperty("title").GetString() == title);
        Assert.Equal(0, await platform.ScalarAsync<long>($"select count(*) from workfiles.tasks where title = '{title}'", role: "superuser"));
    }

    [Fact]
    public async Task Application_step_is_handed_only_to_the_tenants_own_staff()
    {
        var foreignClerk = await IdOfAsync("vanthu.stc");
        using var counter = await platform.ClientForAsync("motcua.hacthanh", Commune);
        var id = (await ReceiveAtCounterAsync(counter, LocalProcedure, "Mai Văn Dũng")).GetProperty("id").GetString();
        using (var refused = await counter.PostAsJsonAsync($"/api/v1/onestop/applications/{id}/forward", new { note = "Chuyển", assigneeId = foreignClerk, assigneeName = "Người ngoài" }))
        {
            await AssertNotStaffAsync(refused, "assigneeId");
        }
        var app = await GetAsync(counter, $"/api/v1/onestop/applications/{id}");
        Assert.Equal(0, app.GetProperty("summary").GetProperty("currentStep").GetInt32());
    }

    [Fact]
    public async Task Revoking_a_role_someone_does_not_hold_is_404_and_not_audited()
    {
        var foreignClerk = await IdOfAsync("vanthu.stc");
        var ownClerk = await IdOfAsync("vanthu.snv");
        using var admin = await platform.ClientForAsync("admin.snv");
        foreach (var (user, role) in new[] { (foreignClerk, "clerk"), (ownClerk, "leader") })
        {
            // Counted before and after: another test grants and revokes roles of the same people legitimately.
            var audited = $"select count(*) from audit.entries where action = 'staff.role-revoked' and entity_id = '{user}'";
            var before = await platform.ScalarAsync<long>(audited, role: "superuser");
            using var revoke = await admin.DeleteAsync($"/api/v1/staff/{user}/roles/{role}");
            Assert.Equal(HttpStatusCode.NotFound, revoke.StatusCode);
            Assert.Equal(before, await platform.ScalarAsync<long>(audited, role: "superuser"));
        }
        // The other tenant's clerk is still a clerk there.
        using var otherAdmin = await platform.ClientForAsync("admin.stc");
        var staff = await (await otherAdmin.GetAsync("/api/v1/staff")).ReadAsync();
        Assert.Contains(staff.EnumerateArray(), s => s.GetProperty("userId").GetString() == foreignClerk
            && s.GetProperty("roles").EnumerateArray().Any(r => r.GetString() == "clerk"));
    }

    [Fact]
    public async Task Citizen_id_and_phone_are_whole_for_the_counter_and_masked_for_others_in_the_tenant()
    {
        using var counter = await platform.ClientForAsync("motcua.hacthanh", Commune);
        using var admin = await platform.ClientForAsync("tran.thi.binh", Commune); // tenant admin, handles no step
        var fields = Applicant(LocalProcedure, "Lương Thị Nga", phone: "0912345678", id: "038012341234");
        fields["papers"] = "to-khai";
        using var response = await counter.PostAsync("/api/v1/onestop/applications", DocumentApi.Form(fields));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var received = await response.ReadAsync();
        var path = $"/api/v1/onestop/applications/{received.GetProperty("id").GetString()}";
        var code = received.GetProperty("code").GetString()!;

        var whole = await GetAsync(counter, path);
        Assert.Equal("038012341234", whole.GetProperty("applicantIdNumber").GetString());
        Assert.Equal("0912345678", whole.GetProperty("applicantPhone").GetString());

        var masked = await GetAsync(admin, path);
        Assert.Equal("0380****1234", masked.GetProperty("applicantIdNumber").GetString());
        Assert.Equal("0912***678", masked.GetProperty("applicantPhone").GetString());
        foreach (var form in new[] { "01" })
        {
            using var html = await admin.GetAsync($"{path}/forms/{form}");
            var text = await html.Content.ReadAsStringAsync();
            Assert.DoesNotContain("038012341234", text);
            Assert.DoesNotContain("0912345678", text);
        }
        var book = await GetAsync(admin, "/api/v1/onestop/tracking-book");
        var row = book.EnumerateArray().Single(r => r.GetProperty("code").GetString() == code);
        Assert.Contains("0912***678", row.GetProperty("contact").GetString());
        Assert.DoesNotContain("0912345678", book.GetRawText());

        // The stored value is untouched: masking is for display only.
        Assert.Equal("0912345678", await platform.ScalarAsync<string>(
            $"select applicant_phone from onestop.applications where code = '{code}'", role: "superuser"));
        // The public look-up still works with the whole phone (the second factor).
        using var anonymous = platform.Anonymous();
        using var lookup = await anonymous.PostAsJsonAsync("/api/v1/public/onestop/lookup", new { code, factor = "0912345678" });
        Assert.Equal(HttpStatusCode.OK, lookup.StatusCode);
        _ = JsonDocument.Parse(await lookup.Content.ReadAsStringAsync());
    }
}
