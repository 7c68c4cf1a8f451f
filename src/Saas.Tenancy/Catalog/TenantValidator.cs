using System.Text.RegularExpressions;
using Saas.Platform.MultiTenancy;

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

    /// <summary>Returns field → message ("Tiếng Việt / English").</summary>
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
            Add("slug", "Bắt buộc nhập mã đơn vị / Slug is required");
        }
        else if (d.Slug.Length > 63 || !SlugPattern().IsMatch(d.Slug))
        {
            Add("slug", "Mã đơn vị chỉ gồm chữ thường không dấu, số và dấu '-' (tối đa 63 ký tự) / Slug must be lowercase ASCII letters, digits and '-' (max 63)");
        }
        if (string.IsNullOrWhiteSpace(d.Name))
        {
            Add("name", "Bắt buộc nhập tên đơn vị / Name is required");
        }
        else if (d.Name.Length > 300)
        {
            Add("name", "Tên đơn vị tối đa 300 ký tự / Name is at most 300 characters");
        }
        if (!TenantLevels.All.Contains(d.Level))
        {
            Add("level", $"Cấp không hợp lệ; chọn một trong: {string.Join(", ", TenantLevels.All)} / Unknown level");
        }
        if (d.Level != TenantLevels.Province && string.IsNullOrWhiteSpace(d.ParentSlug))
        {
            Add("parent", "Đơn vị cấp này phải có đơn vị cấp trên / A parent tenant is required for this level");
        }
        if (d.ParentSlug is not null && d.ParentSlug == d.Slug)
        {
            Add("parent", "Đơn vị không thể là cấp trên của chính nó / A tenant cannot be its own parent");
        }
        if (d.AgencyCodeQcvn102 is { Length: > 0 } q && !QcvnPattern().IsMatch(q))
        {
            Add("agencyCode.qcvn102", "Mã định danh QCVN 102 phải có dạng 000.00.00.H56 / QCVN 102 code must look like 000.00.00.H56");
        }
        if (d.AgencyCodeQd20 is { Length: > 0 } q20 && (q20.Length > 35 || !Qd20Pattern().IsMatch(q20)))
        {
            Add("agencyCode.qd20", "Mã định danh theo QĐ 20/2020 tối đa 35 ký tự [0-9A-Z.] / QĐ 20 code: at most 35 characters of [0-9A-Z.]");
        }
        if (!AgencyCodeStatuses.Contains(d.AgencyCodeStatus))
        {
            Add("agencyCode.status", "Trạng thái mã định danh phải là verified, reported hoặc unknown / status must be verified, reported or unknown");
        }
        else if (d.AgencyCodeStatus == "unknown" && (!string.IsNullOrEmpty(d.AgencyCodeQcvn102) || !string.IsNullOrEmpty(d.AgencyCodeQd20)))
        {
            Add("agencyCode.status", "Đã có mã định danh thì trạng thái không thể là unknown / A code is given, so its status cannot be unknown");
        }
        if (!TenantStatuses.All.Contains(d.Status))
        {
            Add("status", $"Trạng thái không hợp lệ; chọn một trong: {string.Join(", ", TenantStatuses.All)} / Unknown status");
        }
        if (d.Notation is { Length: > 20 })
        {
            Add("notation", "Ký hiệu cơ quan tối đa 20 ký tự / Notation is at most 20 characters");
        }
        foreach (var host in d.Hosts)
        {
            if (!HostPattern().IsMatch(host))
            {
                Add("hosts", $"Tên miền không hợp lệ: {host} / Invalid host name");
            }
        }
        if (d.DatabasePlacement is { Length: > 0 } placement)
        {
            try
            {
                var b = new Npgsql.NpgsqlConnectionStringBuilder(placement);
                if (string.IsNullOrEmpty(b.Database))
                {
                    Add("database", "Vị trí CSDL phải nêu tên cơ sở dữ liệu (Database=...) / Placement must name a database");
                }
                if (!string.IsNullOrEmpty(b.Password))
                {
                    Add("database", "Không lưu mật khẩu trong danh mục; mật khẩu lấy từ cấu hình / No password in the catalog");
                }
            }
            catch (ArgumentException)
            {
                Add("database", "Vị trí CSDL không đúng cú pháp chuỗi kết nối / Placement is not a valid connection string");
            }
        }
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }
}
