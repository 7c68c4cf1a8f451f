using Saas.Platform.MultiTenancy;
using Saas.Platform.Text;
using Saas.Tenancy.Catalog;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Saas.Tenancy.Apply;

/// <summary>
/// Reads a province folder (<c>province.yaml</c>, <c>tenants/*.yaml</c>, <c>defaults/*.yaml</c>) and checks
/// all of it before anything is written, so an invalid folder changes nothing.
/// </summary>
public static class TenantManifestLoader
{
    private static readonly string[] TenantFields =
        ["slug", "name", "shortName", "level", "parent", "notation", "agencyCode", "status", "successor", "predecessors", "hosts", "database"];

    private static readonly string[] RegisterFields = ["code", "name", "direction", "secret", "documentTypes"];

    public static (TenantManifest? Manifest, IReadOnlyList<ManifestError> Errors) Load(string folder)
    {
        var errors = new List<ManifestError>();
        if (!Directory.Exists(folder))
        {
            errors.Add(new ManifestError(folder, 0, Texts.Bilingual("tenancy.manifest.folder_not_found")));
            return (null, errors);
        }
        var root = Path.GetFullPath(folder);
        string Rel(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path);

        var (provinceCode, provinceName) = ReadProvince(Path.Combine(root, "province.yaml"), Rel, errors);
        var entries = new List<TenantManifestEntry>();
        var tenantDir = Path.Combine(root, "tenants");
        var tenantFiles = Directory.Exists(tenantDir)
            ? Directory.GetFiles(tenantDir, "*.yaml").Concat(Directory.GetFiles(tenantDir, "*.yml")).Order(StringComparer.Ordinal).ToList()
            : [];
        if (tenantFiles.Count == 0)
        {
            errors.Add(new ManifestError(Rel(tenantDir), 0, Texts.Bilingual("tenancy.manifest.no_tenants_yaml_file")));
        }
        foreach (var file in tenantFiles)
        {
            entries.AddRange(ReadTenants(file, Rel(file), errors));
        }
        var documentTypes = ReadDocumentTypes(Path.Combine(root, "defaults", "document-types.yaml"), Rel, errors);
        var registers = ReadRegisters(Path.Combine(root, "defaults", "registers.yaml"), Rel, documentTypes, errors);
        CheckTree(entries, errors);

        if (errors.Count > 0)
        {
            return (null, errors);
        }
        return (new TenantManifest(provinceCode!, provinceName!, entries, new TenantDefaults(documentTypes, registers)), errors);
    }

    private static YamlMappingNode? Parse(string path, string rel, List<ManifestError> errors)
    {
        if (!File.Exists(path))
        {
            errors.Add(new ManifestError(rel, 0, Texts.Bilingual("tenancy.manifest.file_missing")));
            return null;
        }
        try
        {
            var stream = new YamlStream();
            using var reader = new StreamReader(path);
            stream.Load(reader);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
            {
                errors.Add(new ManifestError(rel, 1, Texts.Bilingual("tenancy.manifest.file_must_hold_a_yaml")));
                return null;
            }
            return map;
        }
        catch (YamlException ex)
        {
            errors.Add(new ManifestError(rel, (int)ex.Start.Line, Texts.Bilingual("tenancy.manifest.invalid_yaml", ex.Message)));
            return null;
        }
    }

    private static (string? Code, string? Name) ReadProvince(string path, Func<string, string> rel, List<ManifestError> errors)
    {
        var map = Parse(path, rel(path), errors);
        if (map is null)
        {
            return (null, null);
        }
        var y = new YamlNodes(rel(path), errors);
        var province = y.Mapping(y.Child(map, "province"), "province");
        if (province is null)
        {
            y.Error(map, Texts.Bilingual("tenancy.manifest.missing_province"));
            return (null, null);
        }
        return (y.String(province, "code", required: true), y.String(province, "name", required: true));
    }

