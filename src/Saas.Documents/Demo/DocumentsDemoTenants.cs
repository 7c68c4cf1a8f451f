using System.Text.Json;
using Npgsql;
using Saas.Platform.Demo;
using Saas.Platform.MultiTenancy;
using static Saas.Platform.Demo.DemoCopy;
using static Saas.Platform.Demo.DemoTenants;

namespace Saas.Documents.Demo;

/// <summary>Which tenants receive documents, how many, from which issuers, handled by which staff.</summary>
internal sealed partial class DocumentsDemoSeeder
{
    /// <summary>Registers and document types of the tenants in one database, read in the platform scope.</summary>
    private static async Task<List<SeedTenant>> LoadTenantsAsync(
        string cs, List<TenantInfo> tenants, List<SeedIssuer> issuers, Dictionary<string, List<(string Id, string Name, string Role)>> realm)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var tx = await BeginPlatformScopeAsync(conn);
        var registers = new Dictionary<Guid, List<SeedRegister>>();
        await using (var cmd = new NpgsqlCommand(
            "select tenant_id, code, name, direction, secret, document_types from documents.registers where active order by tenant_id, code", conn, tx))
        await using (var r = await cmd.ExecuteReaderAsync())
        {
            while (await r.ReadAsync())
            {
                var id = r.GetGuid(0);
                if (!registers.TryGetValue(id, out var list))
                {
                    registers[id] = list = [];
                }
                list.Add(new SeedRegister(r.GetString(1), r.GetString(2), r.GetString(3), r.GetBoolean(4), r.GetFieldValue<string[]>(5)));
            }
        }
        var types = new Dictionary<Guid, Dictionary<string, string?>>();
        await using (var cmd = new NpgsqlCommand("select tenant_id, code, abbreviation from documents.document_types where active", conn, tx))
        await using (var r = await cmd.ExecuteReaderAsync())
        {
            while (await r.ReadAsync())
            {
                var id = r.GetGuid(0);
                if (!types.TryGetValue(id, out var map))
                {
                    types[id] = map = [];
                }
                map[r.GetString(1)] = r.IsDBNull(2) ? null : r.GetString(2);
            }
        }
        await tx.CommitAsync();

