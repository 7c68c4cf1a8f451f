using Microsoft.EntityFrameworkCore;
using Saas.Platform.Auditing;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;
using Saas.Platform.Text;

namespace Saas.Documents.Outgoing;

/// <summary>Each tenant sets, per document type, which roles review and approve a draft before signing.</summary>
public sealed class ApprovalRouteService(
    TenantDbContextFactory<DocumentsDbContext> contexts, ICurrentTenant tenant, IAuditTrail audit)
{
    public static readonly IReadOnlyList<string> StepRoles = ["head", "leader", "specialist", "clerk"];

    public async Task<IReadOnlyList<ApprovalRoute>> ListAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.Routes.AsNoTracking().OrderBy(r => r.DocumentTypeCode).ToListAsync(ct);
    }

    public async Task<Outcome<ApprovalRoute>> SetAsync(string typeCode, IReadOnlyList<string>? steps, CancellationToken ct)
    {
        var e = new FieldErrors();
        if (steps is null || steps.Count is 0 or > 6 || steps.Any(s => !StepRoles.Contains(s)))
        {
            e.Add("steps", TextKey.With("documents.route.steps_invalid", string.Join(", ", StepRoles)));
        }
        await using var db = await contexts.CreateAsync(ct);
        if (typeCode != ApprovalRoute.AnyType && !await db.DocumentTypes.AnyAsync(t => t.Code == typeCode, ct))
        {
            e.Add("documentTypeCode", "documents.field.documentTypeCode.unknown");
        }
        if (e.Any)
        {
            return Outcome<ApprovalRoute>.Invalid(e.ToDictionary());
        }
        var route = await db.Routes.FirstOrDefaultAsync(r => r.DocumentTypeCode == typeCode, ct);
        var before = route?.Steps.ToList();
        if (route is null)
        {
            route = new ApprovalRoute { TenantId = tenant.Id!.Value, DocumentTypeCode = typeCode };
            db.Routes.Add(route);
        }
        route.Steps = [.. steps!];
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("approval-route.set", "approval-route", typeCode, before, route.Steps, ct: ct);
        return Outcome<ApprovalRoute>.Ok(route);
    }
}
