using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Staff;
using PublicPortal.Web.Features.Tips;

namespace PublicPortal.Web.Data.Configurations;

public class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(64);
        b.HasOne(u => u.Department).WithMany().HasForeignKey(u => u.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        // SQL Server would filter this unique index (IS NOT NULL) by convention while SQLite and PostgreSQL do not, and
        // one migration serves all three: say "no filter" explicitly. Every account has a user name.
        b.HasIndex(u => u.NormalizedUserName).HasDatabaseName("UserNameIndex").IsUnique().HasFilter(null);
    }
}

public class StaffRoleConfiguration : IEntityTypeConfiguration<Microsoft.AspNetCore.Identity.IdentityRole<int>>
{
    public void Configure(EntityTypeBuilder<Microsoft.AspNetCore.Identity.IdentityRole<int>> b) =>
        b.HasIndex(r => r.NormalizedName).HasDatabaseName("RoleNameIndex").IsUnique().HasFilter(null); // see StaffUserConfiguration
}

public class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(a => a.UserName).HasMaxLength(256);
        b.Property(a => a.Action).HasMaxLength(64);
        b.Property(a => a.Subject).HasMaxLength(64);
        b.Property(a => a.Detail).HasMaxLength(2000);
        b.HasIndex(a => a.At);
        b.HasIndex(a => new { a.Action, a.At });
        b.HasIndex(a => new { a.UserId, a.At });
        b.HasIndex(a => new { a.TipId, a.At });
    }
}

public class TipNoteConfiguration : IEntityTypeConfiguration<TipNote>
{
    public void Configure(EntityTypeBuilder<TipNote> b) => b.HasIndex(n => new { n.TipId, n.At });
}

public class ExtensionRequestConfiguration : IEntityTypeConfiguration<ExtensionRequest>
{
    public void Configure(EntityTypeBuilder<ExtensionRequest> b)
    {
        b.Property(e => e.Reason).HasMaxLength(1000);
        b.Property(e => e.DecisionNote).HasMaxLength(1000);
        b.HasIndex(e => new { e.TipId, e.State });
        b.HasOne(e => e.Department).WithMany().HasForeignKey(e => e.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class PublicationDraftConfiguration : IEntityTypeConfiguration<PublicationDraft>
{
    public void Configure(EntityTypeBuilder<PublicationDraft> b)
    {
        b.Property(d => d.EnterpriseName).HasMaxLength(128);
        b.Property(d => d.CreditCode).HasMaxLength(18);
        b.Property(d => d.Notes).HasMaxLength(2000);
        b.HasIndex(d => new { d.DepartmentId, d.IsCompleted });
    }
}
