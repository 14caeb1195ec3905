using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Staff;
using PublicPortal.Web.Features.Tips;
using PublicPortal.Web.Features.Tips.Handling;

namespace PublicPortal.Web.Data.Configurations;

public class IdentityRevealRequestConfiguration : IEntityTypeConfiguration<IdentityRevealRequest>
{
    public void Configure(EntityTypeBuilder<IdentityRevealRequest> builder)
    {
        builder.Property(r => r.Reason).HasMaxLength(1000);
        builder.Property(r => r.RefusalReason).HasMaxLength(1000);
        builder.HasOne<Tip>().WithMany().HasForeignKey(r => r.TipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(r => r.RequestedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(r => r.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.TipId, r.RequestedById });
        builder.HasIndex(r => new { r.Decision, r.RequestedAt });
    }
}
