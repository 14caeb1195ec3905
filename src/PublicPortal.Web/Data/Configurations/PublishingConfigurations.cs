using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PublicPortal.Web.Features.Publishing;

namespace PublicPortal.Web.Data.Configurations;

public class RegisterChangeConfiguration : IEntityTypeConfiguration<RegisterChange>
{
    public void Configure(EntityTypeBuilder<RegisterChange> b)
    {
        b.Property(c => c.Reason).HasMaxLength(1000);
        b.Property(c => c.Details).HasMaxLength(4000);
        b.HasIndex(c => new { c.Register, c.EntryId, c.At });
        // A register's newest change (the ETag of its downloads, its change log newest first).
        b.HasIndex(c => new { c.Register, c.Id });
    }
}

public class PublishedFileConfiguration : IEntityTypeConfiguration<PublishedFile>
{
    public void Configure(EntityTypeBuilder<PublishedFile> b)
    {
        b.Property(f => f.FileName).HasMaxLength(200);
        b.Property(f => f.ContentType).HasMaxLength(64);
    }
}

public class ImportMappingConfiguration : IEntityTypeConfiguration<ImportMapping>
{
    public void Configure(EntityTypeBuilder<ImportMapping> b)
    {
        b.Property(m => m.MappingJson).HasMaxLength(8000);
        b.HasIndex(m => new { m.DepartmentId, m.Register }).IsUnique();
    }
}

public class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> b)
    {
        b.Property(i => i.FileName).HasMaxLength(200);
        b.Property(i => i.Error).HasMaxLength(2000);
        b.HasIndex(i => new { i.DepartmentId, i.CreatedAt });
        b.HasIndex(i => i.Status);
        b.HasMany(i => i.Errors).WithOne().HasForeignKey(e => e.ImportBatchId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class ImportRowErrorConfiguration : IEntityTypeConfiguration<ImportRowError>
{
    public void Configure(EntityTypeBuilder<ImportRowError> b)
    {
        b.Property(e => e.Column).HasMaxLength(64);
        b.Property(e => e.Message).HasMaxLength(500);
        b.HasIndex(e => new { e.ImportBatchId, e.RowNumber });
    }
}

public class AnnualListConfiguration : IEntityTypeConfiguration<AnnualList>
{
    public void Configure(EntityTypeBuilder<AnnualList> b)
    {
        b.Property(l => l.Note).HasMaxLength(1000);
        b.HasIndex(l => new { l.JurisdictionId, l.Year, l.Version }).IsUnique();
        b.HasMany(l => l.Rows).WithOne().HasForeignKey(r => r.AnnualListId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class AnnualListRowConfiguration : IEntityTypeConfiguration<AnnualListRow>
{
    public void Configure(EntityTypeBuilder<AnnualListRow> b)
    {
        b.Property(r => r.EnterpriseName).HasMaxLength(128);
        b.Property(r => r.CreditCode).HasMaxLength(18);
        b.Property(r => r.Place).HasMaxLength(64);
        b.Property(r => r.Industry).HasMaxLength(32);
        b.Property(r => r.Equipment).HasMaxLength(256);
        b.Property(r => r.CapacityUnit).HasMaxLength(32);
        b.Property(r => r.Measure).HasMaxLength(32);
        b.Property(r => r.Department).HasMaxLength(128);
        b.HasIndex(r => new { r.AnnualListId, r.PhaseOutEntryId });
    }
}
