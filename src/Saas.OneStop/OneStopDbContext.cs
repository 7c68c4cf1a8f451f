using Microsoft.EntityFrameworkCore;
using Saas.OneStop.Applications;
using Saas.OneStop.Calendar;
using Saas.OneStop.Catalogue;
using Saas.OneStop.Delivery;
using Saas.Platform.Data;
using Saas.Platform.Messaging;
using Saas.Platform.MultiTenancy;

namespace Saas.OneStop;

/// <summary>The one-stop module's tables. Only this module uses it; others go through its services.</summary>
public sealed class OneStopDbContext(DbContextOptions<OneStopDbContext> options, ICurrentTenant currentTenant)
    : TenantOwnedDbContext(options, currentTenant), Saas.Platform.Messaging.IOutboxContext
{
    public DbSet<Procedure> Procedures => Set<Procedure>();

    public DbSet<Application> Applications => Set<Application>();

    public DbSet<ApplicationFile> Files => Set<ApplicationFile>();

    public DbSet<Handover> Handovers => Set<Handover>();

    public DbSet<Pause> Pauses => Set<Pause>();

    public DbSet<ApplicationEvent> Events => Set<ApplicationEvent>();

    public DbSet<Rating> Ratings => Set<Rating>();

    public DbSet<CitizenNotification> Notifications => Set<CitizenNotification>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<CalendarYearRow> CalendarYears => Set<CalendarYearRow>();

    public DbSet<CalendarDayRow> CalendarDays => Set<CalendarDayRow>();

    public DbSet<LocalCalendarDay> LocalDays => Set<LocalCalendarDay>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.HasDefaultSchema("onestop");
        b.Entity<Procedure>(e =>
        {
            e.ToTable("procedures");
            e.HasKey(x => new { x.TenantId, x.Code });
            e.Property(x => x.PapersJson).HasColumnName("papers").HasColumnType("jsonb");
            e.Property(x => x.RouteJson).HasColumnName("route").HasColumnType("jsonb");
        });
        b.Entity<Application>(e =>
        {
            e.ToTable("applications");
            e.HasKey(x => new { x.TenantId, x.Id });
            // The national status code as stored (smallint 1–10), read back as the type.
            e.Property(x => x.Status).HasConversion<short>();
            e.Property(x => x.RouteJson).HasColumnName("route").HasColumnType("jsonb");
            e.HasMany(x => x.Files).WithOne().HasForeignKey(f => new { f.TenantId, f.ApplicationId });
            e.HasMany(x => x.Handovers).WithOne().HasForeignKey(f => new { f.TenantId, f.ApplicationId });
            e.HasMany(x => x.Pauses).WithOne().HasForeignKey(f => new { f.TenantId, f.ApplicationId });
            e.HasMany(x => x.Events).WithOne().HasForeignKey(f => new { f.TenantId, f.ApplicationId });
        });
        b.Entity<ApplicationFile>(e =>
        {
            e.ToTable("application_files");
            e.HasKey(x => new { x.TenantId, x.Id });
        });
        b.Entity<Handover>(e =>
        {
            e.ToTable("handovers");
            e.HasKey(x => new { x.TenantId, x.ApplicationId, x.Seq });
        });
        b.Entity<Pause>(e =>
        {
            e.ToTable("pauses");
            e.HasKey(x => new { x.TenantId, x.ApplicationId, x.Seq });
        });
        b.Entity<ApplicationEvent>(e =>
        {
            e.ToTable("application_events");
            e.HasKey(x => new { x.TenantId, x.ApplicationId, x.Id });
            e.Property(x => x.Status).HasConversion<short>();
            e.Property(x => x.Id).ValueGeneratedOnAdd();
        });
        b.Entity<Rating>(e =>
        {
            e.ToTable("ratings");
            e.HasKey(x => new { x.TenantId, x.ApplicationId });
            e.Property(x => x.ScoresJson).HasColumnName("scores").HasColumnType("jsonb");
        });
        b.Entity<CitizenNotification>(e =>
        {
            e.ToTable("notifications");
            e.HasKey(x => new { x.TenantId, x.Id });
        });
        b.Entity<OutboxMessage>(e =>
        {
            e.ToTable("outbox");
            e.HasKey(x => new { x.TenantId, x.Id });
        });
        b.Entity<CalendarYearRow>(e =>
        {
            e.ToTable("calendar_years");
            e.HasKey(x => x.Year);
            e.Property(x => x.Year).ValueGeneratedNever();
        });
        b.Entity<CalendarDayRow>(e =>
        {
            e.ToTable("calendar_days");
            e.HasKey(x => x.Date);
        });
        b.Entity<LocalCalendarDay>(e =>
        {
            e.ToTable("local_calendar_days");
            e.HasKey(x => new { x.TenantId, x.Date });
        });
        base.OnModelCreating(b);
    }
}
