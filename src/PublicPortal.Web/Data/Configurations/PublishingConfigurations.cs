using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PublicPortal.Web.Features.Publishing;

namespace PublicPortal.Web.Data.Configurations;

public class RegisterChangeConfiguration : IEntityTypeConfiguration<RegisterChange>
{
    public void Configure(EntityTypeBuilder<RegisterChange> builder)
    {
        builder.Property(c => c.Reason).HasMaxLength(1000);
        builder.Property(c => c.Details).HasMaxLength(4000);
        builder.HasIndex(c => new { c.Register, c.EntryId, c.At });
        // A register's newest change (the ETag of its downloads, its change log newest first).
        builder.HasIndex(c => new { c.Register, c.Id });
    }
}

public class PublishedFileConfiguration : IEntityTypeConfiguration<PublishedFile>
{
    public void Configure(EntityTypeBuilder<PublishedFile> builder)
    {
        builder.Property(f => f.FileName).HasMaxLength(200);
        builder.Property(f => f.ContentType).HasMaxLength(64);
    }
}

public class ImportMappingConfiguration : IEntityTypeConfiguration<ImportMapping>
{
    public void Configure(EntityTypeBuilder<ImportMapping> builder)
    {
        builder.Property(m => m.MappingJson).HasMaxLength(8000);
        builder.HasIndex(m => new { m.DepartmentId, m.Register }).IsUnique();
    }
}

public class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> builder)
    {
        builder.Property(i => i.FileName).HasMaxLength(200);
        builder.Property(i => i.Error).HasMaxLength(2000);
        builder.HasIndex(i => new { i.DepartmentId, i.CreatedAt });
        builder.HasIndex(i => i.Status);
        builder.HasMany(i => i.Errors).WithOne().HasForeignKey(e => e.ImportBatchId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class ImportRowErrorConfiguration : IEntityTypeConfiguration<ImportRowError>
{
    public void Configure(EntityTypeBuilder<ImportRowError> builder)
    {
        builder.Property(e => e.Column).HasMaxLength(64);
        builder.Property(e => e.Message).HasMaxLength(500);
        builder.HasIndex(e => new { e.ImportBatchId, e.RowNumber });
    }
}

public class AnnualListConfiguration : IEntityTypeConfiguration<AnnualList>
{
    public void Configure(EntityTypeBuilder<AnnualList> builder)
    {
        builder.Property(l => l.Note).HasMaxLength(1000);
        builder.HasIndex(l => new { l.JurisdictionId, l.Year, l.Version }).IsUnique();
        builder.HasMany(l => l.Rows).WithOne().HasForeignKey(r => r.AnnualListId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class AnnualListRowConfiguration : IEntityTypeConfiguration<AnnualListRow>
{
    public void Configure(EntityTypeBuilder<AnnualListRow> builder)
    {
        builder.Property(r => r.EnterpriseName).HasMaxLength(128);
        builder.Property(r => r.CreditCode).HasMaxLength(18);
        builder.Property(r => r.Place).HasMaxLength(64);
        builder.Property(r => r.Industry).HasMaxLength(32);
        builder.Property(r => r.Equipment).HasMaxLength(256);
        builder.Property(r => r.CapacityUnit).HasMaxLength(32);
        builder.Property(r => r.Measure).HasMaxLength(32);
        builder.Property(r => r.Department).HasMaxLength(128);
        builder.HasIndex(r => new { r.AnnualListId, r.PhaseOutEntryId });
    }
}
