using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Features.Announcements;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Mail;
using PublicPortal.Web.Features.Publishing;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Features.Staff;
using PublicPortal.Web.Features.Tips;

namespace PublicPortal.Web.Data;

/// <remarks>
/// Migrations live in Data/Migrations and must work on SQLite, PostgreSQL and SQL Server alike: no column types, each
/// provider's annotations side by side. Add one with <c>src/PublicPortal.Web/Data/Migrations/add-migration.sh &lt;Name&gt;</c>
/// (runs <c>dotnet ef migrations add &lt;Name&gt; --output-dir Data/Migrations</c>, then neutralize.py). <c>MigrationsTests</c>
/// fails when the model drifts from <see cref="Migrations.PortalDbContextModelSnapshot"/>; see README, "Database migrations".
/// </remarks>
public class PortalDbContext(DbContextOptions<PortalDbContext> options)
    : IdentityDbContext<StaffUser, IdentityRole<int>, int>(options)
{
    public DbSet<Jurisdiction> Jurisdictions => Set<Jurisdiction>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Aspect> Aspects => Set<Aspect>();
    public DbSet<Industry> Industries => Set<Industry>();
    public DbSet<Responsibility> Responsibilities => Set<Responsibility>();
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();
    public DbSet<Enterprise> Enterprises => Set<Enterprise>();
    public DbSet<PhaseOutEntry> PhaseOutEntries => Set<PhaseOutEntry>();
    public DbSet<SealingNotice> SealingNotices => Set<SealingNotice>();
    public DbSet<Reinspection> Reinspections => Set<Reinspection>();
    public DbSet<CardListing> CardListings => Set<CardListing>();
    public DbSet<EmissionViolation> EmissionViolations => Set<EmissionViolation>();
    public DbSet<QualityFailure> QualityFailures => Set<QualityFailure>();
    public DbSet<IndustryRequirement> IndustryRequirements => Set<IndustryRequirement>();
    public DbSet<Announcement> Announcements => Set<Announcement>();
    public DbSet<Tip> Tips => Set<Tip>();
    public DbSet<TipAssignment> TipAssignments => Set<TipAssignment>();
    public DbSet<TipEvent> TipEvents => Set<TipEvent>();
    public DbSet<TipMessage> TipMessages => Set<TipMessage>();
    public DbSet<TipAttachment> TipAttachments => Set<TipAttachment>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<TipNote> TipNotes => Set<TipNote>();
    public DbSet<ExtensionRequest> ExtensionRequests => Set<ExtensionRequest>();
    public DbSet<PublicationDraft> PublicationDrafts => Set<PublicationDraft>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<RegisterChange> RegisterChanges => Set<RegisterChange>();
    public DbSet<PublishedFile> PublishedFiles => Set<PublishedFile>();
    public DbSet<ImportMapping> ImportMappings => Set<ImportMapping>();
    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();
    public DbSet<ImportRowError> ImportRowErrors => Set<ImportRowError>();
    public DbSet<AnnualList> AnnualLists => Set<AnnualList>();
    public DbSet<AnnualListRow> AnnualListRows => Set<AnnualListRow>();
    public DbSet<Features.Open311.ApiClient> ApiClients => Set<Features.Open311.ApiClient>();
    public DbSet<Features.Notices.DepartmentMailing> DepartmentMailings => Set<Features.Notices.DepartmentMailing>();
    public DbSet<Features.Notices.DigestDay> DigestDays => Set<Features.Notices.DigestDay>();
    public DbSet<Features.Tips.Handling.IdentityRevealRequest> IdentityRevealRequests =>
        Set<Features.Tips.Handling.IdentityRevealRequest>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder); // Identity's tables
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }

    /// <summary>The audit log is append-only: any attempt to change or remove a line fails the whole save.</summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAuditChanges();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAuditChanges();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private void RefuseAuditChanges()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("审计日志只能追加，不能修改或删除。");
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are stored in UTC on every provider; SQLite hands them back as Unspecified, Npgsql insists on Utc.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        // Enums are stored by name: readable in the database and in exports, and safe against reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}
