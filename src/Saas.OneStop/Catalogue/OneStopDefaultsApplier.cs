using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Saas.Calendar;
using Saas.OneStop.Calendar;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;

namespace Saas.OneStop.Catalogue;

/// <summary>
/// Runs with <c>tenants apply</c>: gives each tenant the procedures of its level from
/// <c>tenants/&lt;province&gt;/procedures</c> (never overwriting what its admin customised, never deleting, because
/// applications refer to the codes) and seeds the province calendar from <c>calendar/*.yaml</c> once.
/// The folder comes from <c>Tenancy:ManifestFolder</c> because <see cref="TenantDefaults"/> carries only the
/// documents module's defaults.
/// </summary>
internal sealed class OneStopDefaultsApplier(
    TenantDbContextFactory<OneStopDbContext> contexts, CalendarService calendar, IConfiguration config, TimeProvider clock)
    : ITenantDefaultsApplier
{
    public async Task<IReadOnlyList<ApplyChange>> ApplyAsync(TenantInfo tenant, TenantDefaults defaults, CancellationToken ct)
    {
        var folder = config["OneStop:ProvinceFolder"] is { Length: > 0 } f ? f : config["Tenancy:ManifestFolder"];
        var changes = new List<ApplyChange>();
        if (string.IsNullOrWhiteSpace(folder) || tenant.Level == TenantLevels.DistrictHistorical)
        {
            return changes;
        }
        var calendarFolder = Path.Combine(folder, "calendar");
        if (Directory.Exists(calendarFolder))
        {
            changes.AddRange(await calendar.SeedAsync(CalendarYamlLoader.LoadDirectory(calendarFolder), ct));
        }
        var files = ProcedureYamlLoader.LoadDirectory(Path.Combine(folder, "procedures")).Select(x => x.Content).ToList();
        var definitions = ProcedureYamlLoader.For(files, tenant.Slug, tenant.Level);
        var broken = definitions.SelectMany(ProcedureYamlLoader.Problems).ToList();
        if (broken.Count > 0)
        {
            throw new InvalidOperationException("procedures: " + string.Join("; ", broken));
        }
        await using var db = await contexts.CreateAsync(ct);
        var existing = await db.Procedures.Where(p => p.TenantId == tenant.Id).ToDictionaryAsync(p => p.Code, ct);
        foreach (var def in definitions)
        {
            var key = $"{tenant.Slug}/{def.Code}";
            if (!existing.TryGetValue(def.Code, out var row))
            {
                row = new Procedure { TenantId = tenant.Id, Code = def.Code };
                Copy(def, row, tenant.Level);
                row.UpdatedAt = clock.GetUtcNow();
                db.Procedures.Add(row);
                changes.Add(new ApplyChange("procedure", key, ApplyChange.Created));
                continue;
            }
            if (row.Customized)
            {
                changes.Add(new ApplyChange("procedure", key, ApplyChange.Unchanged, "customized by the tenant"));
                continue;
            }
            // jsonb returns its own normalised text: compare the lists re-serialised, not the stored strings.
            var before = (row.Name, row.Field, row.TimeUnit, row.TimeValue, row.ReceiptCutOff, row.Fee, row.ResultType, row.OnlineLevel, Canonical(row.Papers), Canonical(row.Route), row.FactsNote);
            var (storedPapers, storedRoute) = (row.PapersJson, row.RouteJson);
            Copy(def, row, tenant.Level);
            var after = (row.Name, row.Field, row.TimeUnit, row.TimeValue, row.ReceiptCutOff, row.Fee, row.ResultType, row.OnlineLevel, Canonical(row.Papers), Canonical(row.Route), row.FactsNote);
            if (before != after)
            {
                row.UpdatedAt = clock.GetUtcNow();
                changes.Add(new ApplyChange("procedure", key, ApplyChange.Changed));
            }
            else
            {
                (row.PapersJson, row.RouteJson) = (storedPapers, storedRoute); // nothing to write
                changes.Add(new ApplyChange("procedure", key, ApplyChange.Unchanged));
            }
        }
        await db.SaveChangesAsync(ct);
        return changes;
    }

    private static string Canonical<T>(IReadOnlyList<T> items) => System.Text.Json.JsonSerializer.Serialize(items);

    private static void Copy(ProcedureDefinition def, Procedure row, string level)
    {
        row.Name = def.Name;
        row.Field = def.Field;
        row.Level = level is TenantLevels.Commune or TenantLevels.Ward ? "commune" : "province";
        row.TimeUnit = def.Hours is not null ? "hours" : "days";
        row.TimeValue = def.Hours ?? def.Days ?? 0;
        row.ReceiptCutOff = def.CutOff is null ? null : TimeOnly.ParseExact(def.CutOff, "HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        row.Fee = def.Fee;
        row.ResultType = def.Result;
        row.OnlineLevel = def.OnlineLevel;
        row.Papers = def.Papers;
        row.Route = def.Route;
        row.FactsNote = def.Unsure;
    }
}