    private static IEnumerable<TenantManifestEntry> ReadTenants(string path, string rel, List<ManifestError> errors)
    {
        var map = Parse(path, rel, errors);
        if (map is null)
        {
            yield break;
        }
        var y = new YamlNodes(rel, errors);
        if (y.Child(map, "tenants") is not YamlSequenceNode list)
        {
            y.Error(map, Texts.Bilingual("tenancy.manifest.missing_list_tenants"));
            yield break;
        }
        foreach (var node in list)
        {
            var item = y.Mapping(node, "tenants[]");
            if (item is null)
            {
                continue;
            }
            y.RejectUnknown(item, TenantFields);
            var code = y.Mapping(y.Child(item, "agencyCode"), "agencyCode");
            var draft = new TenantDraft
            {
                Slug = y.String(item, "slug", required: true) ?? "",
                Name = y.String(item, "name", required: true) ?? "",
                ShortName = y.String(item, "shortName"),
                Level = y.String(item, "level", required: true) ?? "",
                ParentSlug = y.String(item, "parent"),
                Notation = y.String(item, "notation"),
                AgencyCodeQcvn102 = code is null ? null : y.String(code, "qcvn102"),
                AgencyCodeQd20 = code is null ? null : y.String(code, "qd20"),
                AgencyCodeStatus = (code is null ? null : y.String(code, "status")) ?? "unknown",
                AgencyCodeSource = code is null ? null : y.String(code, "source"),
                Status = y.String(item, "status") ?? TenantStatuses.Active,
                SuccessorSlug = y.String(item, "successor"),
                Predecessors = y.Strings(item, "predecessors"),
                Hosts = y.Strings(item, "hosts"),
                DatabasePlacement = y.String(item, "database"),
            };
            foreach (var (field, messages) in TenantValidator.Validate(draft))
            {
                foreach (var message in messages)
                {
                    y.Error(item, $"{draft.Slug}: {field}: {Texts.Bilingual(message)}");
                }
            }
            yield return new TenantManifestEntry(draft, rel, (int)item.Start.Line);
        }
    }

    private static List<DocumentTypeDefinition> ReadDocumentTypes(string path, Func<string, string> rel, List<ManifestError> errors)
    {
        var result = new List<DocumentTypeDefinition>();
        var map = Parse(path, rel(path), errors);
        if (map is null)
        {
            return result;
        }
        var y = new YamlNodes(rel(path), errors);
        if (y.Child(map, "documentTypes") is not YamlSequenceNode list)
        {
            y.Error(map, Texts.Bilingual("tenancy.manifest.missing_list_documenttypes"));
            return result;
        }
        foreach (var node in list)
        {
            var item = y.Mapping(node, "documentTypes[]");
            if (item is null)
            {
                continue;
            }
            var code = y.String(item, "code", required: true);
            var name = y.String(item, "name", required: true);
            var order = y.Int(item, "order") ?? result.Count + 1;
            if (code is not null && result.Any(d => d.Code == code))
            {
                y.Error(item, Texts.Bilingual("tenancy.manifest.duplicate_document_type_code", code));
            }
            if (code is not null && name is not null)
            {
                result.Add(new DocumentTypeDefinition(code, name, y.String(item, "abbreviation"), order));
            }
        }
        return result;
    }

