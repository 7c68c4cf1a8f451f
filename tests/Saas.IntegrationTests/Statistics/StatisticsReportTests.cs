using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Saas.IntegrationTests.Infrastructure;

namespace Saas.IntegrationTests.Statistics;

/// <summary>Excel export with progress, and the monthly report frozen and downloadable afterwards.</summary>
[Collection(PlatformCollection.Name)]
public sealed class StatisticsReportTests(PlatformFixture platform)
{
    private static List<List<string>> Rows(byte[] xlsx, string sheet)
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var wb = doc.WorkbookPart!;
        var s = wb.Workbook.Sheets!.Elements<Sheet>().Single(x => x.Name == sheet);
        var part = (WorksheetPart)wb.GetPartById(s.Id!);
        return part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();
    }

    [Fact]
    public async Task Province_export_reports_progress_and_holds_the_hand_computed_figures()
    {
        await StatisticsDataSet.EnsureAsync(platform);
        using var admin = await platform.ClientForAsync("admin");
        var queued = await DocumentApi.PostJsonAsync(admin, "/api/v1/province-statistics/exports", new { from = "2024-03-01", to = "2024-03-31" }, HttpStatusCode.Accepted);
        var id = queued.GetProperty("id").GetString();
        JsonElement status;
        await using (await StatisticsExportNode.StartAsync("stats-export", 18113))
        {
            status = await StatisticsExportNode.WaitAsync(admin, $"/api/v1/province-statistics/exports/{id}");
        }
        Assert.Equal("done", status.GetProperty("status").GetString());
        Assert.Equal(100, status.GetProperty("progress").GetInt32());
        var xlsx = await admin.GetByteArrayAsync($"/api/v1/province-statistics/exports/{id}/file");
        var rows = Rows(xlsx, "Theo đơn vị");
        var header = rows[1];
        var mine = rows.Single(r => r.Count > 0 && r[0] == "Xã Thống Kê (thử nghiệm)");
        string Cell(string prefix) => mine[header.FindIndex(h => h.StartsWith(prefix, StringComparison.Ordinal))];
        Assert.Equal("6", Cell("Văn bản đến tiếp nhận"));
        Assert.Equal("50", Cell("Tỷ lệ văn bản đến nhận qua môi trường điện tử"));
        Assert.Equal("2", Cell("Văn bản đến quá hạn"));
        Assert.Contains(Rows(xlsx, "Chỉ tiêu"), r => r.Count > 0 && r[0] == "workfiles-online-rate");
    }

    [Fact]
    public async Task An_export_queued_while_no_node_runs_the_scheduler_is_built_by_the_next_one()
    {
        await StatisticsDataSet.EnsureAsync(platform);
        using var admin = await platform.ClientForAsync("admin");
        var queued = await DocumentApi.PostJsonAsync(admin, "/api/v1/province-statistics/exports", new { from = "2024-03-01", to = "2024-03-31" }, HttpStatusCode.Accepted);
        var id = queued.GetProperty("id").GetString();
        Assert.Equal("queued", queued.GetProperty("status").GetString());

        // Nothing runs it: the request lives only in PostgreSQL, as its status row and as a one-off job of the Quartz store.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var status = await (await admin.GetAsync($"/api/v1/province-statistics/exports/{id}")).ReadAsync();
        Assert.Equal("queued", status.GetProperty("status").GetString());
        Assert.Equal(1, await platform.ScalarAsync<long>(
            $"select count(*) from quartz.qrtz_triggers where trigger_group = 'statistics-exports' and trigger_name = '{id}'", role: "superuser"));

        // A node that starts afterwards (a restart, or another node of the cluster) finds it in the store and builds it.
        await using (await StatisticsExportNode.StartAsync("stats-export-late", 18114))
        {
            status = await StatisticsExportNode.WaitAsync(admin, $"/api/v1/province-statistics/exports/{id}");
        }
        Assert.Equal("done", status.GetProperty("status").GetString());
        Assert.Equal(100, status.GetProperty("progress").GetInt32());
        var xlsx = await admin.GetByteArrayAsync($"/api/v1/province-statistics/exports/{id}/file");
        Assert.Contains(Rows(xlsx, "Theo đơn vị"), r => r.Count > 0 && r[0] == "Xã Thống Kê (thử nghiệm)");
        Assert.Equal(0, await platform.ScalarAsync<long>(
            $"select count(*) from quartz.qrtz_triggers where trigger_group = 'statistics-exports' and trigger_name = '{id}'", role: "superuser"));
    }

    [Fact]
    public async Task Monthly_report_is_frozen_and_downloadable()
    {
        await StatisticsDataSet.EnsureAsync(platform);
        using var admin = await platform.ClientForAsync("admin");
        var list = await DocumentApi.PostJsonAsync(admin, "/api/v1/platform/statistics/monthly-reports/2024-03", new { });
        Assert.Contains(list.EnumerateArray(), r => r.GetProperty("month").GetString() == "2024-03");
        var frozen = await platform.ScalarAsync<long>("select count(*) from statistics.monthly_snapshots where month = '2024-03-01'", role: "superuser");
        Assert.True(frozen > 0);

        // Freezing again changes nothing, even if the live figures moved in between.
        await platform.ScalarAsync<long>(
            $"""
            with u as (update statistics.monthly_facts set value = value + 100 where month = '2024-03-01' and fact = 'documents.incoming.received'
                       and tenant_id = (select id from platform.tenants where slug = '{StatisticsDataSet.Slug}') returning 1) select count(*) from u
            """, role: "superuser");
        await DocumentApi.PostJsonAsync(admin, "/api/v1/platform/statistics/monthly-reports/2024-03", new { });
        Assert.Equal(6, await platform.ScalarAsync<long>(
            $"select value from statistics.monthly_snapshots s join platform.tenants t on t.id = s.tenant_id where t.slug = '{StatisticsDataSet.Slug}' and month = '2024-03-01' and fact = 'documents.incoming.received'",
            role: "superuser"));
        await StatisticsDataSet.Rollup(platform).RunRangeAsync(Saas.Statistics.Rollup.RollupKinds.Full, CancellationToken.None);

        var xlsx = await admin.GetByteArrayAsync("/api/v1/province-statistics/reports/2024-03.xlsx");
        Assert.Contains(Rows(xlsx, "Theo đơn vị"), r => r.Count > 2 && r[0] == "Xã Thống Kê (thử nghiệm)" && r[2] == "6");
        using var missing = await admin.GetAsync("/api/v1/province-statistics/reports/1999-01.xlsx");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
