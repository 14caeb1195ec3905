using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PublicPortal.Web.Features.Mail;
using PublicPortal.Web.Features.Tips;

namespace PublicPortal.Web.Data.Configurations;

public class TipConfiguration : IEntityTypeConfiguration<Tip>
{
    public void Configure(EntityTypeBuilder<Tip> builder)
    {
        builder.Property(t => t.TrackingNumber).HasMaxLength(24);
        builder.Property(t => t.QueryCodeHash).HasMaxLength(128);
        builder.Property(t => t.SubmissionKey).HasMaxLength(64);
        builder.Property(t => t.EnterpriseName).HasMaxLength(128);
        builder.Property(t => t.CreditCode).HasMaxLength(18);
        builder.Property(t => t.Address).HasMaxLength(256);
        builder.Property(t => t.SourceKey).HasMaxLength(32);
        builder.Property(t => t.PublicReply).HasMaxLength(4000);
        builder.HasIndex(t => t.TrackingNumber).IsUnique();
        builder.HasIndex(t => t.SubmissionKey).IsUnique();
        builder.HasIndex(t => new { t.Status, t.SubmittedAt });
        builder.HasIndex(t => new { t.CreditCode, t.Category });
        builder.HasIndex(t => new { t.EnterpriseName, t.Category });
        builder.Property(t => t.ProposedReply).HasMaxLength(4000);
        builder.Property(t => t.MediaUrl).HasMaxLength(2048);
        builder.HasOne<Features.Open311.ApiClient>().WithMany().HasForeignKey(t => t.ApiClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.Jurisdiction).WithMany().HasForeignKey(t => t.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Assignments).WithOne().HasForeignKey(a => a.TipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Events).WithOne().HasForeignKey(e => e.TipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Messages).WithOne().HasForeignKey(m => m.TipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Attachments).WithOne().HasForeignKey(a => a.TipId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class TipAssignmentConfiguration : IEntityTypeConfiguration<TipAssignment>
{
    public void Configure(EntityTypeBuilder<TipAssignment> builder)
    {
        builder.HasIndex(a => new { a.DepartmentId, a.IsActive, a.CloseDueOn });
        builder.Property(a => a.EndReason).HasMaxLength(1000);
        builder.HasOne(a => a.Department).WithMany().HasForeignKey(a => a.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class TipEventConfiguration : IEntityTypeConfiguration<TipEvent>
{
    public void Configure(EntityTypeBuilder<TipEvent> builder)
    {
        builder.Property(e => e.PublicNote).HasMaxLength(1000);
        builder.Property(e => e.InternalNote).HasMaxLength(2000);
        builder.HasIndex(e => new { e.Kind, e.At });
    }
}

public class TipAttachmentConfiguration : IEntityTypeConfiguration<TipAttachment>
{
    public void Configure(EntityTypeBuilder<TipAttachment> builder)
    {
        builder.Property(a => a.ContentType).HasMaxLength(64);
        builder.Property(a => a.FileNameCipher).HasMaxLength(1024);
        builder.HasOne(a => a.Message).WithMany().HasForeignKey(a => a.TipMessageId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.Subject).HasMaxLength(256);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
    }
}

public class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder) => builder.Property(k => k.FriendlyName).HasMaxLength(128);
}
