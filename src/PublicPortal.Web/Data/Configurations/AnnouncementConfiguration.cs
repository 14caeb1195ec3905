using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PublicPortal.Web.Features.Announcements;

namespace PublicPortal.Web.Data.Configurations;

public class AnnouncementConfiguration : IEntityTypeConfiguration<Announcement>
{
    public void Configure(EntityTypeBuilder<Announcement> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(200);
        builder.Property(a => a.Summary).HasMaxLength(500);
        builder.Property(a => a.BodyMarkdown).HasMaxLength(100_000);
        builder.HasIndex(a => new { a.State, a.PublishedAt });
        builder.HasIndex(a => a.UpdatedAt);
        builder.HasIndex(a => new { a.JurisdictionId, a.PublishedAt });
        builder.HasOne(a => a.Jurisdiction).WithMany().HasForeignKey(a => a.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Department).WithMany().HasForeignKey(a => a.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.WithdrawalReason).HasMaxLength(1000);
        builder.HasIndex(a => new { a.DepartmentId, a.State });
        builder.HasIndex(a => new { a.State, a.ScheduledFor });
        builder.HasQueryFilter(a =>
            a.State == Features.Registers.PublicationState.Published || a.State == Features.Registers.PublicationState.Withdrawn);
    }
}
