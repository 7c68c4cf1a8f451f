using Microsoft.EntityFrameworkCore;
using Saas.Documents.Attachments;
using Saas.Documents.Configuration;
using Saas.Documents.Delivery;
using Saas.Documents.History;
using Saas.Documents.Incoming;
using Saas.Documents.Outgoing;
using Saas.Platform.Data;
using Saas.Platform.Messaging;
using Saas.Platform.MultiTenancy;

namespace Saas.Documents;

/// <summary>The documents module's tables. Only this module uses it; others go through its services.</summary>
public sealed class DocumentsDbContext(DbContextOptions<DocumentsDbContext> options, ICurrentTenant currentTenant)
    : TenantOwnedDbContext(options, currentTenant), Saas.Platform.Messaging.IOutboxContext
{
    public DbSet<IncomingDocument> Incoming => Set<IncomingDocument>();

    public DbSet<IncomingAssignment> Assignments => Set<IncomingAssignment>();

    public DbSet<OutgoingDocument> Outgoing => Set<OutgoingDocument>();

    public DbSet<OutgoingApproval> Approvals => Set<OutgoingApproval>();

    public DbSet<OutgoingRecipient> Recipients => Set<OutgoingRecipient>();

    public DbSet<ApprovalRoute> Routes => Set<ApprovalRoute>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<DocumentEvent> Events => Set<DocumentEvent>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<Register> Registers => Set<Register>();

    public DbSet<DocumentType> DocumentTypes => Set<DocumentType>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.HasDefaultSchema("documents");
        b.Entity<IncomingDocument>(e =>
        {
            e.ToTable("incoming_documents");
            e.HasKey(x => new { x.TenantId, x.Id });
            // The same codes as before the status was a type: no migration, and raw SQL (statistics) keeps reading them.
            e.Property(x => x.Status).HasConversion(s => s.Code(), c => IncomingStatusCodes.Parse(c));
            e.Property(x => x.SearchVector).ValueGeneratedOnAddOrUpdate().Metadata.SetAfterSaveBehavior(Microsoft.EntityFrameworkCore.Metadata.PropertySaveBehavior.Ignore);
            e.HasMany(x => x.Assignments).WithOne().HasForeignKey(a => new { a.TenantId, a.DocumentId });
        });
        b.Entity<IncomingAssignment>(e =>
        {
            e.ToTable("incoming_assignments");
            e.HasKey(x => new { x.TenantId, x.Id });
        });
        b.Entity<OutgoingDocument>(e =>
        {
            e.ToTable("outgoing_documents");
            e.HasKey(x => new { x.TenantId, x.Id });
            e.Property(x => x.Status).HasConversion(s => s.Code(), c => OutgoingStatusCodes.Parse(c));
            e.Property(x => x.SearchVector).ValueGeneratedOnAddOrUpdate().Metadata.SetAfterSaveBehavior(Microsoft.EntityFrameworkCore.Metadata.PropertySaveBehavior.Ignore);
            e.HasMany(x => x.Recipients).WithOne().HasForeignKey(r => new { r.TenantId, r.DocumentId });
            e.HasMany(x => x.Approvals).WithOne().HasForeignKey(a => new { a.TenantId, a.DocumentId });
        });
        b.Entity<OutgoingApproval>(e =>
        {
            e.ToTable("outgoing_approvals");
            e.HasKey(x => new { x.TenantId, x.DocumentId, x.Seq });
        });
        b.Entity<OutgoingRecipient>(e =>
        {
            e.ToTable("outgoing_recipients");
            e.HasKey(x => new { x.TenantId, x.Id });
        });
        b.Entity<ApprovalRoute>(e =>
        {
            e.ToTable("approval_routes");
            e.HasKey(x => new { x.TenantId, x.DocumentTypeCode });
        });
        b.Entity<Attachment>(e =>
        {
            e.ToTable("attachments");
            e.HasKey(x => new { x.TenantId, x.Id });
            e.Property(x => x.SignatureReport).HasColumnType("jsonb");
            e.Ignore(x => x.VerifiedSigned);
        });
        b.Entity<DocumentEvent>(e =>
        {
            e.ToTable("document_events");
            e.HasKey(x => new { x.TenantId, x.DocumentId, x.Id });
            e.Property(x => x.Id).ValueGeneratedOnAdd();
        });
        b.Entity<OutboxMessage>(e =>
        {
            e.ToTable("outbox");
            e.HasKey(x => new { x.TenantId, x.Id });
        });
        b.Entity<Register>(e =>
        {
            e.ToTable("registers");
            e.HasKey(x => new { x.TenantId, x.Code });
        });
        b.Entity<DocumentType>(e =>
        {
            e.ToTable("document_types");
            e.HasKey(x => new { x.TenantId, x.Code });
        });
        base.OnModelCreating(b);
    }
}
