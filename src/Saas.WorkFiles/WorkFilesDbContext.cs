using Microsoft.EntityFrameworkCore;
using Saas.Platform.Data;
using Saas.Platform.MultiTenancy;
using Saas.WorkFiles.FilePlans;
using Saas.WorkFiles.Files;
using Saas.WorkFiles.Notifications;
using Saas.WorkFiles.Tasks;

namespace Saas.WorkFiles;

public sealed class WorkFilesDbContext(DbContextOptions<WorkFilesDbContext> options, ICurrentTenant currentTenant)
    : TenantOwnedDbContext(options, currentTenant)
{
    public DbSet<FilePlan> Plans => Set<FilePlan>();

    public DbSet<FilePlanItem> PlanItems => Set<FilePlanItem>();

    public DbSet<WorkFile> Files => Set<WorkFile>();

    public DbSet<WorkFileDocument> FileDocuments => Set<WorkFileDocument>();

    public DbSet<WorkTask> Tasks => Set<WorkTask>();

    public DbSet<TaskAssignee> TaskAssignees => Set<TaskAssignee>();

    public DbSet<TaskLink> TaskLinks => Set<TaskLink>();

    public DbSet<TaskEvent> TaskEvents => Set<TaskEvent>();

    public DbSet<Notification> Notifications => Set<Notification>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.HasDefaultSchema("workfiles");
        b.Entity<FilePlan>(e =>
        {
            e.ToTable("file_plans");
            e.HasKey(x => new { x.TenantId, x.Year });
            e.Property(x => x.Status).HasConversion(v => v.Code(), v => FilePlanStatuses.FromCode(v));
            e.HasMany(x => x.Items).WithOne().HasForeignKey(i => new { i.TenantId, i.Year });
        });
        b.Entity<FilePlanItem>(e =>
        {
            e.ToTable("file_plan_items");
            e.HasKey(x => new { x.TenantId, x.Id });
        });
        b.Entity<WorkFile>(e =>
        {
            e.ToTable("work_files");
            e.HasKey(x => new { x.TenantId, x.Id });
            // The same strings as before the status became a type: no schema change.
            e.Property(x => x.Status).HasConversion(v => v.Code(), v => WorkFileStatuses.FromCode(v));
            e.HasMany(x => x.Documents).WithOne().HasForeignKey(d => new { d.TenantId, d.FileId });
        });
        b.Entity<WorkFileDocument>(e =>
        {
            e.ToTable("work_file_documents");
            e.HasKey(x => new { x.TenantId, x.FileId, x.DocumentKind, x.DocumentId });
            e.Ignore(x => x.Withheld);
        });
        b.Entity<WorkTask>(e =>
        {
            e.ToTable("tasks");
            e.HasKey(x => new { x.TenantId, x.Id });
            e.Property(x => x.Status).HasConversion(v => v.Code(), v => TaskStatuses.FromCode(v));
            e.HasMany(x => x.Assignees).WithOne().HasForeignKey(a => new { a.TenantId, a.TaskId });
            e.HasMany(x => x.Links).WithOne().HasForeignKey(a => new { a.TenantId, a.TaskId });
        });
        b.Entity<TaskAssignee>(e =>
        {
            e.ToTable("task_assignees");
            e.HasKey(x => new { x.TenantId, x.TaskId, x.AssigneeId });
        });
        b.Entity<TaskLink>(e =>
        {
            e.ToTable("task_links");
            e.HasKey(x => new { x.TenantId, x.TaskId, x.Kind, x.TargetId });
            e.Ignore(x => x.Withheld);
        });
        b.Entity<TaskEvent>(e =>
        {
            e.ToTable("task_events");
            e.HasKey(x => new { x.TenantId, x.TaskId, x.Id });
            e.Property(x => x.Id).ValueGeneratedOnAdd();
        });
        b.Entity<Notification>(e =>
        {
            e.ToTable("notifications");
            e.HasKey(x => new { x.TenantId, x.Id });
        });
        base.OnModelCreating(b);
    }
}
