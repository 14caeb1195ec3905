using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PublicPortal.Web.Features.Open311;

namespace PublicPortal.Web.Data.Configurations;

public class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> b)
    {
        b.Property(c => c.Name).HasMaxLength(128);
        b.Property(c => c.Contact).HasMaxLength(256);
        b.Property(c => c.KeyPrefix).HasMaxLength(16);
        b.Property(c => c.KeyHash).HasMaxLength(128);
        b.Property(c => c.CreatedByName).HasMaxLength(256);
        b.HasIndex(c => c.KeyPrefix).IsUnique();
        b.Ignore(c => c.IsActive);
    }
}
