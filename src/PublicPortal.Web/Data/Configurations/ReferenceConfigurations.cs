using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PublicPortal.Web.Features.Reference;

namespace PublicPortal.Web.Data.Configurations;

public class JurisdictionConfiguration : IEntityTypeConfiguration<Jurisdiction>
{
    public void Configure(EntityTypeBuilder<Jurisdiction> builder)
    {
        builder.Property(j => j.Code).HasMaxLength(16);
        builder.Property(j => j.Name).HasMaxLength(64);
        builder.HasIndex(j => j.Code).IsUnique();
        builder.HasOne(j => j.Parent).WithMany().HasForeignKey(j => j.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.Property(d => d.Code).HasMaxLength(48);
        builder.Property(d => d.Name).HasMaxLength(128);
        builder.Property(d => d.Email).HasMaxLength(256);
        builder.Property(d => d.Phone).HasMaxLength(64);
        builder.HasIndex(d => d.Code).IsUnique();
        builder.HasOne(d => d.Jurisdiction).WithMany().HasForeignKey(d => d.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class AspectConfiguration : IEntityTypeConfiguration<Aspect>
{
    public void Configure(EntityTypeBuilder<Aspect> builder)
    {
        builder.Property(a => a.Code).HasMaxLength(32);
        builder.Property(a => a.Name).HasMaxLength(32);
        builder.HasIndex(a => a.Code).IsUnique();
    }
}

public class IndustryConfiguration : IEntityTypeConfiguration<Industry>
{
    public void Configure(EntityTypeBuilder<Industry> builder)
    {
        builder.Property(i => i.Code).HasMaxLength(32);
        builder.Property(i => i.Name).HasMaxLength(32);
        builder.HasIndex(i => i.Code).IsUnique();
    }
}

public class ResponsibilityConfiguration : IEntityTypeConfiguration<Responsibility>
{
    public void Configure(EntityTypeBuilder<Responsibility> builder)
    {
        builder.Property(r => r.Subject).HasMaxLength(32);
        builder.HasIndex(r => new { r.JurisdictionId, r.Subject, r.DepartmentId }).IsUnique();
        builder.HasOne(r => r.Jurisdiction).WithMany().HasForeignKey(r => r.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Department).WithMany().HasForeignKey(r => r.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> builder)
    {
        builder.HasKey(d => d.Date);
        builder.Property(d => d.Name).HasMaxLength(32);
    }
}
