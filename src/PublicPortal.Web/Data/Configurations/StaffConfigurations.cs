using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Staff;
using PublicPortal.Web.Features.Tips;

namespace PublicPortal.Web.Data.Configurations;

public class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(64);
        builder.HasOne(u => u.Department).WithMany().HasForeignKey(u => u.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        // SQL Server would filter this unique index (IS NOT NULL) by convention while SQLite and PostgreSQL do not, and
        // one migration serves all three: say "no filter" explicitly. Every account has a user name.
        builder.HasIndex(u => u.NormalizedUserName).HasDatabaseName("UserNameIndex").IsUnique().HasFilter(null);
    }
}

public class StaffRoleConfiguration : IEntityTypeConfiguration<Microsoft.AspNetCore.Identity.IdentityRole<int>>
{
    public void Configure(EntityTypeBuilder<Microsoft.AspNetCore.Identity.IdentityRole<int>> builder) =>
        builder.HasIndex(r => r.NormalizedName).HasDatabaseName("RoleNameIndex").IsUnique().HasFilter(null); // see StaffUserConfiguration
}

public class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.Action).HasMaxLength(64);
        builder.Property(a => a.Subject).HasMaxLength(64);
        builder.Property(a => a.Detail).HasMaxLength(2000);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.Action, a.At });
        builder.HasIndex(a => new { a.UserId, a.At });
        builder.HasIndex(a => new { a.TipId, a.At });
    }
}

public class TipNoteConfiguration : IEntityTypeConfiguration<TipNote>
{
    public void Configure(EntityTypeBuilder<TipNote> builder) => builder.HasIndex(n => new { n.TipId, n.At });
}

public class ExtensionRequestConfiguration : IEntityTypeConfiguration<ExtensionRequest>
{
    public void Configure(EntityTypeBuilder<ExtensionRequest> builder)
    {
        builder.Property(e => e.Reason).HasMaxLength(1000);
        builder.Property(e => e.DecisionNote).HasMaxLength(1000);
        builder.HasIndex(e => new { e.TipId, e.State });
        builder.HasOne(e => e.Department).WithMany().HasForeignKey(e => e.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class PublicationDraftConfiguration : IEntityTypeConfiguration<PublicationDraft>
{
    public void Configure(EntityTypeBuilder<PublicationDraft> builder)
    {
        builder.Property(d => d.EnterpriseName).HasMaxLength(128);
        builder.Property(d => d.CreditCode).HasMaxLength(18);
        builder.Property(d => d.Notes).HasMaxLength(2000);
        builder.HasIndex(d => new { d.DepartmentId, d.IsCompleted });
    }
}