    private static Dictionary<string, IReadOnlyList<RegisterDefinition>> ReadRegisters(
        string path, Func<string, string> rel, List<DocumentTypeDefinition> types, List<ManifestError> errors)
    {
        var result = new Dictionary<string, IReadOnlyList<RegisterDefinition>>();
        var map = Parse(path, rel(path), errors);
        if (map is null)
        {
            return result;
        }
        var y = new YamlNodes(rel(path), errors);
        var levels = y.Mapping(y.Child(map, "levels"), "levels");
        if (levels is null)
        {
            y.Error(map, Texts.Bilingual("tenancy.manifest.missing_levels"));
            return result;
        }
        foreach (var (keyNode, value) in levels.Children)
        {
            var level = ((YamlScalarNode)keyNode).Value ?? "";
            if (!TenantLevels.All.Contains(level))
            {
                y.Error(keyNode, Texts.Bilingual("tenancy.manifest.unknown_level", level));
                continue;
            }
            var levelMap = y.Mapping(value, level);
            if (levelMap is null || y.Child(levelMap, "registers") is not YamlSequenceNode registers)
            {
                y.Error(value, Texts.Bilingual("tenancy.manifest.needs_a_registers_list", level));
                continue;
            }
            var list = new List<RegisterDefinition>();
            foreach (var node in registers)
            {
                var item = y.Mapping(node, "registers[]");
                if (item is null)
                {
                    continue;
                }
                y.RejectUnknown(item, RegisterFields);
                var code = y.String(item, "code", required: true);
                var name = y.String(item, "name", required: true);
                var direction = y.String(item, "direction", required: true);
                if (direction is not null and not ("incoming" or "outgoing"))
                {
                    y.Error(item, Texts.Bilingual("tenancy.manifest.direction_must_be_incoming_or"));
                }
                var claimed = y.Strings(item, "documentTypes");
                // When the document types file itself failed, unknown-type errors here would only be noise.
                foreach (var t in claimed.Where(t => types.Count > 0 && types.All(d => d.Code != t)))
                {
                    y.Error(item, Texts.Bilingual("tenancy.manifest.unknown_document_type", t));
                }
                if (code is not null && list.Any(r => r.Code == code))
                {
                    y.Error(item, Texts.Bilingual("tenancy.manifest.duplicate_register_code", level, code));
                }
                if (code is not null && name is not null && direction is not null)
                {
                    list.Add(new RegisterDefinition(code, name, direction, y.Bool(item, "secret") ?? false, claimed));
                }
            }
            result[level] = list;
        }
        return result;
    }

    private static void CheckTree(List<TenantManifestEntry> entries, List<ManifestError> errors)
    {
        var bySlug = new Dictionary<string, TenantManifestEntry>();
        var codes = new Dictionary<string, TenantManifestEntry>();
        foreach (var e in entries)
        {
            if (e.Draft.Slug.Length > 0 && !bySlug.TryAdd(e.Draft.Slug, e))
            {
                var first = bySlug[e.Draft.Slug];
                errors.Add(new ManifestError(e.File, e.Line, Texts.Bilingual("tenancy.manifest.duplicate_slug", e.Draft.Slug, first.File, first.Line)));
            }
            if (e.Draft.AgencyCodeQcvn102 is { Length: > 0 } code && !codes.TryAdd(code, e))
            {
                errors.Add(new ManifestError(e.File, e.Line, Texts.Bilingual("tenancy.manifest.duplicate_agency_code", code)));
            }
        }
        foreach (var e in entries)
        {
            if (e.Draft.ParentSlug is { } parent && !bySlug.ContainsKey(parent))
            {
                errors.Add(new ManifestError(e.File, e.Line, Texts.Bilingual("tenancy.manifest.unknown_parent", parent)));
            }
            if (e.Draft.SuccessorSlug is { } successor && !bySlug.ContainsKey(successor))
            {
                errors.Add(new ManifestError(e.File, e.Line, Texts.Bilingual("tenancy.manifest.unknown_successor", successor)));
            }
        }
        // A cycle in the parent chain would make the tree unprintable.
        foreach (var e in entries)
        {
            var seen = new HashSet<string>();
            var current = e.Draft;
            while (current.ParentSlug is { } p && bySlug.TryGetValue(p, out var parentEntry))
            {
                if (!seen.Add(p))
                {
                    errors.Add(new ManifestError(e.File, e.Line, Texts.Bilingual("tenancy.manifest.parent_cycle", e.Draft.Slug)));
                    break;
                }
                current = parentEntry.Draft;
            }
        }
    }
}
