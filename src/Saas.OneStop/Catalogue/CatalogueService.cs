using Microsoft.EntityFrameworkCore;
using Saas.Platform.Auditing;
using Saas.Platform.Data;

namespace Saas.OneStop.Catalogue;

/// <summary>The tenant's procedure catalogue: read by everyone (the public form too), edited by the tenant admin.</summary>
public sealed class CatalogueService(
    TenantDbContextFactory<OneStopDbContext> contexts, IOneStopUser user, IAuditTrail audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<Procedure>> ListAsync(bool activeOnly, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.Procedures.AsNoTracking().Where(p => !activeOnly || p.Active).OrderBy(p => p.Field).ThenBy(p => p.Name).ToListAsync(ct);
    }

    public async Task<Procedure?> FindAsync(string code, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.Procedures.AsNoTracking().FirstOrDefaultAsync(p => p.Code == code, ct);
    }

    /// <summary>The tenant admin's changes; the procedure is then marked customised so <c>tenants apply</c> keeps them.</summary>
    public async Task<Outcome<Procedure>> UpdateAsync(string code, ProcedureUpdate input, CancellationToken ct)
    {
        if (!user.HasRole(OneStopRoles.TenantAdmin))
        {
            return Outcome<Procedure>.Forbidden("onestop.catalogue.admin_only");
        }
        var errors = new FieldErrors();
        if (input.TimeValue is < 0 or > 365)
        {
            errors.Add("timeValue", "onestop.catalogue.time_value_range");
        }
        if (input.TimeUnit is not (null or "days" or "hours"))
        {
            errors.Add("timeUnit", "days | hours");
        }
        if (input.Route is { } route && (route.Count < 2 || route.Sum(s => s.Share) > 1m || route.Any(s => string.IsNullOrWhiteSpace(s.Unit) || string.IsNullOrWhiteSpace(s.Role))))
        {
            errors.Add("route", "onestop.catalogue.route_shape");
        }
        if (input.Name is { } name && string.IsNullOrWhiteSpace(name))
        {
            errors.Add("name", "onestop.catalogue.name_required");
        }
        ValidatePapers(input.Papers, errors);
        ValidateRoute(input.Route, errors);
        if (errors.Any)
        {
            return Outcome<Procedure>.Invalid(errors.ToDictionary());
        }
        await using var db = await contexts.CreateAsync(ct);
        var row = await db.Procedures.FirstOrDefaultAsync(p => p.Code == code, ct);
        if (row is null)
        {
            return Outcome<Procedure>.NotFound();
        }
        // The deadline counts whole working days: 2.5 days would silently become 2.
        if ((input.TimeUnit ?? row.TimeUnit) == "days" && (input.TimeValue ?? row.TimeValue) % 1 != 0)
        {
            return Outcome<Procedure>.Invalid("timeValue", "onestop.catalogue.whole_days");
        }
        var before = new { row.Name, row.TimeUnit, row.TimeValue, row.Fee, row.Active, row.RouteJson };
        row.Name = input.Name?.Trim() is { Length: > 0 } n ? n : row.Name;
        row.TimeUnit = input.TimeUnit ?? row.TimeUnit;
        row.TimeValue = input.TimeValue ?? row.TimeValue;
        row.Fee = input.Fee ?? row.Fee;
        row.Active = input.Active ?? row.Active;
        if (input.Papers is { } papers)
        {
            row.Papers = papers;
        }
        if (input.Route is { } r)
        {
            row.Route = r;
        }
        row.Customized = true;
        row.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("onestop.procedure-updated", "procedure", code, before, new { row.Name, row.TimeUnit, row.TimeValue, row.Fee, row.Active, row.RouteJson }, ct: ct);
        return Outcome<Procedure>.Ok(row);
    }

    /// <summary>Each paper needs a code (the counter's checklist and the upload field use it) and a name the citizen reads.</summary>
    private static void ValidatePapers(IReadOnlyList<RequiredPaper>? papers, FieldErrors errors)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < (papers?.Count ?? 0); i++)
        {
            var paper = papers![i];
            if (string.IsNullOrWhiteSpace(paper.Code))
            {
                errors.Add($"papers[{i}].code", "onestop.catalogue.paper_code_required");
            }
            else if (!seen.Add(paper.Code.Trim()))
            {
                errors.Add($"papers[{i}].code", "onestop.catalogue.paper_code_duplicate");
            }
            if (string.IsNullOrWhiteSpace(paper.Name))
            {
                errors.Add($"papers[{i}].name", "onestop.catalogue.paper_name_required");
            }
            if (paper.Copies is < 1 or > 20)
            {
                errors.Add($"papers[{i}].copies", "onestop.catalogue.copies_range");
            }
        }
    }

    /// <summary>Step names appear on the tracking sheet (form 06); a share outside 0–1 would distort the other steps' time.</summary>
    private static void ValidateRoute(IReadOnlyList<RouteStep>? route, FieldErrors errors)
    {
        for (var i = 0; i < (route?.Count ?? 0); i++)
        {
            if (string.IsNullOrWhiteSpace(route![i].Name))
            {
                errors.Add($"route[{i}].name", "onestop.catalogue.step_name_required");
            }
            if (route[i].Share is < 0 or > 1)
            {
                errors.Add($"route[{i}].share", "onestop.catalogue.share_range");
            }
        }
    }
}

public sealed record ProcedureUpdate(
    string? Name, string? TimeUnit, decimal? TimeValue, string? Fee, bool? Active, IReadOnlyList<RequiredPaper>? Papers, IReadOnlyList<RouteStep>? Route);