        var result = new List<SeedTenant>();
        foreach (var t in tenants)
        {
            var regs = registers.GetValueOrDefault(t.Id) ?? [];
            var incoming = regs.FirstOrDefault(r => r.Direction == "incoming" && !r.Secret);
            var typeMap = types.GetValueOrDefault(t.Id);
            if (incoming is null || typeMap is null || DocumentsDemoVocabulary.IncomingTypes.Any(x => !typeMap.ContainsKey(x.Code)))
            {
                continue;
            }
            var st = new SeedTenant
            {
                Id = t.Id,
                Slug = t.Slug,
                Name = t.Name,
                Level = t.Level,
                Notation = t.Notation ?? "UBND",
                ElectronicShare = 0.5 + 0.45 * new Random(StableHash(t.Slug)).NextDouble(),
                Placement = t.DatabaseConnectionString,
                IncomingRegister = incoming,
                SecretIncomingRegister = regs.FirstOrDefault(r => r.Direction == "incoming" && r.Secret),
                OutgoingRegisters = regs.Where(r => r.Direction == "outgoing").ToList(),
                TypeAbbreviations = typeMap,
                Self = issuers.FirstOrDefault(i => i.Name == t.Name),
            };
            Staff(st, realm.GetValueOrDefault(t.Slug) ?? []);
            result.Add(st);
        }
        return result;
    }

    /// <summary>Demo users of the realm where the tenant has them (so their inboxes and work lists fill up), generated staff otherwise.</summary>
    private static void Staff(SeedTenant t, List<(string Id, string Name, string Role)> users)
    {
        var r = new Random(StableHash(t.Slug));
        var (head, deputy) = DocumentsDemoGenerator.Positions(t.Level, t.Name);
        SeedStaff Synthetic(string kind, int k, string position) => new($"seed.{t.Slug}.{kind}{k}", DemoNames.RandomName(r), position);

        t.Clerk = users.Where(u => u.Role == "clerk").Select(u => new SeedStaff(u.Id, u.Name, "Văn thư")).FirstOrDefault() ?? Synthetic("vanthu", 1, "Văn thư");
        t.Leaders.AddRange(users.Where(u => u.Role == "leader").Select(u => new SeedStaff(u.Id, u.Name, head)).Take(1));
        if (t.Leaders.Count == 0)
        {
            t.Leaders.Add(Synthetic("lanhdao", 1, head));
        }
        for (var k = 2; k <= (t.Level is "province" ? 4 : 3); k++)
        {
            t.Leaders.Add(Synthetic("lanhdao", k, deputy));
        }
        var headPosition = t.Level is "commune" or "ward" ? "Công chức Văn phòng – Thống kê" : "Trưởng phòng";
        t.Heads.AddRange(users.Where(u => u.Role == "head").Select(u => new SeedStaff(u.Id, u.Name, headPosition)));
        for (var k = 1; k <= 3; k++)
        {
            t.Heads.Add(Synthetic("truongphong", k, headPosition));
        }
        // Demo specialists and heads get a large share of the handling so that their lists are full.
        foreach (var u in users.Where(u => u.Role is "specialist" or "head"))
        {
            var s = new SeedStaff(u.Id, u.Name, "Chuyên viên");
            t.Handlers.AddRange(Enumerable.Repeat(s, 4));
        }
        for (var k = 1; k <= 8; k++)
        {
            t.Handlers.Add(Synthetic("chuyenvien", k, "Chuyên viên"));
        }
    }

    private static List<SeedIssuer> Issuers(IReadOnlyList<TenantInfo> active)
    {
        var list = new List<SeedIssuer>();
        foreach (var t in active.Where(t => t.Level != "district-historical"))
        {
            var perDay = t.Level switch { "province" => 25, "province-office" => 30, "department" => 12, _ => 2 };
            list.Add(Issuer(t.Name, t.Notation ?? "UBND", t.AgencyCode, t.Level, perDay));
        }
        foreach (var (name, notation) in DocumentsDemoVocabulary.OutsideIssuers)
        {
            list.Add(Issuer(name, notation, null, "outside", 15));
        }
        return list;
    }

    private static SeedIssuer Issuer(string name, string notation, string? code, string level, int perDay)
    {
        var r = new Random(StableHash(name));
        var (head, deputy) = DocumentsDemoGenerator.Positions(level, name);
        var signers = Enumerable.Range(0, 4).Select(_ => DemoNames.RandomName(r)).ToArray();
        return new SeedIssuer(name, notation, code, level, perDay, signers, head, deputy);
    }

    /// <summary>Documents per tenant by size: UBND tỉnh receives about 12 times what a commune does.</summary>
    private static void Distribute(List<SeedTenant> tenants, DemoSeedOptions o)
    {
        foreach (var t in tenants)
        {
            t.Weight = t.Level switch { "province" => 12, "province-office" => 6, "department" => 4, "ward" => 1.5, _ => 1 };
        }
        var sum = tenants.Sum(t => t.Weight);
        long assigned = 0;
        for (var i = 0; i < tenants.Count; i++)
        {
            var t = tenants[i];
            var docs = i == tenants.Count - 1 ? o.Documents - assigned : (long)Math.Round(o.Documents * t.Weight / sum);
            assigned += docs;
            var canIssue = t.OutgoingRegisters.Any(r => !r.Secret && r.DocumentTypes.Length == 0);
            t.OutgoingCount = canIssue ? (int)Math.Round(docs * o.OutgoingShare) : 0;
            t.IncomingCount = (int)docs - t.OutgoingCount;
        }
    }

    /// <summary>Users of the development realm by tenant slug, with their tenant role (groups /tenants/{slug}/{role}).</summary>
    private static Dictionary<string, List<(string Id, string Name, string Role)>> RealmUsers(string? file)
    {
        var result = new Dictionary<string, List<(string, string, string)>>();
        file ??= FindUp("infra/keycloak/realm-thanh-hoa.json");
        if (file is null || !File.Exists(file))
        {
            Console.WriteLine("No development realm file found: documents are assigned to generated staff only.");
            return result;
        }
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        foreach (var u in json.RootElement.GetProperty("users").EnumerateArray())
        {
            if (!u.TryGetProperty("id", out var id) || !u.TryGetProperty("groups", out var groups))
            {
                continue;
            }
            var name = $"{(u.TryGetProperty("firstName", out var f) ? f.GetString() : "")} {(u.TryGetProperty("lastName", out var l) ? l.GetString() : "")}".Trim();
            foreach (var g in groups.EnumerateArray().Select(g => g.GetString() ?? ""))
            {
                var parts = g.Split('/', StringSplitOptions.RemoveEmptyEntries);
                if (parts is ["tenants", var slug, var role])
                {
                    if (!result.TryGetValue(slug, out var list))
                    {
                        result[slug] = list = [];
                    }
                    list.Add((id.GetString()!, name, role));
                }
            }
        }
        return result;
    }

    private static string? FindUp(string relative)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, relative);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }
}
