using System.IO.Compression;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Saas.IntegrationTests.Infrastructure;
using Saas.Tenancy.Apply;

namespace Saas.IntegrationTests.Tenancy;

[Collection(PlatformCollection.Name)]
public sealed class TenantsApplyTests(PlatformFixture platform)
{
    private TenantApplier Applier => platform.Services.Services.GetRequiredService<TenantApplier>();

    private static string CopyOfThanhHoa()
    {
        var target = Directory.CreateTempSubdirectory("tenants-").FullName;
        foreach (var file in Directory.GetFiles(TestEnvironment.TenantsFolder, "*", SearchOption.AllDirectories))
        {
            var dest = Path.Combine(target, Path.GetRelativePath(TestEnvironment.TenantsFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            File.Copy(file, dest);
        }
        return target;
    }

    [Fact]
    public void First_apply_created_the_whole_province_tree()
    {
        Assert.True(platform.FirstApply.Count("created") > 0);
        Assert.Contains(platform.FirstApply.Changes, c => c.Kind == "tenant" && c.Key == "phuong-hac-thanh" && c.Outcome == "created");
        Assert.Contains(platform.FirstApply.Changes, c => c.Kind == "register" && c.Key == "ubnd-tinh/VBDEN");
    }

    [Fact]
    public async Task Applying_the_same_folder_again_changes_nothing()
    {
        var auditBefore = await platform.ScalarAsync<long>("select count(*) from audit.entries", role: "superuser");
        var report = await Applier.ApplyAsync(TestEnvironment.TenantsFolder);
        Assert.True(report.Succeeded);
        Assert.Equal(0, report.Count("created"));
        Assert.Equal(0, report.Count("changed"));
        Assert.True(report.Count("unchanged") > 200);
        Assert.Equal(auditBefore, await platform.ScalarAsync<long>("select count(*) from audit.entries", role: "superuser"));
    }

    [Fact]
    public async Task A_changed_name_is_reported_as_changed_and_audited_with_before_and_after()
    {
        var folder = CopyOfThanhHoa();
        var file = Path.Combine(folder, "tenants", "01-province.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("name: Văn phòng Ủy ban nhân dân tỉnh Thanh Hóa", "name: Văn phòng UBND tỉnh Thanh Hóa (thử)"));
        try
        {
            var report = await Applier.ApplyAsync(folder);
            var change = Assert.Single(report.Changes, c => c.Kind == "tenant" && c.Outcome == "changed");
            Assert.Equal("vp-ubnd-tinh", change.Key);
            Assert.Contains("(thử)", change.Detail);
            Assert.Equal("Văn phòng UBND tỉnh Thanh Hóa (thử)", await platform.ScalarAsync<string>(
                "select after->>'name' from audit.entries where entity_id = 'vp-ubnd-tinh' and action = 'tenant.changed' order by seq desc limit 1", role: "superuser"));
        }
        finally
        {
            Assert.True((await Applier.ApplyAsync(TestEnvironment.TenantsFolder)).Succeeded);
        }
    }

    [Theory]
    [InlineData("level: commune", "level: village", "level")]
    [InlineData("parent: ubnd-tinh", "parent: khong-co-cap-tren", "Unknown parent 'khong-co-cap-tren'")]
    [InlineData("slug: xa-cac-son", "slug: Xa Cac Son", "slug")]
    [InlineData("    notation: UBND\n", "    notation: UBND\n    colour: red\n", "Unknown field 'colour'")]
    public async Task Invalid_folder_is_rejected_with_file_line_and_reason_and_changes_nothing(string find, string replace, string reason)
    {
        var folder = CopyOfThanhHoa();
        var file = Path.Combine(folder, "tenants", "03-communes.yaml");
        var text = File.ReadAllText(file);
        var index = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(index >= 0);
        File.WriteAllText(file, string.Concat(text.AsSpan(0, index), replace, text.AsSpan(index + find.Length)));
        var expectedLine = text[..index].Count(c => c == '\n') + 1;
        var before = await platform.ScalarAsync<string>("select md5(string_agg(t::text, ',' order by id)) from platform.tenants t", role: "superuser");

        var report = await Applier.ApplyAsync(folder);

        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Errors, e => e.Reason.Contains(reason, StringComparison.Ordinal));
        Assert.EndsWith("03-communes.yaml", error.File);
        Assert.InRange(error.Line, expectedLine - 12, expectedLine + 1);
        Assert.Empty(report.Changes);
        Assert.Equal(before, await platform.ScalarAsync<string>("select md5(string_agg(t::text, ',' order by id)) from platform.tenants t", role: "superuser"));
    }

    [Fact]
    public async Task Broken_yaml_names_the_line()
    {
        var folder = CopyOfThanhHoa();
        var file = Path.Combine(folder, "defaults", "document-types.yaml");
        File.AppendAllText(file, "\n  - code: [unclosed\n");
        var report = await Applier.ApplyAsync(folder);
        var error = Assert.Single(report.Errors);
        Assert.EndsWith("document-types.yaml", error.File);
        Assert.True(error.Line > 1);
        Assert.Contains("YAML", error.Reason);
    }

    [Fact]
    public async Task Platform_api_applies_a_zipped_folder_and_rejects_a_disguised_file()
    {
        using var admin = await platform.ClientForAsync("admin");
        var zipPath = Path.Combine(Path.GetTempPath(), $"thanh-hoa-{Guid.NewGuid():N}.zip");
        ZipFile.CreateFromDirectory(TestEnvironment.TenantsFolder, zipPath);
        using (var form = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(zipPath)), "file", "thanh-hoa.zip" } })
        using (var response = await admin.PostAsync("/api/v1/platform/tenants/apply", form))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.ReadAsync();
            Assert.Equal(0, body.GetProperty("created").GetInt32());
            Assert.True(body.GetProperty("unchanged").GetInt32() > 200);
        }
        using (var fake = new MultipartFormDataContent { { new ByteArrayContent("province:\n  code: x\n"u8.ToArray()), "file", "thanh-hoa.zip" } })
        using (var response = await admin.PostAsync("/api/v1/platform/tenants/apply", fake))
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await response.ReadAsync()).GetProperty("errors").TryGetProperty("file", out _));
        }
    }

    [Fact]
    public async Task Cli_verb_exits_non_zero_and_prints_the_reason_for_an_invalid_folder()
    {
        var folder = CopyOfThanhHoa();
        File.Delete(Path.Combine(folder, "province.yaml"));
        var psi = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in (string[])[TestEnvironment.HostDll, "tenants", "apply", folder, .. TestEnvironment.HostArgs(PlatformFixture.Database), "--Scheduling:Enabled", "false"])
        {
            psi.ArgumentList.Add(a);
        }
        using var process = System.Diagnostics.Process.Start(psi)!;
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(1, process.ExitCode);
        Assert.Contains("province.yaml", stderr);
    }
}
