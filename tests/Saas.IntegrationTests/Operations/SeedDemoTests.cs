using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Saas.Host;
using Saas.IntegrationTests.Infrastructure;
using Saas.Platform.Data;
using Saas.Statistics.Rollup;
using Saas.Tenancy.Apply;

namespace Saas.IntegrationTests.Operations;

/// <summary>
/// <c>seed-demo</c> on its own database: documents and one-stop applications land with gapless numbers and codes,
/// and the statistics roll-up counts exactly what was seeded.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class SeedDemoTests(PlatformFixture platform)
{
    private const string Database = "saas_it_seed";

    [Fact]
    public async Task Seed_demo_writes_documents_and_applications_that_the_rollup_counts()
    {
        await using (var conn = platform.OpenAs("superuser", "postgres"))
        await using (var drop = new Npgsql.NpgsqlCommand($"drop database if exists {Database} with (force)", conn))
        {
            await drop.ExecuteNonQueryAsync();
        }
        await using var app = SaasHost.Build([.. TestEnvironment.HostArgs(Database), "--Scheduling:Enabled", "false"]);
        await app.Services.GetRequiredService<SchemaMigrator>().MigrateAsync();
        Assert.True((await app.Services.GetRequiredService<TenantApplier>().ApplyAsync(TestEnvironment.TenantsFolder)).Succeeded);

        var (exit, output) = await RunCliAsync(
            ["seed-demo", .. TestEnvironment.HostArgs(Database), "--Seed:Tenants", "12", "--Seed:Documents", "1500", "--Seed:Applications", "2500", "--Seed:WorkFiles", "300",
             "--Seed:RandomSeed", "7"]);
        Assert.True(exit == 0, output);

        Assert.Equal(1500, await CountAsync("select (select count(*) from documents.incoming_documents) + (select count(*) from documents.outgoing_documents)"));
        Assert.Equal(2500, await CountAsync("select count(*) from onestop.applications"));
        // Each tenant's day series runs 1..n with no gap and the live counter stands at n, so the next code continues it.
        Assert.Equal(0, await CountAsync(
            """
            select count(*) from (
              select a.tenant_id, split_part(a.code, '-', 2) as day, count(*) as n, max(split_part(a.code, '-', 3)::int) as top, min(split_part(a.code, '-', 3)::int) as low,
                     max(c.last_number) as counter
              from onestop.applications a
              join onestop.code_counters c on c.tenant_id = a.tenant_id and to_char(c.day, 'YYMMDD') = split_part(a.code, '-', 2)
              group by 1, 2) x
            where n <> top or low <> 1 or counter <> top
            """));
        Assert.Equal(0, await CountAsync(
            """
            select count(*) from (
              select tenant_id, register_code, arrival_year, count(*) n, max(arrival_number) top from documents.incoming_documents
              where arrival_number is not null group by 1, 2, 3) x where n <> top
            """));
        Assert.True(await CountAsync("select count(*) from onestop.code_counters") > 100);
        Assert.InRange(await CountAsync("select count(*) from workfiles.work_files"), 250, 320);
        // A closed file is "entirely online" exactly when every document in it is electronic, as the live service decides.
        Assert.Equal(0, await CountAsync(
            """
            select count(*) from workfiles.work_files f
            where f.status = 'closed' and f.fully_online <> (select bool_and(d.electronic) from workfiles.work_file_documents d where d.tenant_id = f.tenant_id and d.file_id = f.id)
            """));
        Assert.True(await CountAsync("select count(*) from workfiles.work_files where fully_online") > 0);
        Assert.True(await CountAsync("select count(*) from workfiles.work_files where not fully_online") > 0);
        Assert.True(await CountAsync("select count(*) from documents.incoming_documents where arrival_number is not null") > 500);
        Assert.True(await CountAsync("select count(distinct channel) from onestop.applications") >= 2);
        Assert.True(await CountAsync("select count(*) from onestop.ratings") > 0);
        Assert.True(await CountAsync("select count(*) from onestop.pauses") > 0);

        await app.Services.GetRequiredService<RollupService>().RunRangeAsync(RollupKinds.Full, CancellationToken.None);
        Assert.Equal(
            await CountAsync("select count(*) from onestop.applications where received_at is not null"),
            await CountAsync("select coalesce(sum(value), 0) from statistics.daily_facts where fact = 'onestop.received' and dim = ''"));
        Assert.Equal(
            await CountAsync("select count(*) from onestop.applications where timeliness = 'late' and received_at is not null"),
            await CountAsync("select coalesce(sum(value), 0) from statistics.daily_facts where fact = 'onestop.finished_late' and dim = ''"));
        Assert.Equal(
            await CountAsync("select count(*) from workfiles.work_files where status = 'closed' and fully_online"),
            await CountAsync("select coalesce(sum(value), 0) from statistics.daily_facts where fact = 'workfiles.closed_online' and dim = ''"));

        // Thirty days ago, by hand: received by the end of that day and not finished by then, whatever they became since.
        const string Day = "(now() at time zone 'Asia/Ho_Chi_Minh')::date - 30";
        var byHand = await CountAsync(
            $"""
            select count(*) from onestop.applications
            where origin_application_id is null and received_at is not null
              and (received_at at time zone 'Asia/Ho_Chi_Minh')::date <= {Day}
              and (finished_at is null or (finished_at at time zone 'Asia/Ho_Chi_Minh')::date > {Day})
            """);
        Assert.True(byHand > 0);
        Assert.True(await CountAsync($"select count(*) from onestop.applications where finished_at is not null and (received_at at time zone 'Asia/Ho_Chi_Minh')::date <= {Day} and (finished_at at time zone 'Asia/Ho_Chi_Minh')::date > {Day}") > 0);
        Assert.Equal(byHand, await CountAsync(
            $"select coalesce(sum(value), 0) from statistics.daily_facts where fact in ('onestop.pending_in_time', 'onestop.pending_overdue') and day = {Day}"));
    }

    private async Task<long> CountAsync(string sql) => await platform.ScalarAsync<long>(sql, "superuser", Database);

    private static async Task<(int Exit, string Output)> RunCliAsync(IEnumerable<string> args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(TestEnvironment.HostDll);
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(3)).Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
