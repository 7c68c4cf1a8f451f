using Microsoft.EntityFrameworkCore;
using Saas.Documents.Incoming;
using Saas.Documents.Outgoing;
using Saas.Platform.Data;

namespace Saas.Documents.Search;

/// <summary>Rows of the register books (Nghị định 30/2020, Phụ lục IV) for a register and a year.</summary>
public sealed class RegisterBook(TenantDbContextFactory<DocumentsDbContext> contexts, IDocumentUser user)
{
    /// <summary>Sổ đăng ký văn bản đến: Ngày đến · Số đến · Tác giả · Số, ký hiệu · Ngày tháng · Tên loại và trích yếu · Đơn vị/người nhận · Ngày chuyển · Ký nhận · Ghi chú.</summary>
    public sealed record IncomingRow(DateTimeOffset ArrivedAt, int Number, string Issuer, string NumberNotation, DateOnly IssuedDate,
        string TypeAndSubject, string? Receivers, DateTimeOffset? HandedOverAt, string? Note, DateOnly? Deadline, string Status, string? Result);

    /// <summary>Sổ đăng ký văn bản đi: Số, ký hiệu · Ngày tháng · Tên loại và trích yếu · Người ký · Nơi nhận · Đơn vị/người nhận bản lưu · Số lượng bản · Ngày chuyển · Ký nhận · Ghi chú.</summary>
    public sealed record OutgoingRow(string NumberNotation, DateTimeOffset IssuedAt, string TypeAndSubject, string? Signer, string Recipients,
        string? Archive, int Copies, string? Note);

    public async Task<IReadOnlyList<IncomingRow>?> IncomingAsync(string registerCode, int year, CancellationToken ct)
    {
        if (!user.HasRole(DocumentRoles.Clerk, DocumentRoles.Leader, DocumentRoles.Head))
        {
            return null;
        }
        await using var db = await contexts.CreateAsync(ct);
        var register = await db.Registers.AsNoTracking().FirstOrDefaultAsync(r => r.Code == registerCode && r.Direction == "incoming", ct);
        if (register is null || (register.Secret && !user.HasRole(DocumentRoles.Clerk, DocumentRoles.Leader)))
        {
            return null;
        }
        var types = await db.DocumentTypes.AsNoTracking().ToDictionaryAsync(t => t.Code, t => t.Name, ct);
        var docs = await db.Incoming.AsNoTracking().Include(d => d.Assignments).Where(DocumentAccess.IncomingRule(user))
            .Where(d => d.RegisterCode == registerCode && d.ArrivalYear == year).OrderBy(d => d.ArrivalNumber).ToListAsync(ct);
        return docs.Select(d => new IncomingRow(d.RegisteredAt ?? d.ReceivedAt, d.ArrivalNumber!.Value, d.IssuerName, d.NumberNotation, d.IssuedDate,
            $"{types.GetValueOrDefault(d.DocumentTypeCode, d.DocumentTypeCode)}: {d.Subject}",
            string.Join("; ", d.Assignments.Where(a => a.ForwardedFrom == null).Select(a => a.AssigneeName)),
            d.Assignments.Count == 0 ? null : d.Assignments.Min(a => a.AssignedAt),
            d.Status == IncomingStatus.Recalled ? "Đã thu hồi" : null,
            d.ProcessingDeadline, d.Status.Code(), d.ResultNote)).ToList();
    }

    public async Task<IReadOnlyList<OutgoingRow>?> OutgoingAsync(string registerCode, int year, CancellationToken ct)
    {
        if (!user.HasRole(DocumentRoles.Clerk, DocumentRoles.Leader, DocumentRoles.Head))
        {
            return null;
        }
        await using var db = await contexts.CreateAsync(ct);
        var register = await db.Registers.AsNoTracking().FirstOrDefaultAsync(r => r.Code == registerCode && r.Direction == "outgoing", ct);
        if (register is null || (register.Secret && !user.HasRole(DocumentRoles.Clerk, DocumentRoles.Leader)))
        {
            return null;
        }
        var types = await db.DocumentTypes.AsNoTracking().ToDictionaryAsync(t => t.Code, t => t.Name, ct);
        var docs = await db.Outgoing.AsNoTracking().Include(d => d.Recipients).Where(DocumentAccess.OutgoingRule(user))
            .Where(d => d.RegisterCode == registerCode && d.IssueYear == year).OrderBy(d => d.IssueNumber).ToListAsync(ct);
        return docs.Select(d => new OutgoingRow(d.NumberNotation!, d.IssuedAt!.Value,
            $"{types.GetValueOrDefault(d.DocumentTypeCode, d.DocumentTypeCode)}: {d.Subject}",
            $"{d.SigningAuthority} {d.SignerPosition} {d.SignerName}".Trim(), string.Join("; ", d.Recipients.Select(r => r.Name)),
            d.DraftingUnit, d.Recipients.Count + 1,
            d.Status == OutgoingStatus.Recalled ? $"Đã thu hồi: {d.RecallReason}" : d.ReplacedById is not null ? "Đã được thay thế" : null)).ToList();
    }
}
