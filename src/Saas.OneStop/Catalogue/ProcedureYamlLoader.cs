using System.Globalization;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Saas.OneStop.Catalogue;

/// <summary>Reads the procedure files of a province folder and picks those that apply to one tenant.</summary>
public static class ProcedureYamlLoader
{
    private static readonly IDeserializer Reader = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static IReadOnlyList<(string File, ProcedureFile Content)> LoadDirectory(string folder) =>
        Directory.Exists(folder)
            ? [.. Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal)
                .Select(f => (Path.GetFileName(f), Reader.Deserialize<ProcedureFile>(File.ReadAllText(f)) ?? new ProcedureFile()))]
            : [];

    /// <summary>The procedures of one tenant: level defaults, then tenant-specific files replacing by code.</summary>
    public static IReadOnlyList<ProcedureDefinition> For(IEnumerable<ProcedureFile> files, string slug, string level)
    {
        var byCode = new Dictionary<string, ProcedureDefinition>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => f.AppliesTo.Contains(level) && (f.Tenants.Count == 0 || f.Tenants.Contains(slug))))
        {
            foreach (var p in file.Procedures)
            {
                byCode[p.Code] = p;
            }
        }
        return [.. byCode.Values];
    }

    /// <summary>Problems of a definition (bilingual), so that a broken file is reported by <c>tenants apply</c>.</summary>
    public static IEnumerable<string> Problems(ProcedureDefinition p)
    {
        if (string.IsNullOrWhiteSpace(p.Code) || string.IsNullOrWhiteSpace(p.Name))
        {
            yield return "Thiếu mã hoặc tên thủ tục / code or name missing";
        }
        if (p.Days is null == p.Hours is null)
        {
            yield return $"{p.Code}: cần đúng một trong days/hours / exactly one of days or hours";
        }
        if (p.CutOff is not null && !TimeOnly.TryParseExact(p.CutOff, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            yield return $"{p.Code}: cutOff phải có dạng HH:mm / cutOff must be HH:mm";
        }
        if (p.Route.Count == 0)
        {
            yield return $"{p.Code}: thiếu quy trình / route missing";
        }
        if (p.Route.Sum(s => s.Share) > 1m)
        {
            yield return $"{p.Code}: tổng tỷ lệ thời gian các bước vượt 1 / step shares exceed 1";
        }
    }
}
