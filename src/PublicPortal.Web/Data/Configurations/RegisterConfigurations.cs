using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Registers;

namespace PublicPortal.Web.Data.Configurations;

public class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> builder)
    {
        builder.Property(e => e.CreditCode).HasMaxLength(18);
        builder.Property(e => e.Name).HasMaxLength(128);
        builder.Property(e => e.Address).HasMaxLength(256);
        builder.HasIndex(e => e.CreditCode).IsUnique();
        builder.HasIndex(e => e.Name);
        builder.HasOne(e => e.Jurisdiction).WithMany().HasForeignKey(e => e.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>
/// Relations and indexes every register shares. The indexes serve the list pages' filters and default sort
/// (newest year first, then most recently published) so that paging a 100,000-row list never scans it in memory.
/// </summary>
public abstract class RegisterEntryConfiguration<T> : IEntityTypeConfiguration<T> where T : RegisterEntry
{
    public virtual void Configure(EntityTypeBuilder<T> builder)
    {
        builder.HasOne(e => e.Enterprise).WithMany().HasForeignKey(e => e.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Jurisdiction).WithMany().HasForeignKey(e => e.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.City).WithMany().HasForeignKey(e => e.CityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Industry).WithMany().HasForeignKey(e => e.IndustryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Aspect).WithMany().HasForeignKey(e => e.AspectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Department).WithMany().HasForeignKey(e => e.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        // Public lists always ask for State = Published, then one place/industry/aspect, in year and publication order.
        // State leads each index so the whole WHERE and the ORDER BY come from one index: with State elsewhere, SQLite
        // 3.50 picked the (State, ScheduledFor) index and sorted every published row for each page (measured at 1M rows:
        // 330 ms for page 1; tests/benchmarks/open-data.sh).
        builder.HasIndex(e => new { e.State, e.Year, e.PublishedAt });
        builder.HasIndex(e => new { e.State, e.CityId, e.Year, e.PublishedAt });
        builder.HasIndex(e => new { e.State, e.JurisdictionId, e.Year, e.PublishedAt });
        builder.HasIndex(e => new { e.State, e.IndustryId, e.Year, e.PublishedAt });
        builder.HasIndex(e => new { e.State, e.AspectId, e.Year, e.PublishedAt });
        // Feeds take the newest 50 by UpdatedAt (published and withdrawn), and downloads' ETags the newest UpdatedAt.
        builder.HasIndex(e => e.UpdatedAt);
        builder.HasIndex(e => new { e.DepartmentId, e.State });
        builder.HasIndex(e => new { e.State, e.ScheduledFor });
        builder.Property(e => e.WithdrawalReason).HasMaxLength(1000);
        // The public sees published entries (and withdrawn ones on their own pages); the back office opts out.
        builder.HasQueryFilter(e => e.State == PublicationState.Published || e.State == PublicationState.Withdrawn);
    }
}

public class PhaseOutEntryConfiguration : RegisterEntryConfiguration<PhaseOutEntry>
{
    public override void Configure(EntityTypeBuilder<PhaseOutEntry> builder)
    {
        base.Configure(builder);
        builder.Property(e => e.Equipment).HasMaxLength(256);
        builder.Property(e => e.CapacityUnit).HasMaxLength(32);
        builder.Property(e => e.Remarks).HasMaxLength(1000);
        builder.HasIndex(e => new { e.Status, e.Year });
    }
}

public class SealingNoticeConfiguration : RegisterEntryConfiguration<SealingNotice>
{
    public override void Configure(EntityTypeBuilder<SealingNotice> builder)
    {
        base.Configure(builder);
        builder.Property(e => e.NoticeNumber).HasMaxLength(64);
        builder.Property(e => e.SealedEquipment).HasMaxLength(512);
        builder.Property(e => e.PledgeText).HasMaxLength(4000);
        builder.Property(e => e.PledgeSignatory).HasMaxLength(128);
        builder.Property(e => e.Measures).HasConversion<int>();
        builder.HasIndex(e => new { e.Status, e.DismantleDeadline });
        builder.HasMany(e => e.Reinspections).WithOne().HasForeignKey(r => r.SealingNoticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.PledgeScan).WithMany().HasForeignKey(e => e.PledgeScanId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class ReinspectionConfiguration : IEntityTypeConfiguration<Reinspection>
{
    public void Configure(EntityTypeBuilder<Reinspection> builder)
    {
        builder.Property(r => r.Inspector).HasMaxLength(128);
        builder.Property(r => r.Notes).HasMaxLength(2000);
    }
}

public class CardListingConfiguration : RegisterEntryConfiguration<CardListing>
{
    public override void Configure(EntityTypeBuilder<CardListing> builder)
    {
        base.Configure(builder);
        builder.Property(e => e.Reason).HasMaxLength(1000);
        builder.Property(e => e.DecisionNumber).HasMaxLength(64);
        builder.Ignore(e => e.EffectiveDeadline);
        builder.HasIndex(e => new { e.Card, e.Status, e.Year });
        builder.HasOne(e => e.PreviousCard).WithMany().HasForeignKey(e => e.PreviousCardId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class EmissionViolationConfiguration : RegisterEntryConfiguration<EmissionViolation>
{
    public override void Configure(EntityTypeBuilder<EmissionViolation> builder)
    {
        base.Configure(builder);
        builder.Property(e => e.Pollutant).HasMaxLength(64);
        builder.Property(e => e.Violation).HasMaxLength(1000);
        builder.Property(e => e.Standard).HasMaxLength(128);
        builder.Property(e => e.PenaltyDecisionNumber).HasMaxLength(64);
        builder.Property(e => e.Penalty).HasMaxLength(1000);
        builder.HasIndex(e => new { e.Status, e.Year });
    }
}

public class QualityFailureConfiguration : RegisterEntryConfiguration<QualityFailure>
{
    public override void Configure(EntityTypeBuilder<QualityFailure> builder)
    {
        base.Configure(builder);
        builder.Property(e => e.ProductName).HasMaxLength(128);
        builder.Property(e => e.Specification).HasMaxLength(128);
        builder.Property(e => e.Batch).HasMaxLength(64);
        builder.Property(e => e.FailedItems).HasMaxLength(1000);
        builder.Property(e => e.Standard).HasMaxLength(128);
        builder.Property(e => e.InspectionAgency).HasMaxLength(128);
        builder.Property(e => e.Handling).HasMaxLength(1000);
        builder.HasIndex(e => new { e.Status, e.Year });
    }
}

public class IndustryRequirementConfiguration : IEntityTypeConfiguration<IndustryRequirement>
{
    public void Configure(EntityTypeBuilder<IndustryRequirement> builder)
    {
        builder.Property(r => r.DocumentSlug).HasMaxLength(64);
        builder.Property(r => r.TableTitle).HasMaxLength(128);
        builder.Property(r => r.Text).HasMaxLength(4000);
        builder.Property(r => r.Standards).HasMaxLength(512);
        // Names spelled out: EF's defaults here exceed PostgreSQL's 63-character identifier limit.
        builder.HasIndex(r => new { r.DocumentSlug, r.TableNumber, r.RowNumber, r.ItemNumber }).IsUnique()
            .HasDatabaseName("IX_IndustryRequirements_Position");
        builder.HasOne(r => r.Jurisdiction).WithMany().HasForeignKey(r => r.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Aspect).WithMany().HasForeignKey(r => r.AspectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Industries).WithMany().UsingEntity<Dictionary<string, object>>("RequirementIndustries",
            industry => industry.HasOne<Industry>().WithMany().HasForeignKey("IndustryId")
                .HasConstraintName("FK_RequirementIndustries_Industry"),
            requirement => requirement.HasOne<IndustryRequirement>().WithMany().HasForeignKey("RequirementId")
                .HasConstraintName("FK_RequirementIndustries_Requirement"));
    }
}
