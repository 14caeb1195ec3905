using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PublicPortal.Web.Features.Announcements;

namespace PublicPortal.Web.Data.Configurations;

public class AnnouncementConfiguration : IEntityTypeConfiguration<Announcement>
{
    public void Configure(EntityTypeBuilder<Announcement> b)
    {
        b.Property(a => a.Title).HasMaxLength(200);
        b.Property(a => a.Summary).HasMaxLength(500);
        b.Property(a => a.BodyMarkdown).HasMaxLength(100_000);
        b.HasIndex(a => new { a.State, a.PublishedAt });
        b.HasIndex(a => a.UpdatedAt);
        b.HasIndex(a => new { a.JurisdictionId, a.PublishedAt });
        b.HasOne(a => a.Jurisdiction).WithMany().HasForeignKey(a => a.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.Department).WithMany().HasForeignKey(a => a.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.Property(a => a.WithdrawalReason).HasMaxLength(1000);
        b.HasIndex(a => new { a.DepartmentId, a.State });
        b.HasIndex(a => new { a.State, a.ScheduledFor });
        b.HasQueryFilter(a =>
            a.State == Features.Registers.PublicationState.Published || a.State == Features.Registers.PublicationState.Withdrawn);
    }
}
