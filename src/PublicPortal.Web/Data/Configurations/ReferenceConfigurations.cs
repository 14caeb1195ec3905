using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PublicPortal.Web.Features.Reference;

namespace PublicPortal.Web.Data.Configurations;

public class JurisdictionConfiguration : IEntityTypeConfiguration<Jurisdiction>
{
    public void Configure(EntityTypeBuilder<Jurisdiction> b)
    {
        b.Property(j => j.Code).HasMaxLength(16);
        b.Property(j => j.Name).HasMaxLength(64);
        b.HasIndex(j => j.Code).IsUnique();
        b.HasOne(j => j.Parent).WithMany().HasForeignKey(j => j.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> b)
    {
        b.Property(d => d.Code).HasMaxLength(48);
        b.Property(d => d.Name).HasMaxLength(128);
        b.Property(d => d.Email).HasMaxLength(256);
        b.Property(d => d.Phone).HasMaxLength(64);
        b.HasIndex(d => d.Code).IsUnique();
        b.HasOne(d => d.Jurisdiction).WithMany().HasForeignKey(d => d.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class AspectConfiguration : IEntityTypeConfiguration<Aspect>
{
    public void Configure(EntityTypeBuilder<Aspect> b)
    {
        b.Property(a => a.Code).HasMaxLength(32);
        b.Property(a => a.Name).HasMaxLength(32);
        b.HasIndex(a => a.Code).IsUnique();
    }
}

public class IndustryConfiguration : IEntityTypeConfiguration<Industry>
{
    public void Configure(EntityTypeBuilder<Industry> b)
    {
        b.Property(i => i.Code).HasMaxLength(32);
        b.Property(i => i.Name).HasMaxLength(32);
        b.HasIndex(i => i.Code).IsUnique();
    }
}

public class ResponsibilityConfiguration : IEntityTypeConfiguration<Responsibility>
{
    public void Configure(EntityTypeBuilder<Responsibility> b)
    {
        b.Property(r => r.Subject).HasMaxLength(32);
        b.HasIndex(r => new { r.JurisdictionId, r.Subject, r.DepartmentId }).IsUnique();
        b.HasOne(r => r.Jurisdiction).WithMany().HasForeignKey(r => r.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.Department).WithMany().HasForeignKey(r => r.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> b)
    {
        b.HasKey(d => d.Date);
        b.Property(d => d.Name).HasMaxLength(32);
    }
}
