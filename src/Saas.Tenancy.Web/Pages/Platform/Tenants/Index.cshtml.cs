using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Saas.Tenancy.Catalog;

namespace Saas.Tenancy.Web.Pages.Platform.Tenants;

/// <summary>The tenant tree with levels and status, filterable.</summary>
public sealed class IndexModel(ITenantCatalog catalog) : PageModel
{
    public IReadOnlyList<Tenant> All { get; private set; } = [];

    public ILookup<Guid?, Tenant> Children { get; private set; } = Array.Empty<Tenant>().ToLookup(t => t.ParentId);

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Level { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || !string.IsNullOrEmpty(Level) || !string.IsNullOrEmpty(Status);

    public IEnumerable<Tenant> Matches => All.Where(t =>
        (string.IsNullOrWhiteSpace(Q) || Normalize(t.Name).Contains(Normalize(Q), StringComparison.Ordinal) || t.Slug.Contains(Q.Trim(), StringComparison.OrdinalIgnoreCase))
        && (string.IsNullOrEmpty(Level) || t.Level == Level)
        && (string.IsNullOrEmpty(Status) || t.Status == Status));

    public async Task OnGetAsync(CancellationToken ct)
    {
        All = await catalog.ListAsync(ct);
        Children = All.OrderBy(t => t.Name, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false)).ToLookup(t => t.ParentId);
    }

    /// <summary>Diacritic-insensitive: "hac thanh" finds "Hạc Thành".</summary>
    public static string Normalize(string s)
    {
        var decomposed = s.ToLowerInvariant().Replace('đ', 'd').Normalize(System.Text.NormalizationForm.FormD);
        return new string(decomposed.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray());
    }
}
