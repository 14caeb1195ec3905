using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Features.Announcements;
using PublicPortal.Web.Features.Mail;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Features.Tips;

namespace PublicPortal.Web.Data;

/// <remarks>
/// Migrations are written by hand (the EF Design package does not restore here) and must work on SQLite, PostgreSQL and
/// SQL Server alike: no column types, each provider's annotations side by side. <c>MigrationsTests</c> fails when the model
/// drifts from <see cref="Migrations.PortalDbContextModelSnapshot"/>; see Data/Migrations/README.md for how to add one.
/// </remarks>
public class PortalDbContext(DbContextOptions<PortalDbContext> options) : DbContext(options)
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
    public DbSet<TipOff> TipOffs => Set<TipOff>();
    public DbSet<TipAssignment> TipAssignments => Set<TipAssignment>();
    public DbSet<TipEvent> TipEvents => Set<TipEvent>();
    public DbSet<TipMessage> TipMessages => Set<TipMessage>();
    public DbSet<TipAttachment> TipAttachments => Set<TipAttachment>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are stored in UTC on every provider; SQLite hands them back as Unspecified, Npgsql insists on Utc.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        // Enums are stored by name: readable in the database and in exports, and safe against reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}
