using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Saas.IntegrationTests.Infrastructure;
using Saas.Platform.Auditing;
using Saas.Platform.Data;
using Saas.Tenancy.Catalog;

namespace Saas.IntegrationTests.Tenancy;

/// <summary>A tenant placed in its own database: same code, its rows land there and nowhere else.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PlacementTests(PlatformFixture platform)
{
    private const string PlacedDatabase = "saas_it_placed";

    [Fact]
    public async Task Tenant_with_its_own_database_keeps_its_data_there()
    {
        var migrator = platform.Services.Services.GetRequiredService<SchemaMigrator>();
        var placement = $"Host=127.0.0.1;Port={TestEnvironment.PgPort};Database={PlacedDatabase}";
        await migrator.MigrateAsync(placement);

        using var admin = await platform.ClientForAsync("admin");
        using var created = await admin.PostAsJsonAsync("/api/v1/platform/tenants", new
        {
            slug = "so-du-lieu-rieng",
            name = "Sở thử nghiệm CSDL riêng",
            level = "department",
            parent = "ubnd-tinh",
            database = placement,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = Tenant.IdFor("so-du-lieu-rieng");

        // Registers from the level defaults were written into the placed database only.
        Assert.True(await platform.ScalarAsync<long>($"select count(*) from documents.registers where tenant_id = '{id}'", "superuser", PlacedDatabase) > 0);
        Assert.Equal(0, await platform.ScalarAsync<long>($"select count(*) from documents.registers where tenant_id = '{id}'", "superuser"));
        // The catalog itself stays in the shared database, without credentials.
        Assert.Equal(placement, await platform.ScalarAsync<string>($"select database_placement from platform.tenants where id = '{id}'"));

        // A unit of work for that tenant opens its session in the placed database.
        var info = (await platform.Services.Services.GetRequiredService<ITenantCatalog>().FindBySlugAsync("so-du-lieu-rieng"))!;
        await using (var scope = platform.Services.Services.GetRequiredService<Saas.Platform.MultiTenancy.ITenantScopeFactory>().CreateTenantScope(info))
        {
            await scope.ServiceProvider.GetRequiredService<IAuditTrail>().RecordAsync("placement.checked", "test", "1", null, new { ok = true });
            await scope.ServiceProvider.GetRequiredService<TenantDataSession>().CommitAsync();
        }
        Assert.Equal(1, await platform.ScalarAsync<long>($"select count(*) from audit.entries where tenant_id = '{id}' and action = 'placement.checked'", "superuser", PlacedDatabase));
        Assert.Equal(0, await platform.ScalarAsync<long>($"select count(*) from audit.entries where tenant_id = '{id}' and action = 'placement.checked'", "superuser"));
    }

    [Fact]
    public async Task Placement_with_a_password_is_refused()
    {
        using var admin = await platform.ClientForAsync("admin");
        using var response = await admin.PostAsJsonAsync("/api/v1/platform/tenants", new
        {
            slug = "so-co-mat-khau",
            name = "Sở có mật khẩu",
            level = "department",
            parent = "ubnd-tinh",
            database = $"Host=127.0.0.1;Database=x;Username=saas_app;Password=leak",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
