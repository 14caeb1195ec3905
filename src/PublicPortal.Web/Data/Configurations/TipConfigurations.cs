using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PublicPortal.Web.Features.Mail;
using PublicPortal.Web.Features.Tips;

namespace PublicPortal.Web.Data.Configurations;

public class TipConfiguration : IEntityTypeConfiguration<Tip>
{
    public void Configure(EntityTypeBuilder<Tip> b)
    {
        b.Property(t => t.TrackingNumber).HasMaxLength(24);
        b.Property(t => t.QueryCodeHash).HasMaxLength(128);
        b.Property(t => t.SubmissionKey).HasMaxLength(64);
        b.Property(t => t.EnterpriseName).HasMaxLength(128);
        b.Property(t => t.CreditCode).HasMaxLength(18);
        b.Property(t => t.Address).HasMaxLength(256);
        b.Property(t => t.SourceKey).HasMaxLength(32);
        b.Property(t => t.PublicReply).HasMaxLength(4000);
        b.HasIndex(t => t.TrackingNumber).IsUnique();
        b.HasIndex(t => t.SubmissionKey).IsUnique();
        b.HasIndex(t => new { t.Status, t.SubmittedAt });
        b.HasIndex(t => new { t.CreditCode, t.Category });
        b.HasIndex(t => new { t.EnterpriseName, t.Category });
        b.Property(t => t.ProposedReply).HasMaxLength(4000);
        b.Property(t => t.MediaUrl).HasMaxLength(2048);
        b.HasOne<Features.Open311.ApiClient>().WithMany().HasForeignKey(t => t.ApiClientId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(t => t.Jurisdiction).WithMany().HasForeignKey(t => t.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(t => t.Assignments).WithOne().HasForeignKey(a => a.TipId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(t => t.Events).WithOne().HasForeignKey(e => e.TipId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(t => t.Messages).WithOne().HasForeignKey(m => m.TipId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(t => t.Attachments).WithOne().HasForeignKey(a => a.TipId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class TipAssignmentConfiguration : IEntityTypeConfiguration<TipAssignment>
{
    public void Configure(EntityTypeBuilder<TipAssignment> b)
    {
        b.HasIndex(a => new { a.DepartmentId, a.IsActive, a.CloseDueOn });
        b.Property(a => a.EndReason).HasMaxLength(1000);
        b.HasOne(a => a.Department).WithMany().HasForeignKey(a => a.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class TipEventConfiguration : IEntityTypeConfiguration<TipEvent>
{
    public void Configure(EntityTypeBuilder<TipEvent> b)
    {
        b.Property(e => e.PublicNote).HasMaxLength(1000);
        b.Property(e => e.InternalNote).HasMaxLength(2000);
        b.HasIndex(e => new { e.Kind, e.At });
    }
}

public class TipAttachmentConfiguration : IEntityTypeConfiguration<TipAttachment>
{
    public void Configure(EntityTypeBuilder<TipAttachment> b)
    {
        b.Property(a => a.ContentType).HasMaxLength(64);
        b.Property(a => a.FileNameCipher).HasMaxLength(1024);
        b.HasOne(a => a.Message).WithMany().HasForeignKey(a => a.TipMessageId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.Property(m => m.Subject).HasMaxLength(256);
        b.Property(m => m.LastError).HasMaxLength(1000);
        b.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
    }
}

public class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> b) => b.Property(k => k.FriendlyName).HasMaxLength(128);
}
