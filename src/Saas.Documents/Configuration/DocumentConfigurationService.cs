using Microsoft.EntityFrameworkCore;
using Saas.Platform.Auditing;
using Saas.Platform.Data;

namespace Saas.Documents.Configuration;

/// <summary>The current tenant's document types and registers (the module's public surface for them).</summary>
public sealed class DocumentConfigurationService(
    TenantDbContextFactory<DocumentConfigurationDbContext> contexts,
    IAuditTrail audit,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<DocumentType>> DocumentTypesAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.DocumentTypes.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<Register>> RegistersAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.Registers.AsNoTracking().OrderBy(r => r.Direction).ThenBy(r => r.Secret).ThenBy(r => r.Code).ToListAsync(ct);
    }

    public async Task<Register?> RegisterAsync(string code, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.Registers.AsNoTracking().FirstOrDefaultAsync(r => r.Code == code, ct);
    }

    /// <summary>Renames or (de)activates a register. Null when the current tenant has no such register.</summary>
    public async Task<Register?> UpdateRegisterAsync(string code, string name, bool active, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var register = await db.Registers.FirstOrDefaultAsync(r => r.Code == code, ct);
        if (register is null)
        {
            return null;
        }
        var before = new { register.Name, register.Active };
        register.Name = name;
        register.Active = active;
        register.Customized = true;
        register.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("register.updated", "register", code, before, new { register.Name, register.Active }, ct: ct);
        return register;
    }
}
