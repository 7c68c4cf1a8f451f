using System.IO.Compression;
using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Identity.Authorization;
using Saas.Platform.Text;
using Saas.Tenancy.Apply;
using Saas.Tenancy.Catalog;
using Saas.Web.Http;

namespace Saas.Tenancy.Web.Apis;

/// <summary>/api/v1/platform/tenants: the tenant catalog for platform admins.</summary>
public static class PlatformTenantsApi
{
    private const long MaxApplyArchiveBytes = 5 * 1024 * 1024;

    public static RouteGroupBuilder MapPlatformTenantsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/platform/tenants").RequireAuthorization(Policies.PlatformAdmin).WithTags("Platform: tenants");
        group.MapGet("/", ListAsync).WithSummary(Texts.Bilingual("tenancy.api.list"));
        group.MapGet("/{slug}", GetAsync).WithSummary(Texts.Bilingual("tenancy.api.get"));
        group.MapPost("/", OnboardAsync).WithSummary(Texts.Bilingual("tenancy.api.onboard"));
        group.MapPost("/{slug}/suspend", (string slug, TenantCatalogAdmin admin, ITenantCatalog catalog, CancellationToken ct) =>
            ChangeStatusAsync(admin.SuspendAsync(slug, ct), catalog, ct)).WithSummary(Texts.Bilingual("tenancy.api.suspend"));
        group.MapPost("/{slug}/reactivate", (string slug, TenantCatalogAdmin admin, ITenantCatalog catalog, CancellationToken ct) =>
            ChangeStatusAsync(admin.ReactivateAsync(slug, ct), catalog, ct)).WithSummary(Texts.Bilingual("tenancy.api.reactivate"));
        group.MapPost("/apply", ApplyAsync).DisableAntiforgery()
            .WithSummary(Texts.Bilingual("tenancy.api.apply"));
        return api;
    }

    private static async Task<Ok<List<TenantDto>>> ListAsync(ITenantCatalog catalog, string? level, string? status, string? q, CancellationToken ct)
    {
        var all = await catalog.ListAsync(ct);
        var slugs = all.ToDictionary(t => t.Id, t => t.Slug);
        var filtered = all.Where(t => (level is null || t.Level == level) && (status is null || t.Status == status)
                                      && (q is null || t.Name.Contains(q, StringComparison.OrdinalIgnoreCase) || t.Slug.Contains(q, StringComparison.OrdinalIgnoreCase)));
        return TypedResults.Ok(filtered.Select(t => TenantDto.From(t, slugs)).ToList());
    }

    private static async Task<Results<Ok<TenantDto>, ProblemHttpResult>> GetAsync(string slug, ITenantCatalog catalog, CancellationToken ct)
    {
        var all = await catalog.ListAsync(ct);
        var tenant = all.FirstOrDefault(t => t.Slug == slug);
        return tenant is null ? Problems.NotFound("what.tenant_named", slug) : TypedResults.Ok(TenantDto.From(tenant, all.ToDictionary(t => t.Id, t => t.Slug)));
    }

    private static async Task<Results<Created<TenantDto>, ValidationProblem>> OnboardAsync(
        OnboardTenantRequest request, TenantCatalogAdmin admin, ITenantCatalog catalog, CancellationToken ct)
    {
        var result = await admin.OnboardAsync(request.ToDraft(), ct);
        if (!result.Succeeded)
        {
            return Problems.Validation(result.Errors);
        }
        var all = await catalog.ListAsync(ct);
        var dto = TenantDto.From(result.Tenant!, all.ToDictionary(t => t.Id, t => t.Slug));
        return TypedResults.Created($"/api/v1/platform/tenants/{dto.Slug}", dto);
    }

    private static async Task<Results<Ok<TenantDto>, ProblemHttpResult, ValidationProblem>> ChangeStatusAsync(
        Task<TenantOperationResult> operation, ITenantCatalog catalog, CancellationToken ct)
    {
        var result = await operation;
        if (result.NotFound)
        {
            return Problems.NotFound("what.tenant");
        }
        if (!result.Succeeded)
        {
            return Problems.Validation(result.Errors);
        }
        var all = await catalog.ListAsync(ct);
        return TypedResults.Ok(TenantDto.From(result.Tenant!, all.ToDictionary(t => t.Id, t => t.Slug)));
    }

    /// <summary>Same operation as the CLI verb; the folder comes as a zip so nothing on the server's disk is named.</summary>
    private static async Task<Results<Ok<ApplyResponse>, ValidationProblem>> ApplyAsync(
        IFormFile file, TenantApplier applier, Microsoft.Extensions.Options.IOptions<Saas.Files.Storage.FileStoreOptions> files, CancellationToken ct)
    {
        if (file.Length is 0 or > MaxApplyArchiveBytes)
        {
            return Problems.Validation(new Dictionary<string, string[]>
            {
                ["file"] = ["tenancy.apply.file_size"],
            });
        }
        var work = Directory.CreateTempSubdirectory("saas-apply-");
        try
        {
            await using (var stream = file.OpenReadStream())
            {
                var magic = new byte[4];
                var read = await stream.ReadAtLeastAsync(magic, 4, throwOnEndOfStream: false, ct);
                if (read < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4)
                {
                    return Problems.Validation(new Dictionary<string, string[]>
                    {
                        ["file"] = ["tenancy.apply.not_zip"],
                    });
                }
                stream.Position = 0;
                // Extracted to disk below: a bomb would fill the disk instead of memory, so it is bounded the same way.
                if (Saas.Files.Inspection.ContentInspector.Inspect(stream, files.Value.Inflation) is not null)
                {
                    return Problems.Validation(new Dictionary<string, string[]>
                    {
                        ["file"] = ["tenancy.apply.bomb"],
                    });
                }
                using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
                foreach (var entry in zip.Entries)
                {
                    var target = Path.GetFullPath(Path.Combine(work.FullName, entry.FullName));
                    if (!target.StartsWith(work.FullName + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                    {
                        return Problems.Validation(new Dictionary<string, string[]>
                        {
                            ["file"] = [Texts.Bilingual("tenancy.apply.bad_path", entry.FullName)],
                        });
                    }
                    if (entry.FullName.EndsWith('/'))
                    {
                        continue;
                    }
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    entry.ExtractToFile(target);
                }
            }
            // The archive may hold the folder itself or its contents.
            var root = File.Exists(Path.Combine(work.FullName, "province.yaml"))
                ? work.FullName
                : Directory.GetDirectories(work.FullName).FirstOrDefault(d => File.Exists(Path.Combine(d, "province.yaml"))) ?? work.FullName;
            var report = await applier.ApplyAsync(root, ct);
            if (!report.Succeeded)
            {
                return Problems.Validation(report.Errors
                    .GroupBy(e => $"{Path.GetRelativePath(root, Path.GetFullPath(e.File))}")
                    .ToDictionary(g => g.Key, g => g.Select(e => $"{Texts.Bilingual("tenancy.apply.line", e.Line)}: {Texts.Bilingual(e.Reason)}").ToArray()));
            }
            return TypedResults.Ok(new ApplyResponse(
                report.Count("created"), report.Count("changed"), report.Count("unchanged"), [.. report.Lines()]));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}

public sealed record ApplyResponse(int Created, int Changed, int Unchanged, IReadOnlyList<string> Report);
