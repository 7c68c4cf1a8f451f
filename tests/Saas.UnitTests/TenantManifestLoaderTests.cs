using Saas.Tenancy.Apply;

namespace Saas.UnitTests;

public sealed class TenantManifestLoaderTests
{
    private static string RepoTenants()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Saas.sln")))
        {
            dir = dir.Parent;
        }
        return Path.Combine(dir!.FullName, "tenants", "thanh-hoa");
    }

    [Fact]
    public void Thanh_hoa_folder_is_valid_and_complete()
    {
        var (manifest, errors) = TenantManifestLoader.Load(RepoTenants());
        Assert.Empty(errors);
        Assert.NotNull(manifest);
        Assert.Equal(29, manifest.Defaults.DocumentTypes.Count);
        Assert.Contains(manifest.Defaults.DocumentTypes, t => t.Code == "QD" && t.Abbreviation == "QĐ");
        Assert.Contains(manifest.Defaults.DocumentTypes, t => t.Name == "Công văn" && t.Abbreviation is null);
        Assert.True(manifest.Tenants.Count(t => t.Draft.Level is "commune" or "ward") >= 30);
        Assert.All(manifest.Tenants.Where(t => t.Draft.AgencyCodeStatus == "unknown"),
            t => Assert.True(t.Draft.AgencyCodeQcvn102 is null && t.Draft.AgencyCodeQd20 is null));
        Assert.Contains(manifest.Tenants, t => t.Draft.Level == "district-historical" && t.Draft.Status != "active");
        foreach (var level in new[] { "province", "department", "commune", "ward" })
        {
            Assert.Contains(manifest.Defaults.RegistersByLevel[level], r => r.Direction == "incoming" && !r.Secret);
            Assert.Contains(manifest.Defaults.RegistersByLevel[level], r => r.Direction == "outgoing" && r.Secret);
        }
    }

    [Fact]
    public void Missing_folder_is_an_error_not_an_exception()
    {
        var (manifest, errors) = TenantManifestLoader.Load("/nonexistent/folder");
        Assert.Null(manifest);
        Assert.Single(errors);
    }
}
