using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Saas.Documents.Numbering;
using Saas.IntegrationTests.Infrastructure;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;
using Saas.Tenancy.Catalog;

namespace Saas.IntegrationTests.Documents;

/// <summary>Số đến: consecutive per register per year, never duplicated or skipped, even under concurrency.</summary>
[Collection(PlatformCollection.Name)]
public sealed class RegistrationTests(PlatformFixture platform)
{
    [Fact]
    public async Task Sixty_four_concurrent_registrations_get_consecutive_numbers_without_gaps_or_duplicates()
    {
        using var clerk = await platform.ClientForAsync("vanthu.ubnd");
        var ids = new List<string>();
        for (var i = 0; i < 64; i++)
        {
            var doc = await DocumentApi.CreateIncomingAsync(clerk, $"Văn bản đồng thời số {i}", $"{i + 1}/UBND-CS-{Guid.NewGuid():N}"[..30]);
            ids.Add(doc.GetProperty("id").GetString()!);
        }
        var before = await platform.ScalarAsync<int?>(
            $"select last_number from documents.register_counters where tenant_id = '{Tenant.IdFor("ubnd-tinh")}' and register_code = 'VBDEN'", role: "superuser") ?? 0;

        var results = await Task.WhenAll(ids.Select(async id =>
        {
            using var c = await platform.ClientForAsync("vanthu.ubnd");
            using var response = await c.PostAsJsonAsync($"/api/v1/incoming-documents/{id}/register", new { registerCode = "VBDEN" });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await response.ReadAsync()).GetProperty("arrivalNumber").GetInt32();
        }));

        Assert.Equal(Enumerable.Range(before + 1, 64), results.Order());
    }

    [Fact]
    public async Task A_rolled_back_registration_gives_its_number_back()
    {
        var info = (await platform.Services.Services.GetRequiredService<ITenantCatalog>().FindBySlugAsync("phuong-sam-son"))!;
        var scopes = platform.Services.Services.GetRequiredService<ITenantScopeFactory>();
        int first;
        await using (var scope = scopes.CreateTenantScope(info))
        {
            first = await scope.ServiceProvider.GetRequiredService<RegisterNumberAllocator>().NextAsync("VBDEN", 2031, default);
            // disposed without commit: the unit of work failed
        }
        await using (var scope = scopes.CreateTenantScope(info))
        {
            var again = await scope.ServiceProvider.GetRequiredService<RegisterNumberAllocator>().NextAsync("VBDEN", 2031, default);
            await scope.ServiceProvider.GetRequiredService<TenantDataSession>().CommitAsync();
            Assert.Equal(first, again);
        }
        await using (var scope = scopes.CreateTenantScope(info))
        {
            Assert.Equal(first + 1, await scope.ServiceProvider.GetRequiredService<RegisterNumberAllocator>().NextAsync("VBDEN", 2031, default));
        }
    }

    [Fact]
    public async Task Numbers_restart_each_year_and_registers_are_separate_series()
    {
        var info = (await platform.Services.Services.GetRequiredService<ITenantCatalog>().FindBySlugAsync("phuong-sam-son"))!;
        await using var scope = platform.Services.Services.GetRequiredService<ITenantScopeFactory>().CreateTenantScope(info);
        var numbers = scope.ServiceProvider.GetRequiredService<RegisterNumberAllocator>();
        Assert.Equal(1, await numbers.NextAsync("VBDI", 2040, default));
        Assert.Equal(2, await numbers.NextAsync("VBDI", 2040, default));
        Assert.Equal(1, await numbers.NextAsync("VBDI", 2041, default));
        Assert.Equal(1, await numbers.NextAsync("VBDIMAT", 2040, default));
    }

    [Fact]
    public async Task Registering_the_same_issuer_and_number_again_warns_until_acknowledged()
    {
        using var clerk = await platform.ClientForAsync("vanthu.ubnd");
        var number = $"77/UBND-{Guid.NewGuid():N}"[..20];
        var first = await DocumentApi.CreateIncomingAsync(clerk, "Văn bản gốc", number);
        await DocumentApi.PostJsonAsync(clerk, $"/api/v1/incoming-documents/{first.GetProperty("id").GetString()}/register", new { registerCode = "VBDEN" });
        var second = await DocumentApi.CreateIncomingAsync(clerk, "Văn bản gửi trùng", number);
        var secondId = second.GetProperty("id").GetString();

        using (var warned = await clerk.PostAsJsonAsync($"/api/v1/incoming-documents/{secondId}/register", new { registerCode = "VBDEN" }))
        {
            Assert.Equal(HttpStatusCode.Conflict, warned.StatusCode);
            Assert.Contains("đã được vào sổ", (await warned.ReadAsync()).GetProperty("detail").GetString());
        }
        Assert.Equal("received", (await (await clerk.GetAsync($"/api/v1/incoming-documents/{secondId}")).ReadAsync()).GetProperty("status").GetString());
        await DocumentApi.PostJsonAsync(clerk, $"/api/v1/incoming-documents/{secondId}/register", new { registerCode = "VBDEN", acknowledgeDuplicate = true });
    }

    [Fact]
    public async Task Secret_documents_go_only_into_the_secret_register()
    {
        using var clerk = await platform.ClientForAsync("vanthu.ubnd");
        var fields = DocumentApi.IncomingFields("Văn bản mật thử nghiệm", $"5/M-{Guid.NewGuid():N}"[..15]);
        fields["secrecy"] = "1";
        using var created = await clerk.PostAsync("/api/v1/incoming-documents", DocumentApi.Form(fields));
        var id = (await created.ReadAsync()).GetProperty("id").GetString();
        using (var wrong = await clerk.PostAsJsonAsync($"/api/v1/incoming-documents/{id}/register", new { registerCode = "VBDEN" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }
        await DocumentApi.PostJsonAsync(clerk, $"/api/v1/incoming-documents/{id}/register", new { registerCode = "VBDENMAT" });
    }

    [Fact]
    public async Task Register_book_exports_to_excel_with_the_annex_iv_columns()
    {
        using var clerk = await platform.ClientForAsync("vanthu.ubnd");
        var doc = await DocumentApi.CreateIncomingAsync(clerk, "Văn bản cho sổ Excel", $"9/UBND-{Guid.NewGuid():N}"[..18]);
        await DocumentApi.PostJsonAsync(clerk, $"/api/v1/incoming-documents/{doc.GetProperty("id").GetString()}/register", new { registerCode = "VBDEN" });
        using var response = await clerk.GetAsync("/api/v1/registers/VBDEN/book.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var xlsx = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, false);
        var texts = xlsx.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>().Select(t => t.Text).ToList();
        Assert.Contains("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", texts);
        Assert.Contains("Số đến", texts);
        Assert.Contains("Tên loại và trích yếu nội dung", texts);
        Assert.Contains(texts, t => t.Contains("Văn bản cho sổ Excel", StringComparison.Ordinal));

        using var processing = await clerk.GetAsync("/api/v1/registers/VBDEN/processing.xlsx");
        Assert.Equal(HttpStatusCode.OK, processing.StatusCode);
        await using var ps = await processing.Content.ReadAsStreamAsync();
        using var px = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(ps, false);
        var ptexts = px.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>().Select(t => t.Text).ToList();
        Assert.Contains("SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN", ptexts);
        Assert.Contains("Thời hạn giải quyết", ptexts);
        Assert.Contains("Chờ phân công", ptexts);
    }
}
