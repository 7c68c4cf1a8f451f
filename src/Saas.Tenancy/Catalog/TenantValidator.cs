using System.Text.RegularExpressions;
using Saas.Platform.MultiTenancy;
using Saas.Platform.Text;

namespace Saas.Tenancy.Catalog;

/// <summary>Field rules shared by the onboarding form, the API and <c>tenants apply</c>.</summary>
public static partial class TenantValidator
{
    public static readonly IReadOnlyList<string> AgencyCodeStatuses = ["verified", "reported", "unknown"];

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    // QCVN 102:2016: level-4.level-3.level-2.level-1, read right to left (e.g. 000.00.14.H56).
    [GeneratedRegex(@"^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$")]
    private static partial Regex QcvnPattern();

    // QĐ 20/2020: at most 35 characters of [0-9A-Z.], groups separated by dots.
    [GeneratedRegex(@"^[0-9A-Z]+(\.[0-9A-Z]+)*$")]
    private static partial Regex Qd20Pattern();

    [GeneratedRegex(@"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$")]
    private static partial Regex HostPattern();

    /// <summary>
    /// Returns field → message: a text key of <c>Resources/tenancy.*.json</c>, or, when the message names a value, that
    /// text already written in both languages (<see cref="Texts.Bilingual"/>), since a key alone cannot carry the value.
    /// </summary>
    public static Dictionary<string, string[]> Validate(TenantDraft d)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }
            list.Add(message);
        }

        if (string.IsNullOrWhiteSpace(d.Slug))
        {
            Add("slug", "tenancy.slug.required");
        }
        else if (d.Slug.Length > 63 || !SlugPattern().IsMatch(d.Slug))
        {
            Add("slug", "tenancy.slug.format");
        }
        if (string.IsNullOrWhiteSpace(d.Name))
        {
            Add("name", "tenancy.name.required");
        }
        else if (d.Name.Length > 300)
        {
            Add("name", "tenancy.name.too_long");
        }
        if (!TenantLevels.All.Contains(d.Level))
        {
            Add("level", Texts.Bilingual("tenancy.level.unknown", string.Join(", ", TenantLevels.All)));
        }
        if (d.Level != TenantLevels.Province && string.IsNullOrWhiteSpace(d.ParentSlug))
        {
            Add("parent", "tenancy.parent.required");
        }
        if (d.ParentSlug is not null && d.ParentSlug == d.Slug)
        {
            Add("parent", "tenancy.parent.self");
        }
        if (d.AgencyCodeQcvn102 is { Length: > 0 } q && !QcvnPattern().IsMatch(q))
        {
            Add("agencyCode.qcvn102", "tenancy.qcvn102.format");
        }
        if (d.AgencyCodeQd20 is { Length: > 0 } q20 && (q20.Length > 35 || !Qd20Pattern().IsMatch(q20)))
        {
            Add("agencyCode.qd20", "tenancy.qd20.format");
        }
        if (!AgencyCodeStatuses.Contains(d.AgencyCodeStatus))
        {
            Add("agencyCode.status", "tenancy.code_status.invalid");
        }
        else if (d.AgencyCodeStatus == "unknown" && (!string.IsNullOrEmpty(d.AgencyCodeQcvn102) || !string.IsNullOrEmpty(d.AgencyCodeQd20)))
        {
            Add("agencyCode.status", "tenancy.code_status.unknown_with_code");
        }
        if (!TenantStatuses.All.Contains(d.Status))
        {
            Add("status", Texts.Bilingual("tenancy.status.unknown", string.Join(", ", TenantStatuses.All)));
        }
        if (d.Notation is { Length: > 20 })
        {
            Add("notation", "tenancy.notation.too_long");
        }
        foreach (var host in d.Hosts)
        {
            if (!HostPattern().IsMatch(host))
            {
                Add("hosts", Texts.Bilingual("tenancy.host.invalid", host));
            }
        }
        if (d.DatabasePlacement is { Length: > 0 } placement)
        {
            try
            {
                var b = new Npgsql.NpgsqlConnectionStringBuilder(placement);
                if (string.IsNullOrEmpty(b.Database))
                {
                    Add("database", "tenancy.database.no_name");
                }
                if (!string.IsNullOrEmpty(b.Password))
                {
                    Add("database", "tenancy.database.password");
                }
            }
            catch (ArgumentException)
            {
                Add("database", "tenancy.database.syntax");
            }
        }
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }
}
