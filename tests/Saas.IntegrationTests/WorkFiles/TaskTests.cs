using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Saas.IntegrationTests.Infrastructure;
using Saas.WorkFiles.Reminders;

namespace Saas.IntegrationTests.WorkFiles;

[Collection(PlatformCollection.Name)]
public sealed class TaskTests(PlatformFixture platform)
{
    private static string InDays(int days) => DateTime.UtcNow.AddHours(7).AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<(string LeaderId, string ClerkId)> IdsAsync()
    {
        using var leader = await platform.ClientForAsync("lanhdao.ubnd");
        using var clerk = await platform.ClientForAsync("vanthu.ubnd");
        return ((await (await leader.GetAsync("/api/v1/me")).ReadAsync()).GetProperty("id").GetString()!,
                (await (await clerk.GetAsync("/api/v1/me")).ReadAsync()).GetProperty("id").GetString()!);
    }

    [Fact]
    public async Task Leader_assigns_assignee_reports_and_submits_assigner_returns_then_accepts_with_history()
    {
        var (_, clerkId) = await IdsAsync();
        using var leader = await platform.ClientForAsync("lanhdao.ubnd");
        using var clerk = await platform.ClientForAsync("vanthu.ubnd");
        var doc = await DocumentApi.CreateIncomingAsync(clerk, "Văn bản gắn với công việc", $"41/UBND-{Guid.NewGuid():N}"[..18]);
        using var created = await leader.PostAsJsonAsync("/api/v1/tasks", new
        {
            title = "Rà soát danh mục hồ sơ năm",
            priority = "high",
            deadline = InDays(7),
            assignees = new[] { new { userId = clerkId, name = "Lê Thị Hoa", role = "lead" } },
            links = new[] { new { kind = "incoming", id = doc.GetProperty("id").GetString() } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.ReadAsync()).GetProperty("id").GetString();

        var work = await (await clerk.GetAsync("/api/v1/my-work")).ReadAsync();
        Assert.Contains(work.EnumerateArray(), w => w.GetProperty("id").GetString() == id && w.GetProperty("kind").GetString() == "task");

        using (var sub = await leader.PostAsJsonAsync("/api/v1/tasks", new
        {
            title = "Tổng hợp số liệu phòng",
            deadline = InDays(5),
            parentId = id,
            assignees = new[] { new { userId = clerkId, name = "Lê Thị Hoa", role = "lead" } },
        }))
        {
            Assert.Equal(HttpStatusCode.Created, sub.StatusCode);
        }
        await DocumentApi.PostJsonAsync(clerk, $"/api/v1/tasks/{id}/progress", new { progress = 40, note = "Đã rà soát 2/5 phòng" });
        await DocumentApi.PostJsonAsync(clerk, $"/api/v1/tasks/{id}/submit", new { result = "Đã hoàn thành rà soát" });
        using (var returnNoReason = await leader.PostAsJsonAsync($"/api/v1/tasks/{id}/return", new { note = "" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, returnNoReason.StatusCode);
        }
        await DocumentApi.PostJsonAsync(leader, $"/api/v1/tasks/{id}/return", new { note = "Bổ sung số liệu phòng Tổng hợp" });
        await DocumentApi.PostJsonAsync(clerk, $"/api/v1/tasks/{id}/submit", new { result = "Đã bổ sung" });
        using (var clerkAccepts = await clerk.PostAsJsonAsync($"/api/v1/tasks/{id}/accept", new { }))
        {
            Assert.Equal(HttpStatusCode.Conflict, clerkAccepts.StatusCode); // only the assigner accepts
        }
        var accepted = await DocumentApi.PostJsonAsync(leader, $"/api/v1/tasks/{id}/accept", new { note = "Đạt" });
        Assert.Equal("accepted", accepted.GetProperty("status").GetString());

        var details = await (await leader.GetAsync($"/api/v1/tasks/{id}")).ReadAsync();
        Assert.Equal(["assigned", "progress", "submitted", "returned", "submitted", "accepted"],
            details.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        Assert.Single(details.GetProperty("subTasks").EnumerateArray());
        Assert.Equal("Văn bản gắn với công việc", details.GetProperty("links")[0].GetProperty("title").GetString());

        var backlogBefore = await (await leader.GetAsync("/api/v1/my-work/agency")).ReadAsync();
        Assert.DoesNotContain(backlogBefore.EnumerateArray(), i => i.GetProperty("id").GetString() == id); // accepted: no longer open
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/api/v1/my-work/agency")).StatusCode);

        using var other = await platform.ClientForAsync("vanthu.stc");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/tasks/{id}")).StatusCode);
        using var otherAsA = await platform.ClientForAsync("vanthu.stc", "ubnd-tinh");
        Assert.Equal(HttpStatusCode.Forbidden, (await otherAsA.GetAsync($"/api/v1/tasks/{id}")).StatusCode);
    }

    [Fact]
    public async Task Bad_task_input_is_refused_and_clerks_do_not_assign()
    {
        using var leader = await platform.ClientForAsync("lanhdao.ubnd");
        using var bad = await leader.PostAsJsonAsync("/api/v1/tasks", new
        {
            title = "",
            deadline = InDays(-1),
            priority = "cực gấp",
            links = new[] { new { kind = "incoming", id = Guid.NewGuid().ToString() } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.ReadAsync()).GetProperty("errors");
        foreach (var f in new[] { "title", "deadline", "priority", "assignees", "links" })
        {
            Assert.True(errors.TryGetProperty(f, out _), f);
        }
        using var clerk = await platform.ClientForAsync("vanthu.ubnd");
        using var refused = await clerk.PostAsJsonAsync("/api/v1/tasks", new { title = "x", deadline = InDays(2), assignees = new[] { new { userId = "a", name = "b" } } });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task Reminder_job_sends_one_reminder_per_threshold_even_with_two_scheduler_nodes()
    {
        var (_, clerkId) = await IdsAsync();
        using var leader = await platform.ClientForAsync("lanhdao.ubnd");
        var deadline = DateTime.SpecifyKind(DateTime.UtcNow.AddHours(7).Date.AddDays(10), DateTimeKind.Unspecified);
        using var created = await leader.PostAsJsonAsync("/api/v1/tasks", new
        {
            title = $"Công việc có nhắc hạn {Guid.NewGuid():N}",
            deadline = deadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            assignees = new[] { new { userId = clerkId, name = "Lê Thị Hoa", role = "lead" } },
        });
        var taskId = (await created.ReadAsync()).GetProperty("id").GetString();

        // A controllable clock; two service instances stand for two scheduler nodes firing at the same moment.
        var clock = new FakeTimeProvider(new DateTimeOffset(deadline.AddDays(-5).AddHours(2), TimeSpan.FromHours(7)));
        var nodeA = ActivatorUtilities.CreateInstance<DeadlineReminderService>(platform.Services.Services, clock);
        var nodeB = ActivatorUtilities.CreateInstance<DeadlineReminderService>(platform.Services.Services, clock);
        async Task<List<string>> KeysAsync() =>
            (await platform.ScalarAsync<string>(
                $"select string_agg(dedupe_key, ',' order by dedupe_key) from workfiles.notifications where dedupe_key like 'task:{taskId}:%'", role: "superuser") ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries).ToList();

        await Task.WhenAll(nodeA.RunAsync(default), nodeB.RunAsync(default));
        Assert.Empty(await KeysAsync()); // 5 days left: no threshold reached yet

        clock.Advance(TimeSpan.FromDays(2)); // 3 days left
        await Task.WhenAll(nodeA.RunAsync(default), nodeB.RunAsync(default));
        await nodeA.RunAsync(default);
        Assert.Equal([$"task:{taskId}:{clerkId}:3"], await KeysAsync());

        clock.Advance(TimeSpan.FromDays(2)); // 1 day left
        await Task.WhenAll(nodeA.RunAsync(default), nodeB.RunAsync(default));
        clock.Advance(TimeSpan.FromDays(3)); // 2 days overdue
        await Task.WhenAll(nodeA.RunAsync(default), nodeB.RunAsync(default));
        await nodeB.RunAsync(default);
        Assert.Equal(
            new[] { $"task:{taskId}:{clerkId}:-1", $"task:{taskId}:{clerkId}:1", $"task:{taskId}:{clerkId}:3" }.Order(StringComparer.Ordinal),
            (await KeysAsync()).Order(StringComparer.Ordinal));

        using var clerk = await platform.ClientForAsync("vanthu.ubnd");
        var mine = await (await clerk.GetAsync("/api/v1/notifications")).ReadAsync();
        Assert.Contains(mine.EnumerateArray(), n => n.GetProperty("title").GetString()!.Contains("đã quá hạn", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reminders_are_also_e_mailed_through_the_configured_smtp_server()
    {
        var (_, clerkId) = await IdsAsync();
        using var leader = await platform.ClientForAsync("lanhdao.ubnd");
        var title = $"Công việc nhắc qua thư {Guid.NewGuid():N}";
        using var created = await leader.PostAsJsonAsync("/api/v1/tasks", new
        {
            title,
            deadline = InDays(1),
            assignees = new[] { new { userId = clerkId, name = "Lê Thị Hoa", role = "lead" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        await using var smtp = new FakeSmtpServer();
        var mailer = new Saas.WorkFiles.Web.SmtpNotificationMailer(
            Microsoft.Extensions.Options.Options.Create(new Saas.Web.Mail.SmtpOptions { Host = "127.0.0.1", Port = smtp.Port }),
            platform.Services.Services.GetRequiredService<IServiceScopeFactory>());
        var node = ActivatorUtilities.CreateInstance<DeadlineReminderService>(platform.Services.Services, (Saas.WorkFiles.Notifications.INotificationMailer)mailer);
        await node.RunAsync(default);

        Assert.Contains(smtp.Messages, m => m.To == "vanthu.ubnd@thanhhoa.gov.vn.example" && m.Data.Contains("Subject:", StringComparison.Ordinal));
        Assert.True(await platform.ScalarAsync<bool>(
            $"select emailed_at is not null from workfiles.notifications where title like '%{title}%'", role: "superuser"));
    }

    [Theory]
    [InlineData(10, null)]
    [InlineData(3, 3)]
    [InlineData(2, 3)]
    [InlineData(1, 1)]
    [InlineData(0, 0)]
    [InlineData(-4, -1)]
    public void Threshold_is_the_closest_one_reached(int daysLeft, int? expected)
    {
        var today = new DateOnly(2026, 2, 10);
        Assert.Equal(expected, ReminderThresholds.For(today.AddDays(daysLeft), today, ReminderOptions.DefaultDaysBefore));
    }
}
