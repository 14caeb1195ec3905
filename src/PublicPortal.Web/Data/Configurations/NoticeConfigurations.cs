using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PublicPortal.Web.Features.Notices;
using PublicPortal.Web.Features.Reference;

namespace PublicPortal.Web.Data.Configurations;

public class DepartmentMailingConfiguration : IEntityTypeConfiguration<DepartmentMailing>
{
    public void Configure(EntityTypeBuilder<DepartmentMailing> builder)
    {
        builder.HasOne<Department>().WithMany().HasForeignKey(m => m.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.DepartmentId, m.Kind, m.QueuedAt });
    }
}

public class DigestDayConfiguration : IEntityTypeConfiguration<DigestDay>
{
    public void Configure(EntityTypeBuilder<DigestDay> builder)
    {
        builder.HasKey(d => new { d.DepartmentId, d.Day });
        builder.HasOne<Department>().WithMany().HasForeignKey(d => d.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
